"""A scratch copy of the crate, for the training scripts that run the quality benchmark on
something the working tree must not hold (a fold's model, a shifted corpus).

Copies what the benchmark builds from (not `target/`, not the extension) to a folder the caller
chooses; never touches the working tree. Standard library only.
"""

import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What `cargo run --example quality` builds and reads.
PARTS = ("Cargo.toml", "Cargo.lock", "src", "examples", "tests", "training/wcxb-validation.txt")


def copy_crate(dest: Path) -> Path:
    """Copies the crate to `dest` (emptied first) and returns it. The benchmark finds the corpus
    through its crate's path, compiled in (`../shared` beside it), and a copy keeps its sources'
    times: the example is touched so a build reusing a target folder builds it again for this
    path rather than run one compiled for another."""
    shutil.rmtree(dest, ignore_errors=True)
    for part in PARTS:
        src, dst = ROOT / part, dest / part
        dst.parent.mkdir(parents=True, exist_ok=True)
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, dst)
    os.utime(dest / "examples" / "quality.rs")
    return dest
