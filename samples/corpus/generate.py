#!/usr/bin/env python3
"""Writes entities.jsonl: the project's own annotated corpus for the entity-type classifier.

The classifier decides the capitalised names the rules and gazetteers leave open, so the corpus is made of
such names in the contexts financial news puts them in: invented companies and people (names built from
syllables and name pools, so the model must read the context, not remember the name), real places, and
many capitalised spans that are NOT entities (works, events, laws, product features, terms, headings,
sentence openers), each labelled ORG, PERSON, LOCATION, PRODUCT or NONE.

Every line: {"doc", "text", "spans": [{"start", "end", "type"}]}. Deterministic (fixed seed). Documents whose
number ends in 0 or 5 are held out by the trainer; they draw names and non-entity phrases from pools the
training documents never see (every fifth item of each pool), so the held-out figures measure
generalisation, not memory.
usage: python3 samples/corpus/generate.py > samples/corpus/entities.jsonl
"""
import json, random, re

rnd = random.Random(20261126)
HELD = False

def pool(items):
    return [x for i, x in enumerate(items) if (i % 5 == 0) == HELD] or items

def pick(items):
    return rnd.choice(pool(items))

SYL_A = "Zor Quil Brix Tan Vel Cor Lum Sol Ven Ark Nim Hal Mer Ost Pel Rav Sab Tes Ul Vor Wex Yar Zen Kel Dra Fen Gal Hex Ind Jov".split()
SYL_B = "vex lon well dora ia antis ora vane tor ix bus brook idian ra ican crest aro bit ify ly eon ara ex os um ent".split()
ORG_TAIL = ["", "", "", " Labs", " Capital", " Systems", " Holdings", " Partners", " Analytics", " Energy", " Bank", " Media", " Robotics",
            " Therapeutics", " Logistics", " Securities", " Group", " Technologies", " Foods", " Motors", " Pay", " Health", " AI", " Networks"]
FIRST = ("Maria Daniel Priya Tom Helen Rafael Yuki Claire Amy Oliver Marcus Linda Karen Sanjay Wei Hiroshi Ingrid Pedro Fatima Omar "
         "Lucia Thomas Anna Kofi Aisha Mateo Elena Ravi Sofia Lars Nadia Grace Victor Hannah Ibrahim Leila Diego Mei Kwame Tendai Ngozi "
         "Siddhartha Bogdan Radomir Xochitl Aryan Ileana Thandiwe Emeka Oksana Dariusz Keanu Soraya Anouk Ingvar Paulo Chiamaka Rustam "
         "Yevgenia Lakshmi Tariq Mehmet Zeynep Arnav Ishaan Kavya Björn Saoirse Eamon Niamh Tadeo Itzel Amara Jomo").split()
LAST = ("Okafor Reyes Raman Ellery Marsh Ortiz Tanabe Dubois Blake Grant Hale Moreau Whitfield Patel Sato Larsen Alvarez Haddad Nasser "
        "Romero Keller Novak Mensah Bello Castro Petrova Iyer Conti Lindqvist Farouk Okoye Brandt Schulz Karimi Duarte Adeyemi Mwangi "
        "Kowalczyk Horvath Bakshi Chaudhry Oyelaran Vukovic Szabo Nakamura Ferreira Achterberg Kuznetsov Lindahl Oduya Valdivia "
        "Zielinski Ramaswamy Obuya Hadjipetrou Marchetti Fitzgerald Quispe Tshabalala Nwosu Arslan Demir Kaur Bhatt").split()
PLACES = ["London", "New York", "Tokyo", "Frankfurt", "Singapore", "Hong Kong", "Mumbai", "Sydney", "Toronto", "Chicago", "Texas",
          "Bavaria", "Ohio", "Shanghai", "Dubai", "Zurich", "Brazil", "Germany", "Japan", "Canada", "India", "Mexico", "Kenya", "Norway",
          "Lagos", "Seoul", "Madrid", "Milan", "Jakarta", "Manila", "Santiago", "Denver", "Atlanta", "Monterrey", "Kuala Lumpur",
          "Nairobi", "Gdansk", "Porto", "Hanoi", "Lyon", "Osaka", "Bogota", "Accra", "Tbilisi", "Perth", "Calgary", "Leeds", "Gujarat"]
