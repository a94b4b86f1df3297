#!/usr/bin/env python3
"""Writes number-roles.jsonl: financial news sentences the project writes itself, each number's role labelled.

Every line: {"doc": "n0001", "text": "...", "numbers": [{"start", "end", "role"}]}. Numbers not listed are
"other" (the trainer labels them so). Documents whose id ends in 0 or 5 are held out by the trainer and use
companies, people and amounts the training documents never see. Fixed seed: the file is reproducible.
usage: python3 samples/corpus/generate_numbers.py > samples/corpus/number-roles.jsonl
"""
import json, random

rng = random.Random(20261126)
TRAIN_COS = ["Northwind Semiconductor", "Bluefin Energy", "Corvid Robotics", "Halcyon Foods", "Quarry Hill Bank", "Tern Airlines",
             "Larkspur Pharma", "Ironbridge Steel", "Maple Lane Retail", "Osprey Software", "Redwood Logistics", "Silverline Telecom",
             "Kestrel Motors", "Granite Peak Mining", "Harbor Point Insurance", "Juniper Media"]
TEST_COS = ["Albatross Chemicals", "Pinecrest Devices", "Vireo Capital", "Wrenfield Utilities", "Ebony Coast Shipping", "Saffron Biotech"]
CURRENCY = [("$", ""), ("US$", ""), ("€", ""), ("£", ""), ("", " euros"), ("HK$", ""), ("C$", ""), ("", " yen"), ("Rs ", "")]
SCALES = [("", 1), (" million", 1), (" billion", 1), ("bn", 1), ("m", 1)]

def money(big=True, price=False):
    if price:
        return "$%d.%02d" % (rng.randint(5, 900), rng.randint(0, 99))
    pre, suf = rng.choice(CURRENCY)
    scale = rng.choice(SCALES[1:] if big else SCALES[:1])[0]
    if suf and scale in ("bn", "m"): scale = " billion"
    v = rng.choice(["%d" % rng.randint(2, 950), "%.1f" % rng.uniform(1, 99), "%.2f" % rng.uniform(1, 20)])
    return pre + v + scale + suf

def pct():
    return rng.choice(["%.1f%%", "%.2f%%", "%d%%", "%d percent", "%.1f per cent"]) % (rng.uniform(0.1, 40) if rng.random() < .6 else rng.randint(1, 40))

def up(): return rng.choice(["rose", "climbed", "gained", "jumped", "advanced", "added", "surged", "edged up"])
def down(): return rng.choice(["fell", "dropped", "slid", "declined", "lost", "tumbled", "slipped", "sank"])
def move(): return up() if rng.random() < .5 else down()
def when(): return rng.choice(["on Monday", "on Tuesday", "in early trading", "in afternoon trading", "on Friday", "last week", "after the report", "this year", ""])
def quarter(): return rng.choice(["the third quarter", "the second quarter", "the fourth quarter", "the first quarter", "fiscal 2024", "the year", "the three months to June"])

