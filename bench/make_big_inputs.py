#!/usr/bin/env python3
"""Writes the two 1 GB JSON Lines files of the memory acceptance test
(issue 9, "Bounded under hostile input"), in a directory outside the repo:

  huge-lines.jsonl   six single-line documents of about 105 MB each, made of
                     short sentences (the case that peaked at 6.7 GB per line)
  many-docs.jsonl    about 1 GB of ordinary documents (2-4 KB each)

  bench/make_big_inputs.py [DIR]        (default /tmp/annalist-big)

Then, for example:
  /usr/bin/time -v build/release/annalist ingest -q --db /tmp/h.db DIR/huge-lines.jsonl
"""
import json
import os
import random
import sys

SENTENCES = [
    "Israel and Syria held talks in Geneva.",
    "Officials met in Baku on Tuesday.",
    "The minister criticized the rebels.",
    "Police arrested three protesters in Cairo.",
    "Russia accused Ukraine of shelling the town.",
    "The president visited troops near the border.",
    "Iran denied the report.",
    "Talks between the two sides resumed.",
]


def text_of(rng, nbytes):
    parts, size = [], 0
    while size < nbytes:
        s = rng.choice(SENTENCES)
        parts.append(s)
        size += len(s) + 1
    return " ".join(parts)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/annalist-big"
    os.makedirs(out, exist_ok=True)
    rng = random.Random(9)
    path = os.path.join(out, "huge-lines.jsonl")
    if not os.path.exists(path):
        with open(path + ".tmp", "w") as f:
            for i in range(6):
                rec = {"id": "huge-%d" % i, "title": "Huge %d" % i,
                       "published": "2026-03-0%d" % (i + 1),
                       "text": text_of(rng, 105_000_000)}
                f.write(json.dumps(rec) + "\n")
        os.rename(path + ".tmp", path)
    path = os.path.join(out, "many-docs.jsonl")
    if not os.path.exists(path):
        with open(path + ".tmp", "w") as f:
            size, i = 0, 0
            while size < 1_000_000_000:
                rec = {"id": "doc-%d" % i, "title": "Report %d" % i,
                       "published": "2026-03-%02d" % (i % 28 + 1),
                       "text": text_of(rng, rng.randint(2000, 4000))}
                line = json.dumps(rec) + "\n"
                f.write(line)
                size += len(line)
                i += 1
        os.rename(path + ".tmp", path)
    print(out)


if __name__ == "__main__":
    main()
