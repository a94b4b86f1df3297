#!/usr/bin/env python3
"""Writes entities.jsonl: the project's own annotated corpus for the entity-type classifier.

What the classifier decides: a lone capitalised word, in the middle of a sentence, that no rule, gazetteer
or heuristic of the entity stage has settled ("layoffs at Meetup", "provided by Statista", "the new
Sentra", "on Thursday", "the Legislature"). So every labelled span here is one such word, in the contexts
financial news puts them in, and the contexts are shared between the classes: "at X" is a company, a
place or a holiday; "the X" is a product, a body or a common noun written with a capital; "X said" is a
person or a company. The model has to read the word's shape and endings together with its neighbours.

Names are invented (syllables, name pools, place-name endings), so the model cannot remember them; the
non-entities are real capitalised words (days, months, holidays, technologies, programmes, groups,
languages, capitalised common nouns). Labels: ORG, PERSON, LOCATION, PRODUCT, NONE.

Every line: {"doc", "text", "spans": [{"start", "end", "type"}]}. Deterministic (fixed seed). Documents whose
number ends in 0 or 5 are held out by the trainer; they draw words from pools the training documents
never see (every fifth item of each pool), so the held-out figures measure generalisation, not memory.
usage: python3 samples/corpus/generate.py > samples/corpus/entities.jsonl
"""
import json, random, re

rnd = random.Random(20261126)
HELD = False


def pool(items):
    return [x for i, x in enumerate(items) if (i % 5 == 0) == HELD] or items


def pick(items):
    return rnd.choice(pool(items))


SYL_A = ("Zor Quil Brix Tan Vel Cor Lum Sol Ven Ark Nim Hal Mer Ost Pel Rav Sab Tes Ul Vor Wex Yar Zen Kel Dra Fen Gal Hex Ind Jov "
         "Mox Pax Rho Tri Ux Vim Xan Yel Zip Bop Cav Dun Elm Fal Grob Hin Jat Kip Lor Mav Nok Orb Pim Qua Rut Sov Tav").split()
SYL_B = ("vex lon well dora ia antis ora vane tor ix bus brook idian ra ican crest aro bit ify ly eon ara ex os um ent "
         "io era ico ient opia ster hub ly go ia ent dash wise box kit stack flow mint").split()
CAMEL_B = "Pay Hub Box Kit Stack Flow Mint Dash Rabbit Joy Cart Lab Bank Pilot Works Cloud Grid Wave Point Base".split()


def org_word():
    """An invented one-word company name: Velantis, Brixify, ZorPay, TanHub."""
    r = rnd.random()
    a = rnd.choice(pool(SYL_A))
    if r < 0.3:
        return a + rnd.choice(pool(CAMEL_B))
    if r < 0.38:
        return a.upper()[:3] + rnd.choice(["X", "Q", "Z", ""])  # VELX, ZORQ
    return a + rnd.choice(pool(SYL_B))


SURNAMES = ("Okafor Reyes Raman Ellery Marsh Ortiz Tanabe Dubois Blake Grant Hale Moreau Whitfield Patel Sato Larsen Alvarez Haddad "
            "Nasser Romero Keller Novak Mensah Bello Castro Petrova Iyer Conti Lindqvist Farouk Okoye Brandt Schulz Karimi Duarte "
            "Adeyemi Mwangi Kowalczyk Horvath Bakshi Chaudhry Oyelaran Vukovic Szabo Nakamura Ferreira Achterberg Kuznetsov Lindahl "
            "Oduya Valdivia Zielinski Ramaswamy Obuya Hadjipetrou Marchetti Fitzgerald Quispe Tshabalala Nwosu Arslan Demir Kaur Bhatt "
            "McAllister O'Rourke Van Dyke Abernathy Kimura Wojcik Lindgren Esposito Gallagher Yilmaz Rahimi Mahlangu Castellanos").split()
SURNAMES = [s for s in SURNAMES if " " not in s]
PLACE_A = "Ash Bel Brad Carl Dun Elk Fair Glen Har Kings Lin Mar New Oak Pine Red Ros Silver Spring Stan Ware West Wood Ald Bry".split()
PLACE_B = "ville ton burg field ford ham mouth shire dale wick port ridge wood borough stead haven abad pur ganj grad ova".split()


def place_word():
    return rnd.choice(pool(PLACE_A)) + rnd.choice(pool(PLACE_B))


PRODUCT_A = "Zen Nov Ax Vir Cor Sol Lum Tor Vel Quan Aur Stra Kes Maz Ori Pol Sen Tal Ver Xen".split()
PRODUCT_B = "tra ima ara eon ix ora us ano ia ero ista io ova ex ium".split()


