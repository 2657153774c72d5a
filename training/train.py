"""Trains the block classifier and writes it as Rust tables (src/blocks/model_tables.rs).

Run from the repository root, after `python3 -m venv training/.venv &&
training/.venv/bin/pip install -r training/requirements.txt`:

    training/.venv/bin/python training/train.py          # dump, label, train, write tables
    training/.venv/bin/python training/train.py --cv     # also: 4-fold cross-validation by site
    training/.venv/bin/python training/train.py --cv-only --no-dump --cv-pages F  # per-page CV TSV
    training/.venv/bin/python training/train.py --no-dump --oof-clean F  # the cleaner itself, out of fold
    training/.venv/bin/python training/train.py --no-dump --oof-clean F --oof-dump DIR  # and its texts
    training/.venv/bin/python training/train.py --no-dump --oof-clean F --oof-base OLD  # against an earlier run
    training/.venv/bin/python training/train.py --score  # only: score the cleaner, rules vs model

Steps:
1. Decompresses ../shared/corpus/wcxb-dev/html into training/.cache/html and runs
   `cargo run --release --example blocks_dump`, so the features are the ones the Rust core
   computes on its own parse of each page (training and inference see the same tree).
2. Labels each block of the TRAINING pages (ids not in training/wcxb-validation.txt; the
   validation pages are never read here) by alignment with the reviewed text: the share of its
   word 3-grams found in `ground_truth.main_content` (a block of one or two words: whether it
   appears there as a whole); a block is main content when that share is at least 0.5.
3. Chooses the class/id token vocabulary from training pages only: tokens seen on at least
   MIN_SITES sites, ranked by how much they tell about the label.
4. Trains LightGBM deterministically (one thread, fixed seed) and writes the trees as flat
   arrays with f32 thresholds, plus a test fixture (src/blocks/model_fixture.rs): feature
   vectors and the probabilities this script computes for them from the written tables.

Rerunning the script reproduces both files byte for byte. No URL or domain is a feature (the
domain only groups pages into sites for the vocabulary and the cross-validation).
"""
import argparse
import gzip
import hashlib
import json
import math
import os
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import lightgbm as lgb
import numpy as np

from scratch import copy_crate

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "wcxb-dev"
CACHE = ROOT / "training" / ".cache"
TABLES = ROOT / "src" / "blocks" / "model_tables.rs"
FIXTURE = ROOT / "src" / "blocks" / "model_fixture.rs"

VOCAB_SIZE = 128
MIN_SITES = 15
LABEL_AT = 0.5
PARAMS = {
    "objective": "binary",
    "learning_rate": 0.1,
    "num_leaves": 31,
    "min_data_in_leaf": 40,
    "lambda_l2": 1.0,
    "feature_fraction": 1.0,
    "bagging_fraction": 1.0,
    "num_threads": 1,
    "deterministic": True,
    "force_row_wise": True,
    "seed": 7,
    "verbosity": -1,
}
ROUNDS = 200
WORD = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return WORD.findall(text.lower())


def dump(meta) -> Path:
    html = CACHE / "html"
    html.mkdir(parents=True, exist_ok=True)
    for src in sorted((CORPUS / "html").glob("*.html.gz")):
        dst = html / src.name[: -len(".gz")]
        if not dst.exists():
            dst.write_bytes(gzip.decompress(src.read_bytes()))
    # Each page is cleaned with its URL, as the quality benchmark cleans it.
    urls = CACHE / "urls.txt"
    urls.write_text("".join(f"{pid} {m['url']}\n" for pid, m in sorted(meta.items()) if m.get("url")))
    out = CACHE / "blocks.jsonl"
    subprocess.run(
        ["cargo", "run", "--quiet", "--release", "--example", "blocks_dump", "--", "--urls", str(urls),
         str(html), str(out)],
        cwd=ROOT,
        check=True,
    )
    return out


def label(block: list[str], ref_grams: dict[int, set]) -> float:
    """Share of the block's word 3-grams found in the reference (short blocks: whole match)."""
    if not block:
        return 0.0
    if len(block) < 3:
        return 1.0 if tuple(block) in ref_grams[len(block)] else 0.0
    grams = [tuple(block[i : i + 3]) for i in range(len(block) - 2)]
    return sum(g in ref_grams[3] for g in grams) / len(grams)


