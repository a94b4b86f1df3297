"""Builds the general-news entity check from ../shared/data/ner-train: every fourth document of the Wikinews
(gum-news) and Wikipedia (wikigold) files, detokenised into plain text, with their PER/ORG/LOC spans in the
FiNER spans.jsonl layout that span_score.py reads. No rule or list of the tool was written from these
documents, and `finextract train entities` and `train clusters` leave them out of their default corpora, so the
shipped recogniser is measured here on text it was not built from.

usage: news_ner.py NER_TRAIN_DIR OUT_DIR   (writes OUT_DIR/docs/*.txt and OUT_DIR/spans.jsonl)
"""
import json
import os
import sys

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "%", "'"}


def documents(path):
    docs, sentence, current = [], [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                current = []
                docs.append(current)
            elif not line:
                if sentence:
                    current.append(sentence)
                    sentence = []
            else:
                token, tag = line.split("\t")
                sentence.append((token, tag))
    if sentence:
        current.append(sentence)
    return docs


def detokenise(sentences):
    """Plain text and (start, end, type) spans; a sentence without final punctuation (a headline) ends its paragraph."""
    text, spans = "", []
    for sentence in sentences:
        if text:
            text += " " if text[-1] in '.!?"' else "\n\n"
        span, prev = None, ""
        for token, tag in sentence:
            space = not (text == "" or text[-1] in " \n" or token in NO_SPACE_BEFORE or prev in ("(", "[", "$")
                         or (token.startswith("'") and len(token) < 4))
            token = '"' if token in ("``", "''") else token
            text += " " * space
            start = len(text)
            text += token
            prev = token
            if tag.startswith("B-"):
                if span:
                    spans.append(span)
                span = [start, len(text), tag[2:]]
            elif tag.startswith("I-") and span:
                span[1] = len(text)
            elif span:
                spans.append(span)
                span = None
        if span:
            spans.append(span)
    return text, spans


def main(src, out):
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    n = 0
    with open(os.path.join(out, "spans.jsonl"), "w", encoding="utf-8") as spans_file:
        for name in ("gum-news", "wikigold"):
            for i, doc in enumerate(documents(os.path.join(src, name + ".iob2"))):
                if i % 4 != 3:
                    continue
                article = f"{name}-{i:03d}"
                text, spans = detokenise(doc)
                with open(os.path.join(out, "docs", article + ".txt"), "w", encoding="utf-8") as f:
                    f.write(text)
                for start, end, kind in spans:
                    spans_file.write(json.dumps({"article": article, "start": start, "end": end, "type": kind, "text": text[start:end]}) + "\n")
                n += 1
    print(f"{n} documents in {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
