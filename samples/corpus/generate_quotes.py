#!/usr/bin/env python3
"""Writes quote-kinds.jsonl: short financial news documents the project writes itself, in which every span in
quotation marks is labelled "quote" (someone's words) or "scare" (a scare quote, a title, a nickname, a term).

Every line: {"doc": "q0001", "text": "...", "spans": [{"start", "end", "kind"}]}; start/end are the words inside
the marks. Paragraphs are separated by a blank line. Documents whose id ends in 0 or 5 are held out by the
trainer; they draw their names, companies, sentences, terms and titles from pools the training documents never
see (each pool's last quarter). Fixed seed: the file is reproducible.
usage: python3 samples/corpus/generate_quotes.py > samples/corpus/quote-kinds.jsonl
"""
import json, random

rng = random.Random(20261126)

PEOPLE = ["Maria Okafor", "Daniel Whitmore", "Priya Raman", "Tomasz Wielgus", "Helen Achterberg", "Kenji Morimoto", "Sofia Conti",
          "Rafael Lindqvist", "Omar Bello", "Chen Wu", "Fatima Blake", "Anna Raman", "Lucas Ferreira", "Grace Mbeki", "Ivan Petrov",
          "Ruth Castellano", "Arjun Mehta", "Claire Dubois", "Samuel Adeyemi", "Nadia Haddad", "Peter Lindgren", "Yuki Tanaka",
          "Elena Vasquez", "Marcus Holt"]
ROLES = ["chief executive", "chief financial officer", "an analyst", "a senior economist", "the head of research", "a portfolio manager",
         "a spokeswoman", "a spokesman", "the chairman", "a strategist", "a partner", "the finance minister", "a professor of economics",
         "a trader", "the central bank governor", "a fund manager"]
COMPANIES = ["Northwind Semiconductor", "Bluefin Energy", "Corvid Robotics", "Halcyon Foods", "Quarry Hill Bank", "Tern Airlines",
             "Larkspur Pharma", "Ironbridge Steel", "Maple Lane Retail", "Osprey Software", "Redwood Logistics", "Silverline Telecom",
             "Kestrel Motors", "Granite Peak Mining", "Harbor Point Insurance", "Juniper Media", "Albatross Chemicals", "Pinecrest Devices",
             "Vireo Capital", "Wrenfield Utilities"]
OUTLETS = ["Reuters", "Bloomberg", "the Financial Times", "CNBC", "reporters", "analysts", "investors", "the newspaper", "lawmakers", "a conference call"]
SAID = ["said", "said", "said", "told {o}", "added", "noted", "wrote", "explained", "warned", "argued", "says", "told {o}", "remarked", "replied"]

SENTENCES = [
    "We are pleased with the result and expect demand to hold up through the rest of the year",
    "Our third quarter results reflected broad-based growth across the business",
    "The market is already pricing in two more rate cuts before the summer",
    "I don't think investors appreciate how much the cost base has changed",
    "We remain cautious on the outlook for consumer spending in Europe",
    "This deal gives us the scale we need to compete in Asia",
    "There is no question that margins will come under pressure",
    "We will not chase market share at the expense of profitability",
    "It is a stock-specific market, so we are not expecting a broad rally",
    "The board has full confidence in the management team",
    "We have received an inquiry from the regulator and are cooperating fully",
    "Inflation is coming down, but not as quickly as we would like",
    "Our customers told us they wanted simpler pricing, and we listened",
    "The numbers speak for themselves",
    "We see risks to all of these assumptions",
    "I took the decision because it was the right thing for shareholders",
    "Nobody expected the supply chain to recover this quickly",
    "We are on track to meet every target we set out last year",
    "The cause of the outage is still under investigation",
    "It was a difficult year, but we came out of it stronger",
    "My job is to make sure the balance sheet can take a shock",
    "We expect the new plant to be running at full capacity by March",
    "The dividend is safe, and we intend to grow it",
    "Frankly, the guidance looks conservative to me",
    "We need to see wages slow before we can relax",
    "Prices at the pump will keep climbing as long as supply stays tight",
    "Our order book has never been this full",
    "What we are seeing is a normalisation, not a collapse",
    "I can say with confidence that the company does not control those assets",
    "The regulator's decision is disappointing and we will appeal",
    "We have the strongest pipeline in our history",
    "Investors should not read too much into one month of data",
    "There will be job cuts, and I am not going to pretend otherwise",
    "We are seeing early signs of a recovery in China",
    "The merger will create a stronger company for customers and employees alike",
    "Demand for our chips is still running ahead of supply",
    "Let me be clear: we are not for sale",
    "We underestimated how long the integration would take",
    "The bank's capital position remains very strong",
    "I expect volatility to stay high until the election",
]
CLAUSES = [  # partial quotations woven into a sentence: lower case, no attribution inside
    "fairly priced by regional standards and unlikely to fall much further",
    "working closely with the authorities to resolve the matter",
    "a fundamental human right that we build into every product",
    "going way off script in a way only he could",
    "not some irregular channel but the official one",
    "prepared to act if the situation becomes uncontrollable",
    "technical challenges, cost increases and schedule delays",
    "committed to returning cash to shareholders over time",
    "deeply concerned about the pace of the slowdown",
    "the most important launch in the company's history",
    "unlikely to change course before the end of the year",
    "confident that the new chief executive will steady the ship",
    "disappointed by the decision but respectful of the process",
    "a clear signal that the worst is behind us",
    "too early to say whether the cuts will be enough",
    "well placed to benefit from lower interest rates",
]
SHORT_QUOTES = ["Not clear.", "No comment.", "Absolutely.", "We'll see.", "Not yet.", "Never.", "Too early to say.", "Why not?",
                "It's complicated.", "Good question.", "Not at all.", "Thank you."]