def load(path: Path, training: set[str]):
    pages: dict[str, list[dict]] = defaultdict(list)
    with path.open() as f:
        names = json.loads(f.readline())["names"]
        for line in f:
            r = json.loads(line)
            if r["page"] in training:
                pages[r["page"]].append(r)
    return names, pages


def choose_vocab(pages, ys, sites) -> list[str]:
    """Tokens on at least MIN_SITES sites, ranked by a chi-square-like score of the label."""
    token_sites: dict[str, set] = defaultdict(set)
    pos: Counter = Counter()
    cnt: Counter = Counter()
    total = 0
    total_pos = 0.0
    for pid in sorted(pages):
        for r, y in zip(pages[pid], ys[pid]):
            toks = set(r["own"]) | set(r["anc"])
            total += 1
            total_pos += y
            for t in toks:
                token_sites[t].add(sites[pid])
                cnt[t] += 1
                pos[t] += y
    p = total_pos / total
    scored = []
    for t, s in token_sites.items():
        if len(s) < MIN_SITES:
            continue
        n = cnt[t]
        q = pos[t] / n
        # Site-capped support, so one site's many blocks do not dominate.
        support = min(n, 50 * len(s))
        scored.append((-(support * (q - p) ** 2) / max(p * (1 - p), 1e-9), t))
    scored.sort()
    return sorted(t for _, t in scored[:VOCAB_SIZE])


def matrix(names, pages, vocab, ids):
    index = {t: i for i, t in enumerate(vocab)}
    n_base = len(names)
    rows = sum(len(pages[p]) for p in ids)
    X = np.zeros((rows, n_base + 2 * len(vocab)), dtype=np.float32)
    k = 0
    for pid in ids:
        for r in pages[pid]:
            X[k, :n_base] = r["f"]
            for t in r["own"]:
                if t in index:
                    X[k, n_base + index[t]] = 1.0
            for t in r["anc"]:
                if t in index:
                    X[k, n_base + len(vocab) + index[t]] = 1.0
            k += 1
    return X


def weights(pages, ids):
    out = []
    for pid in ids:
        for r in pages[pid]:
            out.append(math.sqrt(len(tokens(r["text"])) + 1.0))
    return np.array(out, dtype=np.float64)


def fit(names, pages, ys, vocab, ids, params=None):
    """A model trained on the blocks of the pages `ids`, and their feature matrix."""
    X = matrix(names, pages, vocab, ids)
    y = (np.array([v for p in ids for v in ys[p]]) >= LABEL_AT).astype(np.float64)
    return train(X, y, weights(pages, ids), params), X


def train(X, y, w, params=None):
    data = lgb.Dataset(X, label=y, weight=w, params={"verbosity": -1, "max_bin": 255}, free_raw_data=False)
    return lgb.train(params or PARAMS, data, num_boost_round=ROUNDS)


def word_f1(got: str, want: str) -> float:
    g, r = Counter(tokens(got)), Counter(tokens(want))
    if not r:
        return 1.0 if not g else 0.0
    if not g:
        return 0.0
    overlap = sum((g & r).values())
    if overlap == 0:
        return 0.0
    p, rc = overlap / sum(g.values()), overlap / sum(r.values())
    return 2 * p * rc / (p + rc)


# The refine step's parameters (src/blocks/refine.rs), as the cross-validation simulates it.
REFINE = {"drop_below": 0.2, "add_from": 0.4, "add_until_words": math.inf, "dated_gate": True,
          "dated_add_from": math.inf, "scant_words": 60.0, "scant_add_from": 0.2}
DATED_BODY_WORDS = 50.0
# src/blocks/refine.rs LIFT_GATE_RAMP: a gated block counts none of its words at ADD_FROM (the
# add_from being simulated), all from this probability.
LIFT_GATE_RAMP_TO = 0.9
LIFT_GATE_RATIO = 5.0
RAIL_PUT_BACK_SHARE = 0.7
# Kind::never_content (a placeholder has no feature of its own: two training pages).
NEVER_ADDED = ["verdict_languages", "verdict_contents", "verdict_pagination", "verdict_reviews",
               "verdict_share", "verdict_ad", "verdict_consent", "verdict_prompt", "verdict_media",
               "verdict_banner", "verdict_form", "verdict_hidden"]