PRODUCT_CAMEL = "Book Pods Pad Tab Link Drive Watch Glass Vision Cam Play Station Dock Shock Pen Phone Lens Buds".split()


def product_word():
    """An invented product name: Sentara, Voraix, ZenBook, AxPods."""
    r = rnd.random()
    if r < 0.3:
        return rnd.choice(pool(PRODUCT_A)) + rnd.choice(pool(PRODUCT_CAMEL))
    w = rnd.choice(pool(PRODUCT_A)) + rnd.choice(pool(PRODUCT_B))
    return w if r < 0.85 else w + rnd.choice(["X", "Pro", "Max"])


NONE_WORDS = (
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October "
    "November December Christmas Easter Thanksgiving Ramadan Diwali Hanukkah Halloween Passover Eid Internet Web Ethernet Bluetooth "
    "Wi-Fi Medicaid Medicare Obamacare Bitcoin Ether Covid Brexit Muslims Christians Hindus Jews Buddhists Catholics Sunnis "
    "Shiites English Mandarin Cantonese Spanish Arabic Hindi Legislature Government Chairman President Governor Minister Senator "
    "Company Board Committee Treasury Cabinet Administration Court Agency Department Ministry Constitution Amendment Bill Act "
    "Section Chapter Article Phase Stage Level Tier Series Class Grade Type Model Version Edition Volume Part Item Exhibit "
    "Photo Video Image Source Update Editor Note Correction Advertisement Related Subscribe Gallery Podcast Newsletter "
    "Millennials Boomers Democrats Republicans Conservatives Liberals Socialists Greens Unionists Loyalists Veterans Seniors "
    "Marxism Capitalism Communism Socialism Islam Christianity Buddhism Catholicism Lent Advent Sabbath Olympics Paralympics "
    "Oscars Emmys Grammys Nobel Pulitzer Fahrenheit Celsius Kelvin Richter Arctic Northern Southern Eastern Western Central "
    "Premium Deluxe Standard Basic Plus Ultra Mini Lite Max Pro Turbo Hybrid Electric Diesel Sport Touring Limited "
    "JavaScript TypeScript WiFi PowerPoint LiDAR HyperText DevOps FinTech InsurTech PropTech EdTech MedTech DeFi NoSQL OpenSource "
    "Dreamers Boomers Zoomers Redditors YouTubers Gamers Crypto Blockchain Metaverse Cloud Quantum Nano Smart Green Net Zero"
).split()
TEAMS = "Hawks Rangers Falcons Titans Lions Bears Wolves Giants Pirates Vikings Raiders Chargers Rockets Comets Stallions".split()

ROLES = ["chief executive", "chief financial officer", "president", "analyst", "head of research", "spokeswoman", "spokesman",
         "economist", "founder", "portfolio manager", "strategist", "partner", "chairman", "general counsel"]
N = lambda: str(rnd.randint(2, 90))

# Templates. {X} is the labelled word; its type is the template's. Other slots are filler.
ORG_T = [
    "Layoffs at {X} hit {n} workers last month.", "The figures were provided by {X}, a research firm.", "Analysts said {X} would report on Tuesday.",
    "The company sold its stake in {X} for ${n} million.", "Shares of {X} fell {n}% in early trading.", "She previously worked at {X} and a bank.",
    "Customers of {X} can now pay in instalments.", "A spokeswoman for {X} declined to comment.", "The deal gives {X} access to new markets.",
    "According to data from {X}, prices rose {n}%.", "Investors pulled money from {X} after the report.", "The startup, backed by {X}, raised funds.",
    "He told {X} that the plan was on track.", "In an interview with {X}, the minister defended the budget.", "The chart, provided by {X}, shows the trend.",
    "Drivers for {X} and other apps pay their own fuel.", "The report by {X} found that demand slowed.", "Last year {X} acquired a smaller rival.",
    "Regulators fined {X} ${n} million for the breach.", "Employees at {X} voted to form a union.", "The app lets users book rides through {X}.",
    "The entire {X} staff tested the new laptop.", "Fans almost broke {X} looking for answers.", "As {X} points out in its review, the battery is larger.",
    "Retailers such as {X} cut prices on the model.", "Meanwhile, at {X}, shoppers can save ${n}.", "The carrier {X} ordered {n} jets.",
    "The ride-hailing firm {X} lost ${n} million.", "Earnings at {X} beat forecasts.", "A lawsuit accuses {X} of misleading investors.", "The {X} app has {n} million users.",
    "Its parent {X} owns several brands.", "The fund bought shares in {X} and sold bonds.", "Revenue at {X} rose {n}% in the quarter.",
    "The merger of {X} and its rival was blocked.", "Workers at {X}'s warehouse walked out.",
    "Suppliers to {X} warned of delays.", "Sources told {X} the talks had stalled.",
]
TEAM_T = ["The {X} beat the visitors {n} to {n} on Sunday.", "Fans of the {X} filled the stadium.", "The {X} traded their quarterback.",
          "Tickets for the {X} game sold out.", "The {X} signed a new coach for ${n} million."]