# Each template returns a list of parts: plain strings and (text, role) tuples.
def T(co):
    return [
        ("price_change", lambda: [f"Shares of {co} ", move(), " ", (pct(), "price_change"), " ", when(), "."]),
        ("price_change", lambda: [f"{co} stock ", move(), " ", (pct(), "price_change"), f" to ", (money(price=True), "price"), " ", when(), "."]),
        ("price_change", lambda: [f"{co} ended the session ", rng.choice(["up", "down"]), " ", (pct(), "price_change"), " at ", (money(price=True), "price"), "."]),
        ("price_change", lambda: [f"The stock is ", rng.choice(["up", "down"]), " ", (pct(), "price_change"), " so far this year, while the index has ", move(), " ", (pct(), "price_change"), "."]),
        ("price", lambda: [f"{co} shares closed at ", (money(price=True), "price"), " ", when(), "."]),
        ("price", lambda: [f"The company priced its offering at ", (money(price=True), "price"), " a share."]),
        ("price", lambda: [f"{co} last traded at ", (money(price=True), "price"), ", giving it a market value of ", (money(), "market_cap"), "."]),
        ("market_cap", lambda: [f"{co}, which has a market capitalisation of about ", (money(), "market_cap"), ", ", rng.choice(["declined to comment", "did not respond", "said it would review the offer"]), "."]),
        ("market_cap", lambda: [f"The rally pushed {co}'s valuation past ", (money(), "market_cap"), " for the first time."]),
        ("market_cap", lambda: [f"{co} is now worth ", (money(), "market_cap"), " on the stock market, ", (rng.choice(["three", "four", "five"]) + " times", "other"), " its value in 2020."]),
        ("revenue", lambda: [f"{co} reported revenue of ", (money(), "revenue"), " for ", quarter(), ", up ", (pct(), "revenue"), " from a year earlier."]),
        ("revenue", lambda: [f"Sales at {co} grew ", (pct(), "revenue"), " to ", (money(), "revenue"), " in ", quarter(), "."]),
        ("revenue", lambda: [f"{co} booked ", (money(), "revenue"), " in sales during ", quarter(), ", beating estimates of ", (money(), "revenue"), "."]),
        ("revenue", lambda: [f"Turnover at the group slipped to ", (money(), "revenue"), " as demand cooled."]),
        ("profit", lambda: [f"{co} posted net income of ", (money(), "profit"), ", or ", (money(price=True), "profit"), " a share, in ", quarter(), "."]),
        ("profit", lambda: [f"Operating profit fell ", (pct(), "profit"), " to ", (money(), "profit"), f", {co} said."]),
        ("profit", lambda: [f"{co} swung to a loss of ", (money(), "profit"), " from a profit of ", (money(), "profit"), " a year ago."]),
        ("profit", lambda: [f"Earnings per share came in at ", (money(price=True), "profit"), ", above the ", (money(price=True), "profit"), " analysts had expected."]),
        ("guidance", lambda: [f"{co} now expects full-year revenue of ", (money(), "guidance"), " to ", (money(), "guidance"), "."]),
        ("guidance", lambda: [f"The company forecast ", quarter(), " sales growth of about ", (pct(), "guidance"), ", below the ", (pct(), "other"), " analysts had pencilled in."]),
        ("guidance", lambda: [f"{co} raised its outlook and sees earnings of ", (money(price=True), "guidance"), " a share for the year."]),
        ("guidance", lambda: [f"For next year, management projects margins of ", (pct(), "guidance"), "."]),
        ("target_price", lambda: [rng.choice(["Goldman Sachs", "Morgan Stanley", "an analyst at Jefferies", "UBS"]), f" raised its price target on {co} to ", (money(price=True), "target_price"), " from ", (money(price=True), "target_price"), "."]),
        ("target_price", lambda: [f"Analysts have a median target of ", (money(price=True), "target_price"), f" on {co}, ", (pct(), "other"), " above the current price."]),
        ("target_price", lambda: [f"The broker set a ", (money(price=True), "target_price"), f" price target on {co} shares and rates them a buy."]),
        ("deal_value", lambda: [f"{co} agreed to buy a rival for ", (money(), "deal_value"), " in cash and stock."]),
        ("deal_value", lambda: [f"The ", (money(), "deal_value"), f" takeover of {co} is expected to close in ", quarter(), "."]),
        ("deal_value", lambda: [f"{co} sold its consumer unit in a deal valued at ", (money(), "deal_value"), ", including debt."]),
        ("deal_value", lambda: [f"The offer of ", (money(price=True), "deal_value"), f" a share values {co} at ", (money(), "deal_value"), "."]),
        ("rate", lambda: [f"The central bank raised its benchmark rate to ", (pct(), "rate"), ", the highest in ", (rng.choice(["15", "22", "16"]) + " years", "other"), "."]),
        ("rate", lambda: [f"Inflation slowed to ", (pct(), "rate"), f" in {rng.choice(['March', 'June', 'October'])}, from ", (pct(), "rate"), " a month earlier."]),
        ("rate", lambda: [f"The yield on the 10-year note climbed to ", (pct(), "rate"), "."]),
        ("rate", lambda: [f"{co} will pay a coupon of ", (pct(), "rate"), " on the new bonds."]),
        ("rate", lambda: [f"Unemployment held at ", (pct(), "rate"), ", the labour department said."]),
        ("volume", lambda: [f"About ", ("%s million" % rng.choice(["1.2", "3.4", "12", "7.5", "22"]), "volume"), f" {co} shares changed hands, ", (rng.choice(["twice", "three times", "four times"]) if False else "double", "other"), " the daily average."]),
        ("volume", lambda: [f"Trading volume reached ", ("%d,%03d" % (rng.randint(100, 999), rng.randint(0, 999)), "volume"), " shares by midday."]),
        ("other", lambda: [f"{co} employs ", ("%d,%03d" % (rng.randint(1, 90), rng.randint(0, 999)), "other"), " people in ", (rng.choice(["12", "30", "45"]), "other"), " countries."]),
        ("other", lambda: [f"The company plans to open ", (rng.choice(["40", "120", "15"]), "other"), " stores and hire ", (rng.choice(["2,000", "500", "1,200"]), "other"), " workers."]),
        ("other", lambda: [f"{co} said ", (pct(), "other"), " of its customers now use the app."]),
        ("other", lambda: [f"The fund returned ", (pct(), "other"), " to investors over ", (rng.choice(["five", "ten", "three"]), "other"), " years."]),
        ("other", lambda: [f"{co} will invest ", (money(), "other"), " in a new plant in Ohio."]),
        ("other", lambda: [f"The government pledged ", (money(), "other"), " to support farmers hit by the drought."]),
        ("other", lambda: [f"About ", (pct(), "other"), " of economists polled expect a recession."]),
        ("other", lambda: [f"The fine of ", (money(), "other"), " is the largest the regulator has imposed."]),
    ]

def render(parts):
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            s = len(text); text += p[0]; spans.append({"start": s, "end": len(text), "role": p[1]})
        else:
            text += p
    text = " ".join(text.split()).replace(" .", ".").replace(" ,", ",")
    # re-find spans after whitespace clean-up, in order
    out, pos = [], 0
    for sp, p in zip(spans, [p for p in parts if isinstance(p, tuple)]):
        i = text.find(p[0], pos)
        out.append({"start": i, "end": i + len(p[0]), "role": p[1]}); pos = i + len(p[0])
    return text, out

lines = []
for d in range(900):
    doc = "n%04d" % d
    held = doc[-1] in "05"
    cos = TEST_COS if held else TRAIN_COS
    sents, spans, text = [], [], ""
    for _ in range(rng.randint(2, 4)):
        role, tmpl = rng.choice(T(rng.choice(cos)))
        s, sp = render(tmpl())
        off = len(text) + (1 if text else 0)
        text = (text + " " + s) if text else s
        spans += [{"start": x["start"] + off, "end": x["end"] + off, "role": x["role"]} for x in sp]
    lines.append(json.dumps({"doc": doc, "text": text, "numbers": spans}, ensure_ascii=False))
print("\n".join(lines))