class PageArrays:
    """One page's blocks as arrays, for simulating the refine step fast."""

    def __init__(self, names, recs, ref):
        col = {n: i for i, n in enumerate(names)}
        f = np.array([r["f"] for r in recs], dtype=np.float32).reshape(len(recs), len(names))
        self.rules = f[:, col["rules_kept"]] > 0.5
        self.never = (f[:, [col[n] for n in NEVER_ADDED]] > 0.5).any(axis=1)
        # src/blocks/refine.rs: a copy of the body the duplicate check hid is never added
        # either (the dump sets "copy").
        self.never |= np.array([bool(r.get("copy")) for r in recs], dtype=bool)
        self.heading = f[:, col["is_heading"]] > 0.5
        self.hdr = np.array([bool(r.get("hdr")) for r in recs], dtype=bool)
        self.words = f[:, col["words"]]
        # src/blocks/refine.rs: a removed rail (recirculation, mostly links) is put back whole or
        # not at all. Each rail's blocks outside the rules' choice, with their linked words.
        rail = np.array([r.get("rail") if r.get("rail") is not None else -1 for r in recs], dtype=np.int64)
        rail[self.rules] = -1
        linked = self.words * f[:, col["link_share"]]
        self.rails = [m for m in (rail == r for r in np.unique(rail[rail >= 0]))
                      if linked[m].sum() >= 0.5 * self.words[m].sum()]
        self.rules_words = float(self.words[self.rules].sum())
        # src/blocks/refine.rs: a declared discussion's replies are added even when it is dated,
        # and so are blocks around a rules' choice of fewer than DATED_BODY_WORDS words.
        self.dated = (bool(recs) and bool(recs[0].get("dated", False)) and not recs[0].get("discussion", False)
                      and self.rules_words >= DATED_BODY_WORDS)
        vocab: dict[str, int] = {}
        tok, blk = [], []
        for i, r in enumerate(recs):
            for t in tokens(r["text"]):
                tok.append(vocab.setdefault(t, len(vocab)))
                blk.append(i)
        ref_ids = [vocab.setdefault(t, len(vocab)) for t in tokens(ref)]
        self.tok = np.array(tok, dtype=np.int64)
        self.blk = np.array(blk, dtype=np.int64)
        self.ref = np.bincount(np.array(ref_ids, dtype=np.int64), minlength=len(vocab))
        self.n_vocab = len(vocab)

    def f1(self, keep) -> float:
        """Word F1 of the kept blocks' text (tests/quality's metric on the blocks' text)."""
        got = np.bincount(self.tok[keep[self.blk]], minlength=self.n_vocab) if len(self.tok) else self.ref * 0
        r, g = self.ref.sum(), got.sum()
        if r == 0:
            return 1.0 if g == 0 else 0.0
        overlap = np.minimum(got, self.ref).sum()
        if g == 0 or overlap == 0:
            return 0.0
        p, rc = overlap / g, overlap / r
        return float(2 * p * rc / (p + rc))

    def choose(self, prob, drop_below, add_from, add_until_words, dated_gate, dated_add_from=math.inf,
               scant_words=REFINE["scant_words"], scant_add_from=REFINE["scant_add_from"]):
        """src/blocks/refine.rs `choose`: which blocks are kept (None: the model keeps nothing
        and the rules' choice stands)."""
        if dated_gate and self.dated:
            # ... unless the blocks it keeps out that the model is sure of dwarf the rules' body.
            # Each block counts by how sure the model is (LIFT_GATE_RAMP_TO).
            gated = (~self.rules) & (~self.never) & (~self.hdr)
            share = np.clip((prob - add_from) / (LIFT_GATE_RAMP_TO - add_from), 0.0, 1.0) * gated
            lifted = float((self.words * share).sum()) > LIFT_GATE_RATIO * self.rules_words
            gate = add_from if lifted else dated_add_from
        else:
            gate = add_from if self.rules_words < add_until_words else math.inf
        if self.rules_words < scant_words:
            # src/blocks/refine.rs: the rules found next to nothing; the model's blocks are added
            # from a lower probability.
            gate = min(gate, scant_add_from)
        t = np.where(self.rules, drop_below, np.where(self.never, math.inf, gate))
        keep = (prob >= t) & ~self.hdr
        for m in self.rails:
            if self.words[m & keep].sum() < RAIL_PUT_BACK_SHARE * self.words[m].sum():
                keep[m] = False
        cand = np.nonzero(~keep[:-1] & ~self.hdr[:-1] & self.heading[:-1] & self.rules[:-1])[0]
        for i in cand[::-1]:
            if keep[i + 1]:
                keep[i] = True
        if not keep.any():
            return None
        return keep


