#!/usr/bin/env python3
"""Builds data/demo.jsonl from the demo articles data/demo/NN-slug.txt.

Each .txt file starts with "Key: value" header lines (Title, Date, URL), a
blank line, then the body. Each becomes one JSON Lines record with the keys
annalist's JSON Lines reader expects: id, url, title, published, text.

Usage: scripts/demo_to_jsonl.py [DEMO_DIR]   (default: data/demo next to
this script's parent). Writes demo.jsonl beside DEMO_DIR (outside it, so that
ingesting the folder does not read every article twice), sorted by file name.
"""
import json
import pathlib
import sys


def read_article(path):
    raw = path.read_text(encoding="utf-8")
    head, sep, body = raw.partition("\n\n")
    if not sep:
        sys.exit(f"{path}: no blank line after the header")
    fields = {}
    for n, line in enumerate(head.splitlines(), 1):
        key, colon, value = line.partition(":")
        if not colon:
            sys.exit(f"{path}:{n}: not a 'Key: value' header line: {line!r}")
        fields[key.strip().lower()] = value.strip()
    for key in ("title", "date", "url"):
        if key not in fields:
            sys.exit(f"{path}: missing header {key.title()}:")
    return {
        "id": "demo-" + path.stem,
        "url": fields["url"],
        "title": fields["title"],
        "published": fields["date"],
        "text": body.strip() + "\n",
    }


def main():
    root = pathlib.Path(__file__).resolve().parent.parent
    demo = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root / "data" / "demo"
    files = sorted(demo.glob("[0-9][0-9]-*.txt"))
    if not files:
        sys.exit(f"{demo}: no NN-slug.txt articles")
    out = demo.parent / "demo.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for path in files:
            f.write(json.dumps(read_article(path), ensure_ascii=False) + "\n")
    print(f"wrote {len(files)} articles to {out}")


if __name__ == "__main__":
    main()