SCARE = ["win-win", "transitory", "soft landing", "greedflation", "stagflation", "buy now, pay later", "quiet quitting", "fair value",
         "strategic review", "bad bank", "zombie companies", "meme stocks", "higher for longer", "dry powder", "irregular",
         "deep value", "quantitative tightening", "bubble", "reset", "right-sizing", "unprecedented", "green", "sustainable",
         "liquidity event", "turnaround", "fortress balance sheet", "Goldilocks", "Magnificent Seven", "dash for cash", "taper tantrum",
         "safe haven", "black swan"]
TITLE_WORDS = ["Outlook", "Future", "Global", "Markets", "Energy", "Growth", "Capital", "Strategy", "Rising", "Tide", "Digital",
               "Horizon", "Report", "Review", "Money", "Power", "Risk", "Path", "Forward", "New", "Age", "Wealth", "Trade", "Economy",
               "Silent", "Storm", "Red", "Line", "Golden", "Gate", "Last", "Mile", "Open", "Road", "Deep", "Water"]
TITLE_KINDS = ["report", "book", "film", "documentary", "podcast", "series", "study", "album", "memoir", "white paper", "song", "show"]
NICKS = ["Technoking", "The Oracle", "Bond King", "Iron Lady", "Mr. Yen", "The Hammer", "Chainsaw", "Neutron", "Big Short", "Maestro",
         "Mr. Fix-It", "The Dealmaker"]
MARKS = [("“", "”")] * 6 + [('"', '"')] * 4 + [("‘", "’")] + [("«", "»")]