def cross_validate(names, pages, ys, refs, sites, types, vocab, folds=4, per_page=None):
    """Cross-validation grouped by site (a site's pages are all in one fold): page word F1 of
    the kept blocks' text (a proxy of the cleaner's output), for the rules' blocks alone and for
    the refine step (`PageArrays.choose`) over the fold model's probabilities, on a grid of its
    thresholds. With per_page (a path): also writes each page's out-of-fold figures there as TSV
    (id, type, site, rules F1, current F1, ceiling F1: the blocks labelled content kept), to find
    the pages the model loses most on without reading the validation part."""
    ids = sorted(pages)
    rows = []
    fold = site_folds(ids, sites, folds)
    grid = {"current": dict(REFINE)}
    for d in (0.1, 0.2, 0.3):
        for a in (0.3, 0.4, 0.5):
            for u in (600.0, math.inf):
                for g in (0.6, 0.7, 0.8, 0.9, math.inf):
                    grid[f"d{d} a{a} u{u:g} dated{g:g}"] = dict(
                        drop_below=d, add_from=a, add_until_words=u, dated_gate=True, dated_add_from=g)
                grid[f"d{d} a{a} u{u:g} any"] = dict(drop_below=d, add_from=a, add_until_words=u, dated_gate=False)
    grid["model only 0.5"] = dict(drop_below=0.5, add_from=0.5, add_until_words=math.inf, dated_gate=False,
                                  scant_words=0.0)
    res = defaultdict(lambda: defaultdict(list))
    params = dict(PARAMS, num_threads=2, deterministic=False)
    for k in range(folds):
        tr = [p for p in ids if fold[p] != k]
        te = [p for p in ids if fold[p] == k]
        model, _ = fit(names, pages, ys, vocab, tr, params)
        Xt = matrix(names, pages, vocab, te)
        probs = model.predict(Xt) if len(Xt) else np.zeros(0)
        at = 0
        for pid in te:
            recs = pages[pid]
            prob = probs[at : at + len(recs)]
            at += len(recs)
            pa = PageArrays(names, recs, refs[pid])
            rules_f1 = pa.f1(pa.rules)
            for key in ("all", types[pid]):
                res[key]["rules"].append(rules_f1)
            for name, cfg in grid.items():
                keep = pa.choose(prob, **cfg)
                v = rules_f1 if keep is None else pa.f1(keep)
                for key in ("all", types[pid]):
                    res[key][name].append(v)
            if per_page:
                ceiling = pa.f1(np.array(ys[pid]) >= LABEL_AT)
                rows.append(f"{pid}\t{types[pid]}\t{sites[pid]}\t{rules_f1:.3f}\t"
                            f"{res['all']['current'][-1]:.3f}\t{ceiling:.3f}\n")
        print(f"fold {k}: {len(te)} pages", file=sys.stderr)
    if per_page:
        Path(per_page).write_text("id\ttype\tsite\trules\tcurrent\tceiling\n" + "".join(sorted(rows)))
    best = sorted(grid, key=lambda c: -np.mean(res["all"][c]))[:8]
    for c in ["rules", "current"] + [b for b in best if b != "current"] + [
            c for c in grid if c.startswith("d0.2 a0.4 uinf")]:
        cells = " ".join(f"{key[:5]} {np.mean(res[key][c]):.3f}" for key in ["all"] + sorted(k for k in res if k != "all"))
        print(f"cv {c:28s} {cells}")
    return res