PRODUCTS = ["H100", "Llama 3", "Model Y", "iPhone 15", "Galaxy S24", "Nova X2", "Atlas 7", "Vireo Pro", "Zephyr 9", "Pixel 9",
            "Surface Pro", "Quest 3", "Echo Dot", "Kindle Scribe", "Cybertruck", "Vision Pro", "Xbox Series X", "Apple Watch"]
NONES = ["Touch Bar", "Face ID", "Dark Mode", "System Preferences", "Autopilot", "Full Self-Driving", "Black Friday", "Cyber Monday",
         "Super Bowl", "Election Day", "Earth Day", "Star Wars", "Game of Thrones", "Red Dead Redemption", "Final Fantasy", "Metro Exodus",
         "Affordable Care Act", "Paycheck Protection Program", "Inflation Reduction Act", "Big Tech", "Big Pharma", "Magnificent Seven",
         "Market Performance", "Key Takeaways", "Bottom Line", "What Happened", "Covid-19", "Cold War", "Middle East", "Gen Z",
         "Green New Deal", "Belt and Road", "Christmas Eve", "Lunar New Year", "Ramadan", "Oval Office", "Silicon Valley", "Wall Street",
         "Main Street", "Iron Curtain", "Brexit", "Labor Day", "Memorial Day", "Formula One", "World Cup", "Olympic Games",
         "Nobel Prize", "Hall of Fame", "Swiss Army", "French Open", "Grand Slam", "Blue Moon", "Mars Rover", "Stone Age",
         "Dow Jones Industrial Average", "Trading Day", "Investor Day", "Capital Markets Day", "Annual Report", "Chapter 11"]
OPENERS = ["Analysts", "Shares", "Investors", "Overall", "Separately", "Still", "Earlier", "Meanwhile", "Revenue", "Traders", "Officials",
           "Executives", "Customers", "Regulators", "Critics", "Economists", "Lawmakers", "Bankers", "Sales", "Profits"]
ROLES = ["chief executive", "chief financial officer", "president", "analyst", "head of research", "spokeswoman", "spokesman",
         "economist", "founder", "portfolio manager", "strategist", "partner", "chairman", "general counsel"]
ORG_NOUNS = ["startup", "fintech startup", "lender", "ride-hailing app", "think tank", "research firm", "news site", "chipmaker",
             "retailer", "insurer", "payments company", "consultancy", "broker", "logistics group", "media company", "hedge fund"]

def org():
    name = rnd.choice(pool(SYL_A)) + rnd.choice(pool(SYL_B))
    return name + rnd.choice(ORG_TAIL)

def short_org():
    return rnd.choice(pool(SYL_A)) + rnd.choice(pool(SYL_B))

def person():
    return f"{pick(FIRST)} {pick(LAST)}"

