#!/usr/bin/env python3
"""Deterministic benchmark corpus: the articles of samples/ with their
numbers, cities, years and paragraph order varied, about equal bytes of
English, Chinese and Portuguese.

Usage: gen-corpus.py SAMPLES OUTDIR MB [SEED]

Writes OUTDIR/plain/NNNNNN.txt until MB megabytes (10^6 bytes) are written,
and the same articles gzip'd as OUTDIR/gz/NNNNNN.txt.gz.  The same
SEED and MB give the same bytes; a smaller MB gives a prefix of a larger one.
"""
import gzip
import os
import random
import re
import sys

# One column per language: the same city in English, Chinese, Portuguese, as
# the shipped maps spell them.  An article's cities are permuted among these.
CITIES = [
    ("Shanghai", "上海", "Xangai"),
    ("Beijing", "北京", "Pequim"),
    ("Shenzhen", "深圳", "Shenzhen"),
    ("Hangzhou", "杭州", "Hangzhou"),
    ("Guangzhou", "广州", "Cantão"),
    ("Nanjing", "南京", "Nanquim"),
    ("Chengdu", "成都", "Chengdu"),
    ("Wuhan", "武汉", "Wuhan"),
    ("Suzhou", "苏州", "Suzhou"),
    ("Tianjin", "天津", "Tianjin"),
]
LANGS = ("en", "zh", "pt")

# A year (shifted), or a figure (scaled); digits inside dates, times, codes
# and words stay as they are.  (Not \w: it would match Han characters.)
NUM = re.compile(r"(?<![0-9A-Za-z.,\-:/])((?:19|20)\d\d)(?![0-9])"
                 r"|(?<![0-9A-Za-z.,\-:/])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![0-9A-Za-z\-:/])")


def lang_of(text):
    head = text[:4000]
    han = sum(1 for c in head if "\u4e00" <= c <= "\u9fff")
    if han > 0.3 * sum(1 for c in head if c.isalpha()):
        return "zh"
    pt = len(re.findall(r"\b(?:de|da|do|em|para|que|com|não|bilhões)\b", text[:8000]))
    en = len(re.findall(r"\b(?:the|of|and|in|to|billion)\b", text[:8000]))
    return "pt" if pt > en else "en"


def vary(text, lang, rnd):
    col = LANGS.index(lang)
    perm = list(range(len(CITIES)))
    rnd.shuffle(perm)
    names = {CITIES[i][col]: CITIES[perm[i]][col] for i in range(len(CITIES))}
    city_re = re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))
    text = city_re.sub(lambda m: names[m.group(0)], text)

    shift = rnd.randint(-4, 3)
    scale = rnd.choice((0.5, 0.8, 1.25, 1.5, 2, 3))

    def num(m):
        if m.group(1):  # a year: shifted by the article's offset
            return str(int(m.group(1)) + shift)
        whole, frac = m.group(2), m.group(3) or ""
        digits = whole.replace(",", "")
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return str(int(digits) + shift) + frac
        v = float(digits + frac) * scale
        if frac:
            return "%.*f" % (len(frac) - 1, v)
        s = str(max(1, int(round(v))))
        if "," in whole:
            s = "{:,}".format(int(s))
        return s

    text = NUM.sub(num, text)

    # Paragraph order: blocks between blank lines, or lines when the article
    # has few blank lines; the head (title, date, byline) stays first.
    blocks = re.split(r"\n\s*\n", text)
    sep = "\n\n"
    head = 6
    if len(blocks) < 8:
        blocks, sep, head = text.split("\n"), "\n", 9
    body = blocks[head:]
    rnd.shuffle(body)
    return sep.join(blocks[:head] + body)


def main():
    if len(sys.argv) < 4:
        sys.stderr.write("usage: gen-corpus.py SAMPLES OUTDIR MB [SEED]\n")
        return 2
    src, out, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 20261122
    by_lang = {l: [] for l in LANGS}
    for name in sorted(os.listdir(src)):
        with open(os.path.join(src, name), encoding="utf-8", errors="replace") as f:
            t = f.read()
        by_lang[lang_of(t)].append(t)
    langs = [l for l in LANGS if by_lang[l]]
    if not langs:
        sys.stderr.write("gen-corpus.py: no articles in %s\n" % src)
        return 1
    os.makedirs(os.path.join(out, "plain"), exist_ok=True)
    os.makedirs(os.path.join(out, "gz"), exist_ok=True)
    rnd = random.Random(seed)
    limit = int(mb * 1e6)
    written = {l: 0 for l in LANGS}
    total = n = 0
    while total < limit:
        # the language with the fewest bytes so far, so the three stay even
        lang = min(langs, key=lambda l: written[l])
        art = vary(rnd.choice(by_lang[lang]), lang, rnd).encode("utf-8")
        name = "%06d.txt" % n
        with open(os.path.join(out, "plain", name), "wb") as f:
            f.write(art)
        with open(os.path.join(out, "gz", name + ".gz"), "wb") as f:
            f.write(gzip.compress(art, compresslevel=6, mtime=0))
        written[lang] += len(art)
        total += len(art)
        n += 1
    print("%d articles, %d bytes (%s)" % (n, total,
          ", ".join("%s %d" % (l, written[l]) for l in LANGS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