PERSON_T = [
    "Shares rose after {X} said the plan was working.", "The board thanked {X} for his service.", "Analysts doubt that {X} can deliver.",
    "In a statement, {X} said the company would appeal.", "Critics say {X} has ignored the warnings.", "The fund, run by {X}, lost {n}%.",
    "Asked about the deal, {X} declined to comment.", "The letter was signed by {X} and two directors.", "Investors cheered when {X} resigned.",
    "Speaking to reporters, {X} defended the budget.", "The lawsuit names {X} as a defendant.", "Supporters of {X} gathered outside.",
    "The decision was made by {X} alone, people said.", "It was not clear whether {X} would attend.", "The move was approved by {X} on Monday.",
    "Earlier, {X} told lawmakers that rates would stay high.", "The company said {X} would step down in June.",
    "A lawyer for {X} said the charges were false.", "The book by {X} sold {n} thousand copies.",
]
LOC_T = [
    "The plant in {X} employs {n} people.", "Prices in {X} rose faster than the national average.", "The company moved its office to {X}.",
    "Flooding near {X} closed the highway.", "Residents of {X} voted against the project.", "The mine outside {X} reopened.",
    "Teachers from {X} drove to the capital to protest.", "The factory at {X} will close next year.", "Farmers around {X} lost their crops.",
    "The firm, based in {X}, makes solar panels.", "Shipments from {X} fell {n}%.", "Home prices across {X} rose {n}%.",
    "The council of {X} approved the budget.", "He grew up in {X} and studied abroad.", "A storm hit {X} on Tuesday.",
    "The road to {X} was closed.", "Officials in {X} said the water was safe.",
]
PRODUCT_T = [
    "The new {X} goes on sale in June.", "Sales of the {X} rose {n}% last year.", "The company recalled {n} thousand {X} cars.",
    "Its {X} sedan costs ${n},000.", "The {X} phone has a larger battery.", "Owners of the {X} reported a fault.",
    "The {X} chip is made on a new process.", "Demand for the {X} outstripped supply.", "The {X} model will be discontinued.",
    "Reviewers praised the {X} for its screen.", "The updated {X} arrives next month.", "Production of the {X} moved to a new plant.",
    "It competes with the {X} and other compact cars.", "The {X} headset sold out within hours.",
    "The {B} {X} starts at ${n},000.", "Its {B} {X} was the best-selling model.", "Buyers of the {B} {X} waited {n} weeks.",
    "A refreshed {B} {X} arrives in spring.", "The {B} {X} uses the same battery.", "Reviews of the {B} {X} were mixed.",
]
BRANDS = "Nissan Toyota Audi Apple Samsung Sony Boeing Airbus Tesla Honda Ford Lenovo Xiaomi Huawei Dell Nokia Volvo Kia Mazda Peugeot".split()
NONE_T = [
    "The shares fell on {X} after the report.", "Sales rose in {X} as shoppers returned.", "The company will report results on {X}.",
    "Retailers expect record sales at {X} this year.", "The {X} passed the bill by a wide margin.", "The {X} said it would review the rules.",
    "Spending on {X} rose {n}% last year.", "The router supports {X} and faster standards.", "Prices of {X} fell {n}% overnight.",
    "Many {X} voted for the measure.", "The survey asked {X} about their savings.", "The law was amended by the {X} in March.",
    "Support among {X} has slipped.", "The lessons are taught in {X} and French.", "Under {X}, the state covers the cost.",
    "The {X} version costs ${n} more.", "The car comes in a {X} trim.", "Temperatures reached {n} degrees {X}.",
    "The committee met before {X} to discuss the plan.", "The film won at the {X} last year.", "See {X} {n} of the filing.",
    "Investors bought {X} as prices climbed.", "Access to the {X} has improved in rural areas.", "After {X}, trading volumes returned.",
    "The {X} of the company met in private.", "Critics of {X} staged a protest.", "The {X} edition adds a larger screen.",
    "Shoppers flocked to stores during {X} weekend.", "The {X} told reporters the vote would be close.",
]


