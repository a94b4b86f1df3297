"""Scores a run's article topics against hand labels (.ci/annotations/wikinews-economy-topics.tsv; TOPICS.md says how
they were made). An article labelled Earnings is right as Earnings or Financials: the headline set the model learns from
files the figures of reported results under Financials, and a pipeline without the shipped merge reports them so.

usage: topic_score.py LABELS.tsv ARTICLES.csv [--json]
"""
import csv
import json
import sys
from collections import Counter

EARNINGS = {"Earnings", "Financials"}


def main(argv):
    labels = dict(line.rstrip("\n").split("\t") for line in list(open(argv[0], encoding="utf-8"))[1:] if line.strip())
    csv.field_size_limit(10**9)
    topics = {r["article_id"]: r["topic"] for r in csv.DictReader(open(argv[1], encoding="utf-8", newline=""))}
    right, total, missing = Counter(), Counter(), 0
    for article, want in labels.items():
        total[want] += 1
        got = topics.get(article)
        if got is None:
            missing += 1
        elif got == want or (want == "Earnings" and got in EARNINGS):
            right[want] += 1
    n = sum(total.values())
    result = {"accuracy": sum(right.values()) / n if n else 0.0, "articles": n, "missing": missing,
              "by_topic": {t: {"right": right[t], "of": total[t]} for t in sorted(total)}}
    if "--json" in argv:
        print(json.dumps(result))
    else:
        print(f"topic accuracy {result['accuracy']:.4f} on {n} articles ({missing} not in the run)")
        for t, v in result["by_topic"].items():
            print(f"  {t}: {v['right']}/{v['of']}")


if __name__ == "__main__":
    main(sys.argv[1:])