def f32(x: float) -> str:
    v = np.float32(x)
    if not np.isfinite(v):
        v = np.float32(np.finfo(np.float32).max) * np.float32(np.sign(x))
    return np.format_float_positional(v, unique=True, trim="0")


def flatten(model):
    """Trees as flat arrays: LightGBM's own split and leaf numbering within each tree."""
    tree_nodes, tree_leaves = [0], [0]
    feature, threshold, left, right, leaf_value = [], [], [], [], []
    for tree in model.dump_model()["tree_info"]:
        root = tree["tree_structure"]
        n_leaves = tree["num_leaves"]
        base_n, base_l = len(feature), len(leaf_value)
        feature.extend([0] * (n_leaves - 1))
        threshold.extend([0.0] * (n_leaves - 1))
        left.extend([0] * (n_leaves - 1))
        right.extend([0] * (n_leaves - 1))
        leaf_value.extend([0.0] * n_leaves)
        stack = [root]

        def child(c):
            return c["split_index"] if "split_index" in c else ~c["leaf_index"]

        while stack:
            node = stack.pop()
            if "split_index" in node:
                assert node["decision_type"] == "<=", node["decision_type"]
                assert node["missing_type"] in ("None", "NaN"), node["missing_type"]
                i = base_n + node["split_index"]
                feature[i] = node["split_feature"]
                threshold[i] = node["threshold"]
                left[i] = child(node["left_child"])
                right[i] = child(node["right_child"])
                stack.append(node["left_child"])
                stack.append(node["right_child"])
            else:
                leaf_value[base_l + node.get("leaf_index", 0)] = node["leaf_value"]
        tree_nodes.append(len(feature))
        tree_leaves.append(len(leaf_value))
    return tree_nodes, tree_leaves, feature, threshold, left, right, leaf_value


def evaluate(flat, x) -> float:
    """The Rust evaluator, in f32 (as src/blocks/model.rs computes it)."""
    tree_nodes, tree_leaves, feature, threshold, left, right, leaf_value = flat
    total = np.float32(0.0)
    for t in range(len(tree_leaves) - 1):
        n0, n1, l0 = tree_nodes[t], tree_nodes[t + 1], tree_leaves[t]
        leaf = 0
        if n1 > n0:
            node = 0
            while True:
                i = n0 + node
                c = left[i] if np.float32(x[feature[i]]) <= np.float32(threshold[i]) else right[i]
                if c >= 0:
                    node = c
                else:
                    leaf = ~c
                    break
        total = np.float32(total + np.float32(leaf_value[l0 + leaf]))
    return float(np.float32(1.0) / (np.float32(1.0) + np.exp(-total, dtype=np.float32)))


def rust_array(name: str, ty: str, values, doc: str) -> str:
    items = [str(v) for v in values]
    lines, line = [], "   "
    for it in items:
        if len(line) + len(it) + 2 > 100:
            lines.append(line)
            line = "   "
        line += " " + it + ","
    lines.append(line)
    body = "\n".join(lines) if items else ""
    return f"/// {doc}\npub const {name}: &[{ty}] = &[\n{body}\n];\n"


