#!/usr/bin/env python3
"""Scores the roles in a run's numbers.csv against the hand annotations (.ci/annotations/NUMBER-ROLES.md).
usage: role_score.py ANNOTATIONS.tsv RUN/numbers.csv [--json] [--rows]"""
import csv, json, sys
from collections import Counter

def read_gold(path):
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f if not l.startswith("#")]
    return {(r["article_id"], int(r["start"]), int(r["end"])): r["role"] for r in csv.DictReader(lines, delimiter="\t")}

def main(argv):
    gold, numbers = read_gold(argv[1]), argv[2]
    csv.field_size_limit(1 << 30)
    with open(numbers, encoding="utf-8", newline="") as f:
        pred = {(r["article_id"], int(r["start"]), int(r["end"])): r for r in csv.DictReader(f) if r["kind"] in ("money", "percent")}
    given = right = real = covered = 0
    per_source, wrong = Counter(), []
    for key, role in gold.items():
        r = pred.get(key)
        got = r["role"] if r else ""
        if role not in ("other", "x"):
            real += 1
            covered += got == role
        if got:
            given += 1
            right += got == role
            src = r["role_source"].split("@")[0]
            per_source[(src, got == role)] += 1
            if got != role: wrong.append((key, got, role, src))
    missing = sum(1 for k in gold if k not in pred)
    out = {"rows": len(gold), "unmatched": missing, "given": given, "precision": right / given if given else 1.0,
           "coverage": covered / real if real else 1.0,
           "per_rule": {s: {"right": per_source[(s, True)], "wrong": per_source[(s, False)]} for s in sorted({s for s, _ in per_source})}}
    if "--json" in argv: print(json.dumps(out)); return
    print(f"role precision {out['precision']:.3f} ({right}/{given}), coverage {out['coverage']:.3f} ({covered}/{real}); "
          f"{missing} annotated rows not in the run")
    for s, v in out["per_rule"].items(): print(f"  {s}: {v['right']} right, {v['wrong']} wrong")
    if "--rows" in argv:
        for key, got, role, src in wrong: print(f"  wrong: {key[0][:12]} [{key[1]}-{key[2]}) {got} by {src}, annotated {role}")

if __name__ == "__main__":
    main(sys.argv)
