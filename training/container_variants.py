#!/usr/bin/env python3
"""Duplicate-body variants made by doubling the article's container, a second generator.

`examples/dedupe_bench` doubles a page's article `<p>` elements by string surgery, so it skips
pages whose body is not written in `<p>`s (lists, `<div>`s, loose text with `<br>`s): about one
training article in six. This script makes one more kind of variant from every training article
of wcxb-dev instead: the page is parsed as a browser would (html5lib), the smallest element
holding 85 % of the reviewed text's words is found, and a copy of it is inserted right after it.
Both the re-serialised page (the control) and the doubled one go through the CLI; a doubled page
must be flagged, a control must not (the four training pages that really repeat their body are
flagged either way).

The validation part is never read. About five minutes on two cores:

    cargo build --release --features cli
    training/.venv/bin/python training/container_variants.py [--cli target/release/declutter] [--jobs 2]
"""

import argparse
import collections
import copy
import gzip
import json
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import html5lib
from html5lib import serializer

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "wcxb-dev"
WORD = re.compile(r"\w+")
COVER = 0.85
MIN_WORDS = 80


def tokens(text: str) -> collections.Counter:
    return collections.Counter(WORD.findall(text.lower()))


def validation_ids() -> set[str]:
    path = ROOT / "training" / "wcxb-validation.txt"
    return {line.split("\t")[0] for line in path.read_text().splitlines() if line[:1].isdigit()}


def container(doc, ref: collections.Counter):
    """The smallest element of the body holding COVER of the reference's words."""
    n = sum(ref.values())
    best = None
    body = doc.find("body")
    if body is None:
        return None
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript", "template"):
            continue
        got = tokens("".join(el.itertext()))
        size = sum(got.values())
        if size < n / 2 or (best is not None and size >= best[0]):
            continue
        if sum(min(c, got[w]) for w, c in ref.items()) / n >= COVER:
            best = (size, el)
    return None if best is None or best[1].tag in ("body", "html") else best[1]


def clean(cli: str, html: str, url: str) -> dict | None:
    with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8") as f:
        f.write(html)
        f.flush()
        run = subprocess.run([cli, f.name, "--format", "json", "--url", url],
                             capture_output=True, text=True, timeout=120)
    return json.loads(run.stdout) if run.returncode == 0 else None


def variant(args) -> tuple[str, str, bool | None, bool | None]:
    """(id, outcome, control flagged, doubled flagged) of one page."""
    pid, cli = args
    truth = json.loads((CORPUS / "ground-truth" / f"{pid}.json").read_text())
    if truth["_internal"]["page_type"]["primary"] != "article":
        return pid, "not an article", None, None
    ref = tokens(truth["ground_truth"].get("main_content") or "")
    if sum(ref.values()) < MIN_WORDS:
        return pid, "short reference", None, None
    raw = gzip.open(CORPUS / "html" / f"{pid}.html.gz").read()
    try:
        doc = html5lib.parse(raw, treebuilder="lxml", namespaceHTMLElements=False).getroot()
    except ValueError:  # control characters lxml refuses
        return pid, "unparsable", None, None
    el = container(doc, ref)
    if el is None:
        return pid, "no container", None, None

    def write() -> str:
        return serializer.serialize(doc, tree="lxml", omit_optional_tags=False,
                                    quote_attr_values="always", resolve_entities=False)

    control = write()
    twin = copy.deepcopy(el)
    twin.tail = None
    el.addnext(twin)
    doubled = write()
    a, b = clean(cli, control, truth["url"]), clean(cli, doubled, truth["url"])
    if a is None or b is None:
        return pid, "cli error", None, None
    return pid, "ok", a["duplicate_body"]["detected"], b["duplicate_body"]["detected"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=str(ROOT / "target" / "release" / "declutter"))
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    held_out = validation_ids()
    ids = sorted(p.stem for p in (CORPUS / "ground-truth").glob("*.json") if p.stem not in held_out)
    import warnings
    warnings.filterwarnings("ignore")
    with ProcessPoolExecutor(args.jobs) as pool:
        rows = list(pool.map(variant, [(i, args.cli) for i in ids], chunksize=8))
    ok = [r for r in rows if r[1] == "ok"]
    missed = [r[0] for r in ok if not r[3]]
    originals = [r[0] for r in ok if r[2]]
    skipped = collections.Counter(r[1] for r in rows if r[1] not in ("ok", "not an article"))
    print(f"container variants (wcxb train articles): doubled flagged {len(ok) - len(missed)}/{len(ok)}"
          f" = {(len(ok) - len(missed)) / max(len(ok), 1):.3f} | controls flagged {len(originals)}/{len(ok)}"
          f" | skipped {dict(skipped)}")
    print("missed:", " ".join(missed) or "none")
    print("controls flagged:", " ".join(originals) or "none")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