def write_tables(flat, vocab, n_base, path=TABLES):
    tree_nodes, tree_leaves, feature, threshold, left, right, leaf_value = flat
    assert max(feature, default=0) < 65536 and all(-32768 <= c < 32768 for c in left + right)
    out = [
        "//! GENERATED by training/train.py from the wcxb-dev training pages: do not edit.\n"
        "//! Regenerate: `training/.venv/bin/python training/train.py` (see its docstring).\n"
        f"//! {len(tree_leaves) - 1} trees, {len(feature)} internal nodes, {len(leaf_value)} leaves, "
        f"{len(vocab)} class/id tokens.\n\n"
        "#![allow(clippy::approx_constant, clippy::excessive_precision, clippy::unreadable_literal)]\n\n",
        f"/// Base features the model was trained with.\npub const N_BASE: usize = {n_base};\n",
        rust_array("VOCAB", "&str", [json.dumps(t) for t in vocab], "Class/id token vocabulary, sorted."),
        rust_array("TREE_NODES", "u32", tree_nodes, "First internal node of each tree (and one past the last)."),
        rust_array("TREE_LEAVES", "u32", tree_leaves, "First leaf of each tree (and one past the last)."),
        rust_array("FEATURE", "u16", feature, "Feature index of each internal node."),
        rust_array("THRESHOLD", "f32", [f32(t) for t in threshold], "Threshold of each internal node."),
        rust_array("LEFT", "i16", left, "Left child of each internal node (< 0: leaf `!child`)."),
        rust_array("RIGHT", "i16", right, "Right child of each internal node (< 0: leaf `!child`)."),
        rust_array("LEAF_VALUE", "f32", [f32(v) for v in leaf_value], "Leaf values (log-odds)."),
    ]
    path.write_text("\n".join(out))
    size = 4 * len(tree_nodes) + 4 * len(tree_leaves) + 10 * len(feature) + 4 * len(leaf_value)
    size += sum(len(t) + 16 for t in vocab)
    print(f"tables: {size} bytes of data, {path.stat().st_size} bytes of source")