def pool(items, held):
    k = max(1, len(items) * 3 // 4)
    return items[k:] if held else items[:k]


class Doc:
    def __init__(self):
        self.paragraphs = []

    def para(self, parts):
        self.paragraphs.append(parts)


def render(paragraphs):
    text, spans = "", []
    for pi, parts in enumerate(paragraphs):
        if pi:
            text += "\n\n"
        for part in parts:
            if isinstance(part, tuple):
                words, kind, (o, c) = part
                text += o
                spans.append({"start": len(text), "end": len(text) + len(words), "kind": kind})
                text += words + c
            else:
                text += part
    return text, spans


def make(doc_id):
    held = doc_id[-1] in "05"
    people, cos, sents = pool(PEOPLE, held), pool(COMPANIES, held), pool(SENTENCES, held)
    clauses, scare, nicks = pool(CLAUSES, held), pool(SCARE, held), pool(NICKS, held)
    titles, shorts = pool(TITLE_WORDS, held), pool(SHORT_QUOTES, held)
    mk = rng.choice(MARKS)
    person, co = rng.choice(people), rng.choice(cos)
    surname = person.split()[-1]
    role = rng.choice(ROLES)

    def said():
        return rng.choice(SAID).format(o=rng.choice(OUTLETS))

    def end(s):
        return s + rng.choice([",", ".", ",", "!"]) if rng.random() < .8 else s + "."

    def title():
        return " ".join(rng.sample(titles, rng.randint(1, 4)))

    paras = []
    lead = [f"{co} said on {rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])} that "
            + rng.choice(["quarterly profit beat forecasts", "it would cut costs", "sales slowed", "it had agreed to buy a rival",
                          "its chief executive would step down", "it would raise prices"]) + "."]
    paras.append(lead)
    quote_makers = [
        lambda: [(end(rng.choice(sents)), "quote", mk), f" {person}, {role} of {co}, {said()}."],
        lambda: [(end(rng.choice(sents)), "quote", mk), f" {surname} {said()}."],
        lambda: [(end(rng.choice(sents)), "quote", mk), f" {said().split()[0]} {person}, {role} at {co}."],
        lambda: [f"{person} {said()}: ", (rng.choice(sents) + ".", "quote", mk)],
        lambda: [f"Asked about the outlook, {surname} {said()}: ", (rng.choice(sents) + ".", "quote", mk)],
        lambda: [(rng.choice(sents) + ".", "quote", mk)],  # an unattributed follow-up paragraph
        lambda: [(rng.choice(sents) + ".", "quote", mk), " " + rng.choice(["He", "She"]) + " added that the company would update investors next month."],
        lambda: [f"{person}, {role} at {co}, {said()} the shares were ", (rng.choice(clauses) + ".", "quote", mk)],
        lambda: [f"{surname} {said()} that the company was ", (rng.choice(clauses), "quote", mk), "."],
        lambda: [f"According to {person}, ", (rng.choice(sents) + ".", "quote", mk)],
        lambda: [f"The company said in a statement that it was ", (rng.choice(clauses) + ".", "quote", mk)],
        lambda: [(rng.choice(shorts), "quote", mk), f" {surname} {rng.choice(['replied', 'said', 'answered'])} when asked about the deal."],
        lambda: [(rng.choice(sents) + "?", "quote", mk), f" asked {person}."],
        lambda: [(end(rng.choice(sents)), "quote", mk), f" {surname} said, ", ("and that is what matters.", "quote", mk)],
        # follow-up paragraphs and long quotations with no reporting verb near the marks
        lambda: [(rng.choice(sents) + ". " + rng.choice(sents) + ".", "quote", mk)],
        lambda: [(rng.choice(sents) + ". " + rng.choice(sents), "quote", mk)],
        lambda: [(rng.choice(sents) + ", " + rng.choice(sents).lower() + ".", "quote", mk), " The shares " + rng.choice(["rose", "fell", "were flat"]) + " in late trading."],
        # a partial quotation far from its verb, or with none
        lambda: [f"{person}, who has led {co} since {rng.randint(2005, 2021)} and previously ran its {rng.choice(['European', 'Asian', 'retail', 'trading'])} arm, "
                 f"{rng.choice(['told', 'reminded', 'assured'])} investors on a call last week that the group remained ", (rng.choice(clauses), "quote", mk), "."],
        lambda: [f"The board's directives to managers were to ", (rng.choice(clauses), "quote", mk), " in the months ahead."],
        lambda: [f"The {rng.choice(['minister', 'governor', 'chairman', 'regulator'])} warned that the authorities ", (rng.choice(clauses), "quote", mk), " if conditions worsen."],
        lambda: [f"{surname} called it ", (rng.choice(clauses), "quote", mk), ", and the shares rallied."],
        # remembered dialogue, quotes inside the quotation
        lambda: [(f"And I said, {mk[0] if mk[0] != '‘' else '“'}{rng.choice(sents)}.{mk[1] if mk[1] != '’' else '”'} They said no,", "quote", ("“", "”") if mk[0] != "“" else ("‘", "’")), f" {surname} recalled."],
    ]
    scare_makers = [
        lambda: [f"{co} called the deal a ", (rng.choice(scare), "scare", mk), " for both sides."],
        lambda: [f"Economists have warned for months about so-called ", (rng.choice(scare), "scare", mk), " in the sector."],
        lambda: [f"The plan, dubbed ", (title(), "scare", mk), ", will run until 2027."],
        lambda: [f"In its annual {rng.choice(TITLE_KINDS)} ", (title(), "scare", mk), f", {co} set out its targets."],
        lambda: [f"{person.split()[0]} ", (rng.choice(nicks), "scare", mk), f" {surname} built the fund over two decades."],
        lambda: [f"Investors piled into what traders call the ", (rng.choice(scare), "scare", mk), " trade."],
        lambda: [f"{person} described the results as ", (rng.choice(scare), "scare", mk), " and moved on to questions."],
        lambda: [f"The {rng.choice(TITLE_KINDS)} ", (title(), "scare", mk), f" was released by {co} last year."],
        lambda: [f"Shares fell after the {rng.choice(['newspaper', 'website', 'magazine'])} ran a story headlined ",
                 (rng.choice(["Why", "How", "When"]) + " " + title() + " " + rng.choice(["Went Wrong", "Could Fall", "Changed Everything"]), "scare", mk), "."],
        lambda: [f"The bank's ", (rng.choice(scare), "scare", mk), " strategy has drawn criticism from ", rng.choice(cos), "."],
        lambda: [f"Critics say the term ", (rng.choice(scare), "scare", mk), " hides more than it explains."],
        lambda: [f"{co}'s new platform, known internally as ", (title(), "scare", mk), ", launches next year."],
        # titles and terms beside a reporting verb, and longer titles
        lambda: [f"{person} said in {rng.choice(['her', 'his'])} {rng.choice(TITLE_KINDS)} ", (title() + " " + title(), "scare", mk), " that the cycle had turned."],
        lambda: [f"{co} said the ", (rng.choice(scare), "scare", mk), f" label was unfair, {surname} told {rng.choice(OUTLETS)}."],
        lambda: [f"The {rng.choice(TITLE_KINDS)}, ", (rng.choice(["The", "A", "Why", "How"]) + " " + title() + " " + rng.choice(["of", "in", "and"]) + " " + title(), "scare", mk),
                 f", {rng.choice(['says', 'argues', 'notes'])} that markets move in cycles."],
        lambda: [f"{surname}, known on trading floors as ", (rng.choice(nicks), "scare", mk), f", said the fund would reopen."],
        lambda: [f"Analysts said the so-called ", (rng.choice(scare), "scare", mk), " was over."],
    ]
    for _ in range(rng.randint(2, 5)):
        paras.append(rng.choice(quote_makers)() if rng.random() < .55 else rng.choice(scare_makers)())
    text, spans = render(paras)
    return {"doc": doc_id, "text": text, "spans": spans}


for n in range(800):
    print(json.dumps(make("q%04d" % n), ensure_ascii=False))
