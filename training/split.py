"""Fixes the wcxb-dev validation part once: about 20 % of each page type, whole sites at a time.

Pages are grouped by domain (a site's pages share templates, so a site seen in training would
flatter the validation figure); within each page type, sites are taken in the order of a hash of
their domain until the type's share is reached. A site is in one part only.

Run from the repository root: `python3 training/split.py > training/wcxb-validation.txt`.
The choice depends only on the ids and page types (no randomness, no clock), so rerunning it
reproduces the committed list. Tune on the other pages only; report both parts.
"""
import hashlib
import json
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "wcxb-dev"
SHARE = 0.20


def main() -> None:
    meta = json.loads((CORPUS / "metadata.json").read_text())
    by_type: dict[str, list[str]] = {}
    for page_id, info in meta["files"].items():
        by_type.setdefault(info["page_type"], []).append(page_id)
    files = meta["files"]

    def site_key(page_id: str) -> str:
        return hashlib.sha256(f"declutter-validation:{files[page_id]['domain']}".encode()).hexdigest()

    chosen_sites: set[str] = set()
    excluded_sites: set[str] = set()
    for page_type, ids in sorted(by_type.items()):
        ids.sort(key=lambda i: (site_key(i), i))
        want = round(len(ids) * SHARE)
        have = sum(1 for i in ids if files[i]["domain"] in chosen_sites)
        for i in ids:
            site = files[i]["domain"]
            if have >= want:
                break
            if site in chosen_sites or site in excluded_sites:
                continue
            chosen_sites.add(site)
            have += sum(1 for j in ids if files[j]["domain"] == site)
        # Sites passed over for this type stay in training for every type.
        excluded_sites |= {files[i]["domain"] for i in ids if files[i]["domain"] not in chosen_sites}
    chosen = sorted((i, info["page_type"]) for i, info in files.items() if info["domain"] in chosen_sites)
    print("# wcxb-dev validation part: never tune on these pages (training/split.py wrote this list)")
    for page_id, page_type in chosen:
        print(f"{page_id}\t{page_type}")
    print(f"{len(chosen)} validation pages", file=sys.stderr)


if __name__ == "__main__":
    main()