def write_fixture(flat, model, X):
    rows = list(range(0, len(X), max(1, len(X) // 12)))[:12]
    vectors, probs, worst = [], [], 0.0
    lgb_probs = model.predict(X[rows])
    for r, lp in zip(rows, lgb_probs):
        x = X[r]
        p = evaluate(flat, x)
        worst = max(worst, abs(p - lp))
        vectors.append([(int(i), f32(x[i])) for i in np.nonzero(x)[0]])
        probs.append(f32(p))
    print(f"fixture: {len(rows)} vectors, largest difference from LightGBM {worst:.2e}")
    parts = [
        "//! GENERATED by training/train.py: feature vectors (non-zero entries) and the probability\n"
        "//! the script computed for each from the written tables. Do not edit.\n\n"
        "#![allow(clippy::approx_constant, clippy::excessive_precision, clippy::unreadable_literal)]\n\n",
        "/// (non-zero features, probability) pairs.\n",
        "pub const CASES: &[(&[(u16, f32)], f32)] = &[\n",
    ]
    for v, p in zip(vectors, probs):
        items = ", ".join(f"({i}, {x})" for i, x in v)
        parts.append(f"    (&[{items}], {p}),\n")
    parts.append("];\n")
    FIXTURE.write_text("".join(parts))


def site_folds(ids, sites, folds):
    """Each page's fold: a site's pages are all in one."""
    return {pid: int.from_bytes(hashlib.sha256((sites[pid] or pid).encode()).digest()[:4], "big") % folds
            for pid in ids}


def oof_clean(names, pages, ys, sites, vocab, out: Path, folds=4, dump: Path | None = None) -> None:
    """The cleaner itself scored out of fold: for each fold, a model trained without the fold's
    sites is written into a scratch copy of the crate (a sibling of the repository, so
    ../shared resolves; the working tree's own files are never touched), whose quality
    benchmark cleans the training pages; the fold's rows are kept. Writes the rows (the quality
    benchmark's TSV columns) to `out` and prints the mean figures per page type. About four
    minutes on two cores: four trainings, builds and benchmark runs. With `dump`, each page's
    out-of-fold text and reviewed text go there (`wcxb_ID.got.txt`, `wcxb_ID.want.txt`)."""
    scratch = copy_crate(ROOT.parent / f".{ROOT.name}-oof")
    ids = sorted(pages)
    fold = site_folds(ids, sites, folds)
    params = dict(PARAMS, num_threads=2, deterministic=False)
    env = dict(os.environ, CARGO_TARGET_DIR=str(ROOT / "target" / "oof"))
    header, rows = "", []
    try:
        for k in range(folds):
            model, _ = fit(names, pages, ys, vocab, [p for p in ids if fold[p] != k], params)
            write_tables(flatten(model), vocab, len(names), scratch / TABLES.relative_to(ROOT))
            tsv = scratch / f"fold{k}.tsv"
            fold_dump = ["--dump", str(scratch / f"dump{k}")] if dump else []
            subprocess.run(["cargo", "run", "--quiet", "--release", "--example", "quality", "--",
                            "--no-readability", "--part", "train", "--tsv", str(tsv), *fold_dump],
                           cwd=scratch, env=env, check=True, stdout=subprocess.DEVNULL)
            if dump:
                dump.mkdir(parents=True, exist_ok=True)
                for pid in (p for p in ids if fold[p] == k):
                    for kind in ("got", "want"):
                        got = scratch / f"dump{k}" / f"wcxb_{pid}.{kind}.txt"
                        if got.exists():
                            shutil.copyfile(got, dump / got.name)
            lines = tsv.read_text().splitlines()
            header = lines[0]
            rows += [line for line in lines[1:] if fold.get(line.split("\t")[0]) == k]
            print(f"fold {k}: {sum(1 for p in ids if fold[p] == k)} pages", file=sys.stderr)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    out.write_text(header + "\n" + "".join(f"{r}\n" for r in sorted(rows)))
    cols = header.split("\t")
    by = defaultdict(list)
    for r in rows:
        cells = dict(zip(cols, r.split("\t")))
        by["all"].append(cells)
        by[cells["type"]].append(cells)

    def mean(cells, key):
        vals = [float(c[key]) for c in cells if c.get(key, "-") != "-"]
        return sum(vals) / len(vals) if vals else float("nan")

    for t in ["all"] + sorted(k for k in by if k != "all"):
        print(f"oof clean {t:14s} pages {len(by[t]):4d}  F1 {mean(by[t], 'F1'):.3f}  P {mean(by[t], 'P'):.3f}  "
              f"R {mean(by[t], 'R'):.3f}  without {mean(by[t], 'without'):.3f}  opens {mean(by[t], 'opens'):.3f}")


def compare_oof(base: Path, new: Path, flips: int = 8) -> None:
    """Mean F1 per page type, before -> after, on the pages both `--oof-clean` TSVs scored (a
    change to what the dump holds can add pages), and the pages that moved most."""
    def rows(path):
        lines = path.read_text().splitlines()
        cols = lines[0].split("\t")
        return {r[0]: dict(zip(cols, r)) for r in (line.split("\t") for line in lines[1:])}
    a, b = rows(base), rows(new)
    common = sorted(set(a) & set(b))
    if not common:
        print("oof compare: no page in common")
        return
    by = defaultdict(list)
    for pid in common:
        by["all"].append(pid)
        by[a[pid]["type"]].append(pid)
    for t in ["all"] + sorted(k for k in by if k != "all"):
        ids = by[t]
        old = sum(float(a[p]["F1"]) for p in ids) / len(ids)
        now = sum(float(b[p]["F1"]) for p in ids) / len(ids)
        print(f"oof compare {t:14s} pages {len(ids):4d}  F1 {old:.4f} -> {now:.4f} ({now - old:+.4f})")
    moved = sorted(common, key=lambda p: abs(float(b[p]["F1"]) - float(a[p]["F1"])), reverse=True)
    print("oof compare, moved most: " + ", ".join(
        f"{p} {a[p]['type']} {float(a[p]['F1']):.2f}->{float(b[p]['F1']):.2f}" for p in moved[:flips]))
    print(f"oof compare: {len(set(b) - set(a))} pages only in the new run, {len(set(a) - set(b))} only in the base")


def score(meta, validation) -> None:
    """The cleaner's text (block model off and on) scored as WCXB does, per part and type."""
    out = CACHE / "clean.jsonl"
    subprocess.run(
        ["cargo", "run", "--quiet", "--release", "--example", "blocks_dump", "--", "--clean",
         str(CACHE / "html"), str(out)],
        cwd=ROOT,
        check=True,
    )
    res = defaultdict(lambda: [[], []])
    with out.open() as f:
        for line in f:
            r = json.loads(line)
            if "page" not in r:
                continue
            pid = r["page"]
            gt = json.loads((CORPUS / "ground-truth" / f"{pid}.json").read_text())["ground_truth"]
            ref = gt.get("main_content") or ""
            part = "validation" if pid in validation else "training"
            for key in (part, f"{part} {meta[pid]['page_type']}"):
                res[key][0].append(word_f1(r["rules"], ref))
                res[key][1].append(word_f1(r["model"], ref))
    for key in sorted(res):
        rules, model = res[key]
        print(f"{key:26s} pages {len(rules):4d}  rules {np.mean(rules):.3f}  model {np.mean(model):.3f}")


def main() -> None:
    global ROUNDS
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv", action="store_true", help="also print 4-fold cross-validation by site")
    ap.add_argument("--no-dump", action="store_true", help="reuse training/.cache/blocks.jsonl")
    ap.add_argument("--blocks", type=Path, help="with --no-dump: read this dump instead")
    ap.add_argument("--score", action="store_true", help="only score the cleaner, rules vs model")
    ap.add_argument("--cv-only", action="store_true", help="cross-validate, write nothing")
    ap.add_argument("--rounds", type=int, help=f"boosting rounds (default {ROUNDS})")
    ap.add_argument("--leaves", type=int, help=f"leaves per tree (default {PARAMS['num_leaves']})")
    ap.add_argument("--folds", type=int, default=4, help="cross-validation folds (default 4)")
    ap.add_argument("--cv-pages", type=Path, help="with --cv/--cv-only: write each page's out-of-fold F1 here (TSV)")
    ap.add_argument("--oof-clean", type=Path, help="score the cleaner itself out of fold, rows to this TSV; write nothing else")
    ap.add_argument("--oof-dump", type=Path, help="with --oof-clean: each page's out-of-fold text and reviewed text to this folder")
    ap.add_argument("--oof-base", type=Path, help="with --oof-clean: compare with this earlier --oof-clean TSV, on the pages both scored")
    ap.add_argument("--seed", type=int, help=f"LightGBM's seed (default {PARAMS['seed']}; another seed shows the noise floor)")
    args = ap.parse_args()
    if args.rounds:
        ROUNDS = args.rounds
    if args.leaves:
        PARAMS["num_leaves"] = args.leaves
    if args.seed is not None:
        PARAMS["seed"] = args.seed

    meta = json.loads((CORPUS / "metadata.json").read_text())["files"]
    validation = set((ROOT / "training" / "wcxb-validation.txt").read_text().split())
    training = {pid for pid in meta if pid not in validation}
    if args.score:
        score(meta, validation)
        return
    path = (args.blocks or CACHE / "blocks.jsonl") if args.no_dump else dump(meta)
    names, pages = load(path, training)
    refs, sites, types, ys = {}, {}, {}, {}
    for pid in sorted(pages):
        gt = json.loads((CORPUS / "ground-truth" / f"{pid}.json").read_text())["ground_truth"]
        refs[pid] = gt.get("main_content") or ""
        ref = tokens(refs[pid])
        grams = {n: {tuple(ref[i : i + n]) for i in range(len(ref) - n + 1)} for n in (1, 2, 3)}
        ys[pid] = [label(tokens(r["text"]), grams) for r in pages[pid]]
        sites[pid] = meta[pid]["domain"]
        types[pid] = meta[pid]["page_type"]
    ids = sorted(pages)
    print(f"{len(ids)} training pages, {sum(len(pages[p]) for p in ids)} blocks")
    vocab = choose_vocab(pages, ys, sites)
    if args.oof_clean:
        oof_clean(names, pages, ys, sites, vocab, args.oof_clean, args.folds, args.oof_dump)
        if args.oof_base:
            compare_oof(args.oof_base, args.oof_clean)
        return
    if args.cv or args.cv_only:
        cross_validate(names, pages, ys, refs, sites, types, vocab, args.folds, args.cv_pages)
    if args.cv_only:
        return
    print(f"positive share {np.mean([v >= LABEL_AT for p in ids for v in ys[p]]):.3f}")
    model, X = fit(names, pages, ys, vocab, ids)
    flat = flatten(model)
    write_tables(flat, vocab, len(names))
    write_fixture(flat, model, X)
    gain = model.feature_importance("gain")
    cols = names + [f"own:{t}" for t in vocab] + [f"anc:{t}" for t in vocab]
    top = sorted(zip(gain, cols), reverse=True)[:15]
    total = gain.sum() or 1.0
    print("top features by gain: " + ", ".join(f"{c} {g / total:.1%}" for g, c in top))


if __name__ == "__main__":
    sys.exit(main())
