"""Which labelled messages a change of the classifier moves, and whether toward their label.

The level-move check every rule change goes through before review: run bench/classify_levels.py
of two checkouts (each with its own code and rules on PYTHONPATH) over the same folders, and
compare each message's level with its label, the name of the folder it lies in (`critical/`,
`urgent/`, `standard/`, `low/`; a transcript under `transcripts/<level>/`):

    .venv/bin/python bench/classify_moves.py OLD_CHECKOUT NEW_CHECKOUT [FOLDER ...]

With no folders: the corpus fixtures, ../shared/corpora and the open held-out batches (the
blind ones, named in BLIND below, are never read). A probe set written for a review is a
folder laid out the same way. Prints one line per moved message (TOWARD: the new level is
nearer its label; AWAY: further; SIDE: as far, on the other side; UNLABELLED: no label) and
a summary. Exit 1 when any message moved AWAY, so a script can stop on it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
RANK = {"low": 0, "standard": 1, "urgent": 2, "critical": 3}
# Held-out batches no rule may be written from: their files are not read here.
BLIND = {"batch72", "batch73", "batch77"}


def default_folders() -> list[Path]:
    folders = [
        HERE.parent / "tests" / "fixtures" / "corpus",
        HERE.parents[1] / "shared" / "corpora",
    ]
    for batch in sorted((HERE / "heldout").glob("batch*")):
        if batch.name not in BLIND:
            folders.append(batch)
    return [f for f in folders if f.is_dir()]


def start_levels(checkout: Path, folders: list[Path]) -> subprocess.Popen[str]:
    """bench/classify_levels.py of `checkout`, with its own code and rules, started."""
    return subprocess.Popen(
        [sys.executable, str(checkout / "bench" / "classify_levels.py"), *map(str, folders)],
        env={**os.environ, "PYTHONPATH": str(checkout)},
        stdout=subprocess.PIPE,
        text=True,
    )


def levels(run: subprocess.Popen[str], checkout: Path) -> dict[str, str]:
    """path -> level, from `checkout`'s started classify_levels.py."""
    out, _ = run.communicate()
    if run.returncode:
        raise SystemExit(
            f"classify_moves: classify_levels.py of {checkout} exited {run.returncode}"
        )
    return dict(line.split("\t", 1) for line in out.splitlines() if "\t" in line)


def label(path: str) -> str | None:
    parent = Path(path).parent.name
    return parent if parent in RANK else None


def move(old: str, new: str, wanted: str | None) -> str:
    if wanted is None or old not in RANK or new not in RANK:
        return "UNLABELLED"
    before, after = abs(RANK[old] - RANK[wanted]), abs(RANK[new] - RANK[wanted])
    return "TOWARD" if after < before else "AWAY" if after > before else "SIDE"


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    old_checkout, new_checkout = Path(argv[0]).resolve(), Path(argv[1]).resolve()
    folders = [Path(f).resolve() for f in argv[2:]] or default_folders()
    for folder in folders:
        if folder.name in BLIND:
            print(f"classify_moves: {folder} is a blind batch; not read", file=sys.stderr)
            return 2
    # the two at once: one per core
    runs = start_levels(old_checkout, folders), start_levels(new_checkout, folders)
    old, new = levels(runs[0], old_checkout), levels(runs[1], new_checkout)
    moves: Counter[str] = Counter()
    for path in sorted(old.keys() & new.keys()):
        if old[path] != new[path]:
            kind = move(old[path], new[path], label(path))
            moves[kind] += 1
            print(f"{kind:10s} {old[path]:>8s} -> {new[path]:8s} label {label(path)}  {path}")
    print(f"files {len(old.keys() & new.keys())}; moves: {dict(moves) or 'none'}")
    return 1 if moves["AWAY"] else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
