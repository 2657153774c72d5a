#!/usr/bin/env python3
"""How much the cleaner leans on English: the quality benchmark on shifted copies of wcxb-dev.

The product is judged on pages in many languages; the block model is trained on wcxb-dev, whose
pages are nearly all English. Two of its inputs could carry English habits into other scripts:
capital letters (Arabic, Hebrew, Chinese, Japanese, Hindi, Thai… have none) and function words
(a language the stopword lists in `src/blocks/stopwords.rs` miss has none of them). This script
rewrites every page's visible text and its reviewed text the same way, then runs the quality
benchmark on the copy:

- `none`: the copy unchanged (the baseline, through the same pipeline);
- `lower`: all text lower-cased, as in a script without capitals;
- `nostop`: every English stopword the lists know replaced by a token no list knows;
- `both`: the two together.

Only text between tags changes (markup, attributes, scripts and styles are kept; character
references too), so the main-text figures compare like with like. Title and author are read
partly from `<meta>` attributes the shift leaves alone: compare the main text only.

The copy and a scratch copy of the crate live beside the repository (`../.<repo>-shift`), so
the working tree is never touched; about a minute per mode on two cores.

    training/.venv/bin/python training/script_shift.py [--modes none,lower,nostop,both]
"""

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from scratch import copy_crate

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "wcxb-dev"
MODES = ("none", "lower", "nostop", "both")
# Comments, raw-text elements and tags pass through; text between them is shifted.
MARKUP = re.compile(r"<!--.*?-->|<(script|style|textarea|title)\b.*?</\1\s*>|<[^>]*>", re.S | re.I)
WORD = re.compile(r"\w+")
CHAR_REF = re.compile(r"(&#?[A-Za-z0-9]+;)|([^&]+)")


def english_stopwords() -> set:
    """The English section of the core's stopword list."""
    src = (ROOT / "src" / "blocks" / "stopwords.rs").read_text()
    section = src.split("// English", 1)[1].split("//", 1)[0]
    return set(re.findall(r'"([^"]+)"', section))


STOPWORDS = english_stopwords()


def shift_words(text: str, mode: str) -> str:
    if mode in ("nostop", "both"):
        text = WORD.sub(lambda m: "zq" + m.group(0) if m.group(0).lower() in STOPWORDS else m.group(0), text)
    if mode in ("lower", "both"):
        text = text.lower()
    return text


def shift_html(html: str, mode: str) -> str:
    def text(t: str) -> str:
        return CHAR_REF.sub(lambda m: m.group(1) or shift_words(m.group(2), mode), t)

    out, at = [], 0
    for m in MARKUP.finditer(html):
        out.append(text(html[at:m.start()]))
        out.append(m.group(0))
        at = m.end()
    out.append(text(html[at:]))
    return "".join(out)


def shift_page(job) -> None:
    page_id, mode, dest = job
    doc = json.loads((CORPUS / "ground-truth" / f"{page_id}.json").read_text())
    gt = doc["ground_truth"]
    for key in ("main_content", "main_content_markdown"):
        if isinstance(gt.get(key), str):
            gt[key] = shift_words(gt[key], mode)
    for key in ("with", "without"):
        if isinstance(gt.get(key), list):
            gt[key] = [shift_words(s, mode) for s in gt[key]]
    (dest / "ground-truth" / f"{page_id}.json").write_text(json.dumps(doc))
    with gzip.open(CORPUS / "html" / f"{page_id}.html.gz", "rb") as f:
        raw = f.read()
    try:
        html = raw.decode("utf-8")
    except UnicodeDecodeError:
        # A page in a legacy encoding is copied as it is: shifting it would need its charset.
        (dest / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(raw, 1))
        return
    (dest / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(shift_html(html, mode).encode(), 1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--modes", default=",".join(MODES), help="comma-separated: " + ", ".join(MODES))
    args = ap.parse_args()
    modes = [m for m in args.modes.split(",") if m]
    for m in modes:
        if m not in MODES:
            sys.exit(f"unknown mode {m!r} (known: {', '.join(MODES)})")
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    scratch = ROOT.parent / f".{ROOT.name}-shift"
    shutil.rmtree(scratch, ignore_errors=True)
    crate = copy_crate(scratch / ROOT.name)
    corpus = scratch / "shared" / "corpus" / "wcxb-dev"
    ids = sorted(p.stem for p in (CORPUS / "ground-truth").glob("*.json"))
    env = dict(os.environ, CARGO_TARGET_DIR=str(ROOT / "target" / "shift"))
    results = {}
    try:
        for mode in modes:
            shutil.rmtree(corpus, ignore_errors=True)
            for sub in ("html", "ground-truth"):
                (corpus / sub).mkdir(parents=True)
            for name in ("README.md", "metadata.json", "LICENSE"):
                if (CORPUS / name).exists():
                    shutil.copy2(CORPUS / name, corpus / name)
            with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
                list(pool.map(shift_page, [(i, mode, corpus) for i in ids], chunksize=32))
            run = subprocess.run(
                ["cargo", "run", "--quiet", "--release", "--example", "quality", "--", "--no-readability"],
                cwd=crate, env=env, check=True, capture_output=True, text=True)
            line = next(l for l in run.stdout.splitlines() if l.startswith("wcxb train:"))
            results[mode] = line
            print(f"shift {mode:6s} {line}", flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    # The main-text F1 of each part, and its change from `none` when it ran.
    part_f1 = re.compile(r"wcxb (\w+): F1 ([0-9.]+)")
    base = dict(part_f1.findall(results.get("none", "")))
    for mode, line in results.items():
        cells = []
        for part, f1 in part_f1.findall(line):
            delta = f" ({float(f1) - float(base[part]):+.3f})" if part in base else ""
            cells.append(f"{part} F1 {f1}{delta}")
        print(f"script shift {mode}: " + ", ".join(cells))


if __name__ == "__main__":
    main()
