#!/usr/bin/env python3
"""Moves the offsets of the number-role annotations to a new version of the article bodies, after a scraper change
adds or removes lines. Each span is carried through the difference of the old and the new body (difflib); a span whose
text is no longer in the body is dropped and listed on stderr.
usage: remap_roles.py ANNOTATIONS.tsv OLD_RUN/articles.csv NEW_RUN/articles.csv   (rewrites ANNOTATIONS.tsv in place)"""
import csv, difflib, sys

def bodies(path):
    csv.field_size_limit(1 << 30)
    with open(path, encoding="utf-8", newline="") as f:
        return {r["article_id"]: r["body"] for r in csv.DictReader(f)}

def mapper(old, new):
    """A function from an offset in old to the same place in new, or None where old's text was removed."""
    blocks = difflib.SequenceMatcher(None, old, new, autojunk=False).get_matching_blocks()
    def at(i):
        for a, b, n in blocks:
            if a <= i < a + n:
                return b + (i - a)
        return None
    return at

def main(argv):
    path, old, new = argv[1], bodies(argv[2]), bodies(argv[3])
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    header = [l for l in lines if l.startswith("#")]
    rows = list(csv.DictReader([l for l in lines if not l.startswith("#")], delimiter="\t"))
    maps, out, dropped = {}, [], 0
    for r in rows:
        aid, s, e = r["article_id"], int(r["start"]), int(r["end"])
        if old[aid] == new.get(aid):
            out.append(r)
            continue
        at = maps.setdefault(aid, mapper(old[aid], new.get(aid, "")))
        ns, ne = at(s), at(e - 1)
        if ns is None or ne is None or new[aid][ns:ne + 1] != old[aid][s:e]:
            dropped += 1
            print(f"dropped {aid} {s}-{e}: {old[aid][s:e]!r}", file=sys.stderr)
            continue
        out.append(dict(r, start=str(ns), end=str(ne + 1)))
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.writelines(header)
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    print(f"{len(out)} rows kept, {dropped} dropped, {len(maps)} articles moved", file=sys.stderr)

if __name__ == "__main__":
    main(sys.argv)
