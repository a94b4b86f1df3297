#!/usr/bin/env python3
"""Writes entities.jsonl: the project's own annotated corpus for the entity-type classifier.

Realistic financial-news sentences from templates, filled from name lists the project wrote (invented
companies and people mixed with common name shapes, real places). Every line: {"doc", "text", "spans":
[{"start","end","type"}]} with types ORG, PERSON, LOCATION, PRODUCT, NONE (capitalised words that are
not entities). Deterministic (fixed seed). Docs whose number ends in 0 or 5 are the held-out split.
usage: python3 samples/corpus/generate.py > samples/corpus/entities.jsonl
"""
import json, random, sys

rnd = random.Random(20261126)
first = "Maria Daniel Priya Tom Helen Rafael Yuki Claire Jordan Amy Oliver Marcus Linda Karen Sanjay Wei Hiroshi Ingrid Pedro Fatima Omar Lucia Thomas Anna Kofi Aisha Mateo Elena Ravi Sofia Lars Nadia Chen Grace Victor Hannah Ibrahim Leila Diego Mei".split()
last = "Okafor Reyes Raman Ellery Marsh Ortiz Tanabe Dubois Blake Chen Grant Hale Moreau Whitfield Patel Zhang Sato Larsen Alvarez Haddad Nasser Romero Keller Novak Mensah Bello Castro Petrova Iyer Conti Lindqvist Farouk Wu Okoye Brandt Schulz Ibrahimovic Karimi Duarte Lin".split()
orgs = ["Northwind Semiconductor", "Halbrook Securities", "Crestline Motors", "Bluefin Payments", "Keystone Financial", "Harbor Trust", "Ledgerly",
        "Anglo-Pacific Mining", "Caledon Resources", "Beacon Group", "Thistle Bank", "Brauhaus Vereinigte", "Mitsuda Financial", "Sumiyoshi Trust",
        "Zorvex", "Quantiva", "Altrana", "Veridia Health", "Sablecrest Capital", "Orinoco Energy", "Pelican Airways", "Granite Peak Partners",
        "Lumora", "Corvantis", "Tessaro Labs", "Nimbus Cloud", "Arbor Insurance", "Redline Logistics", "Solvane", "Marrow & Finch",
        "Kestrel Analytics", "Vantor", "Helix Biotherapeutics", "Ironvale Steel", "Coastal Bancorp", "Meridian Media", "Fenwick Retail"]
short_orgs = ["Zorvex", "Quantiva", "Altrana", "Ledgerly", "Lumora", "Corvantis", "Solvane", "Vantor"]
places = ["London", "New York", "Tokyo", "Frankfurt", "Singapore", "Hong Kong", "Mumbai", "Sydney", "Toronto", "Chicago", "Texas", "Bavaria",
          "Ohio", "Shanghai", "Dubai", "Zurich", "Brazil", "Germany", "Japan", "Canada", "India", "Mexico", "Australia", "Kenya", "Norway",
          "Pilbara", "Addison", "Lagos", "Seoul", "Madrid", "Milan", "Jakarta", "Manila", "Santiago", "Denver", "Atlanta"]
products = ["H100", "B200", "Llama 3", "Model Y", "iPhone 15", "Galaxy S24", "Nova X2", "Atlas 7", "Vireo Pro", "Zephyr 9"]
roles = ["chief executive", "chief financial officer", "president", "analyst", "head of research", "spokeswoman", "spokesman", "economist", "founder"]
nones = ["Tuesday", "March", "Investors", "Analysts", "Shares", "The", "Revenue", "Earnings", "Markets", "Officials", "Meanwhile", "However"]

# Held-out documents (number ending in 0 or 5) draw every name from pools the training documents never
# see, so the held-out figures measure generalisation to new names, not memory.
HELD = False
def pool(items):
    return [x for i, x in enumerate(items) if (i % 5 == 0) == HELD] or items

def pick(items): return rnd.choice(pool(items))

def person(): return f"{pick(first)} {pick(last)}"

templates = [
    "{ORG} said on {NONE} that quarterly revenue rose {n}% in {LOC}.",
    "{PER}, {role} of {ORG}, told reporters in {LOC} that demand remained strong.",
    "Shares of {ORG} fell {n}% after {PER} warned of weaker sales in {LOC}.",
    "\"We are confident in the outlook,\" said {PER}, {role} at {ORG}.",
    "{ORG} agreed to buy rival {ORG2} for ${n} billion, according to people familiar with the matter.",
    "Analysts at {ORG} lifted their price target, citing strong demand for the {PROD}.",
    "{PER} joined {ORG} last year after a decade at {ORG2}.",
    "The {PROD} will ship from a plant in {LOC}, {PER} said.",
    "{SHORT} shares rose {n}% as investors cheered the results.",
    "{NONE}, {SHORT} said it would cut {n} jobs in {LOC}.",
    "In {LOC}, {ORG} opened a new office led by {PER}.",
    "{PER} said {SHORT} expects to launch the {PROD} in {LOC} next year.",
    "According to {PER}, an economist at {ORG}, inflation in {LOC} is slowing.",
    "{ORG} and {ORG2} are in talks, {PER} told investors.",
]

def fill(t):
    text, spans, i = "", [], 0
    import re
    for m in re.finditer(r"\{(\w+)\}", t):
        text += t[i:m.start()]
        key = m.group(1)
        val, typ = None, None
        if key in ("ORG", "ORG2"): val, typ = pick(orgs), "ORG"
        elif key == "SHORT": val, typ = pick(short_orgs), "ORG"
        elif key == "PER": val, typ = person(), "PERSON"
        elif key == "LOC": val, typ = pick(places), "LOCATION"
        elif key == "PROD": val, typ = pick(products), "PRODUCT"
        elif key == "NONE": val, typ = rnd.choice(nones), "NONE"
        elif key == "role": val = rnd.choice(roles)
        elif key == "n": val = str(rnd.randint(2, 40))
        if typ: spans.append({"start": len(text), "end": len(text) + len(val), "type": typ})
        text += val
        i = m.end()
    text += t[i:]
    return text, spans

for d in range(600):
    HELD = d % 5 == 0
    sents = [fill(rnd.choice(templates)) for _ in range(rnd.randint(2, 4))]
    text, spans = "", []
    for s, sp in sents:
        if text: text += " "
        off = len(text)
        text += s
        spans += [{"start": x["start"] + off, "end": x["end"] + off, "type": x["type"]} for x in sp]
    print(json.dumps({"doc": f"c{d:04d}", "text": text, "spans": spans}, ensure_ascii=False))