# Each template: a list of strings and (slot, type) pairs. ORG/PER/LOC/PROD/NONE spans are labelled.
T = [
    ["{ORG} said on Tuesday that quarterly revenue rose {n}% in {LOC}."],
    ["{PER}, {role} of {ORG}, told reporters in {LOC} that demand remained strong."],
    ["Shares of {ORG} fell {n}% after {PER} warned of weaker sales."],
    ["\"We are confident in the outlook,\" said {PER}, {role} at {ORG}."],
    ["{ORG} agreed to buy rival {SORG} for ${n} billion, according to people familiar with the matter."],
    ["Analysts at {ORG} lifted their price target, citing demand for the {PROD}."],
    ["{PER} joined {ORG} last year after a decade at {SORG}."],
    ["The {PROD} will ship from a plant in {LOC}, {PER} said."],
    ["{SORG} shares rose {n}% as investors cheered the results."],
    ["{OPEN} said {SORG} would cut {n} jobs in {LOC}."],
    ["In {LOC}, {ORG} opened a new office led by {PER}."],
    ["According to {PER}, an economist at {ORG}, inflation in {LOC} is slowing."],
    ["{SORG}, a {orgnoun} based in {LOC}, raised ${n} million."],
    ["The findings were first reported by {SORG}, which cited two people briefed on the talks."],
    ["A spokeswoman told {SORG} that the company would not comment."],
    ["Apps such as {SORG}, {SORG} and {SORG} pay their couriers weekly."],
    ["{SORG} CEO {PER} said the {PROD} sold out within hours."],
    ["Mr. {LAST} said the board would meet again in {LOC}."],
    ["{LAST} told analysts that margins would widen next year."],
    ["{FIRSTONLY} {LAST} has run the fund since it opened in {LOC}."],
    ["Fans of {NONE} will have to wait until next year for the sequel, the studio said."],
    ["Retailers expect record sales during {NONE} despite weaker demand in {LOC}."],
    ["Under the {NONE}, companies in {LOC} can claim a larger credit."],
    ["The {NONE} feature is missing from the cheaper model, {PER} noted."],
    ["{NONE} stocks lagged the market as {ORG} slipped {n}%."],
    ["Critics compared the plan to the {NONE}, but {SORG} pressed ahead."],
    ["{OPEN}, {ORG} said it expects profit to fall in {LOC}."],
    ["{OPEN} have warned that the {NONE} could weigh on spending."],
    ["The deal values {SORG} at ${n} billion, {PER}, a partner at {ORG}, estimated."],
    ["{PER} of {ORG} expects rates to stay high through {NONE}."],
    ["Investors in {LOC} sold shares of {SORG} and bought {NONE} names instead."],
    ["{SORG}'s board approved the sale to {ORG} on Friday."],
    ["The {orgnoun} {SORG} hired {PER} as its new {role}."],
    ["Speaking at the {NONE} event, {PER} said {SORG} would double its staff."],
]

def fill(template):
    text, spans = "", []
    for part in re.split(r"(\{\w+\})", template):
        m = re.fullmatch(r"\{(\w+)\}", part)
        if not m:
            text += part
            continue
        key = m.group(1)
        val, typ = None, None
        if key == "ORG": val, typ = org(), "ORG"
        elif key == "SORG": val, typ = short_org(), "ORG"
        elif key == "PER": val, typ = person(), "PERSON"
        elif key == "LAST": val, typ = pick(LAST), "PERSON"
        elif key == "FIRSTONLY":
            first, last = pick(FIRST), pick(LAST)
            val, typ = f"{first} {last}", "PERSON"
            # the template's next {LAST} is part of this name
        elif key == "LOC": val, typ = pick(PLACES), "LOCATION"
        elif key == "PROD": val, typ = pick(PRODUCTS), "PRODUCT"
        elif key == "NONE": val, typ = pick(NONES), "NONE"
        elif key == "OPEN": val, typ = pick(OPENERS), "NONE"
        elif key == "role": val = rnd.choice(ROLES)
        elif key == "orgnoun": val = rnd.choice(ORG_NOUNS)
        elif key == "n": val = str(rnd.randint(2, 40))
        if typ:
            spans.append({"start": len(text), "end": len(text) + len(val), "type": typ})
        text += val
    return text, spans

def doc(d):
    global HELD
    HELD = d % 5 == 0
    text, spans = "", []
    for _ in range(rnd.randint(3, 6)):
        t = rnd.choice(T)[0]
        if "{FIRSTONLY} {LAST}" in t:
            t = t.replace("{FIRSTONLY} {LAST}", "{PER}")
        s, sp = fill(t)
        if text:
            text += " "
        off = len(text)
        text += s
        spans += [{"start": x["start"] + off, "end": x["end"] + off, "type": x["type"]} for x in sp]
    return {"doc": f"c{d:04d}", "text": text, "spans": spans}

for d in range(1500):
    print(json.dumps(doc(d), ensure_ascii=False))