# Contexts put together: a word or two before the name and a few after it, as the classifier's features see
# them (two words each side). Several contexts are shared by the classes on purpose ("at", "the", "by", "in").
OPENERS = ["", "", "", "On Tuesday, ", "Separately, ", "In a filing, ", "Last year, ", "Meanwhile, ", "Analysts said ", "The report said "]
LEFT = {
    "ORG": ["layoffs at", "shares of", "provided by", "according to", "a spokeswoman for", "rival", "acquired", "partnered with",
            "investors in", "customers of", "the startup", "its parent", "data from", "a deal with", "a stake in", "users of",
            "an analyst at", "carrier", "lender", "retailer", "sued", "backed by", "a unit of", "at", "by", "told", "for", "from"],
    "PERSON": ["said", "according to", "asked", "told", "by", "Mr.", "Ms.", "wrote", "thanked", "replaced", "appointed", "hired",
               "interviewed", "criticised", "for", "with", "whom", "like"],
    "LOCATION": ["in", "near", "outside", "from", "to", "across", "around", "residents of", "the town of", "the port of", "based in",
                 "farmers in", "a plant in", "flights to", "exports from", "at"],
    "PRODUCT": ["the new", "the", "its", "a", "the latest", "the upcoming", "sales of the", "demand for the", "owners of the",
                "the refreshed", "buyers of the", "a used", "the cheaper", "production of the", "the discontinued"],
    "NONE": ["on", "in", "during", "before", "after", "since", "until", "the", "celebrate", "support", "among", "many", "under",
             "over", "about", "through", "at", "by", "for", "with", "like", "against", "all"],
}
RIGHT = {
    "ORG": ["said on Monday", "shares fell", "declined to comment", "reported a loss", "raised $40 million", "'s chief executive said",
            "is based in the city", "did not respond", "employees walked out", "agreed to pay", "confirmed the deal", "cut jobs",
            "points out", "reported first", "and its rivals", "in a statement"],
    "PERSON": ["said on Monday", "told reporters", "declined to comment", "added", "wrote in a letter", "was appointed in June",
               "resigned last year", "has denied wrongdoing", "and his wife", "and her team", "argued", "testified"],
    "LOCATION": ["on Monday", "last year", "where prices rose", "and nearby towns", "was flooded", "residents said", "closed the road",
                 "voted against it", "and the coast", "in the north"],
    "PRODUCT": ["sold out", "costs more", "goes on sale", "was recalled", "sedan", "phone", "chip", "headset", "model", "lineup",
                "has a larger battery", "will ship in June", "and its rivals"],
    "NONE": ["sales rose", "weekend", "holiday", "voters", "lessons", "speeds", "prices fell", "rules", "shoppers", "season", "spending",
             "coverage", "and other festivals", "was approved", "law", "users", "trading"],
}


def composed(label):
    key = "ORG" if label == "TEAM" else label
    return pick(OPENERS) + pick(LEFT[key]) + " {X} " + pick(RIGHT[key]) + "."


def fill(template, label):
    text, spans = "", []
    for part in re.split(r"(\{\w+\})", template):
        m = re.fullmatch(r"\{(\w+)\}", part)
        if not m:
            text += part
            continue
        key = m.group(1)
        if key == "n":
            text += N()
            continue
        if key == "B":
            text += pick(BRANDS)
            continue
        if label == "ORG": val = org_word() if rnd.random() < 0.93 else pick(TEAMS)
        elif label == "TEAM": val, label = pick(TEAMS), "ORG"
        elif label == "PERSON": val = pick(SURNAMES)
        elif label == "LOCATION": val = place_word()
        elif label == "PRODUCT": val = product_word()
        else: val = pick(NONE_WORDS)
        spans.append({"start": len(text), "end": len(text) + len(val), "type": label})
        text += val
    return text, spans


# Weights: in news, most lone capitalised words that no rule settles are not names at all.
KINDS = [("ORG", ORG_T, 20), ("TEAM", TEAM_T, 2), ("PERSON", PERSON_T, 10), ("LOCATION", LOC_T, 10), ("PRODUCT", PRODUCT_T, 15), ("NONE", NONE_T, 43)]


def doc(d):
    global HELD
    HELD = d % 5 == 0
    text, spans = "", []
    for _ in range(rnd.randint(4, 8)):
        label, templates, _ = rnd.choices(KINDS, weights=[k[2] for k in KINDS])[0]
        template = rnd.choice(pool(templates)) if rnd.random() < 0.5 else composed(label)
        s, sp = fill(template[0].upper() + template[1:], label)
        if text:
            text += " "
        off = len(text)
        text += s
        spans += [{"start": x["start"] + off, "end": x["end"] + off, "type": x["type"]} for x in sp]
    return {"doc": f"c{d:04d}", "text": text, "spans": spans}


for d in range(1500):
    print(json.dumps(doc(d), ensure_ascii=False))
