"""Instructions per classification of a typical email, counted by valgrind: issue 5's speed
figure in a unit that does not drift with the machine's load.

bench/classify_speed.py gives classifications per second, which move by a third between runs
of the same code on this shared 2-core machine. callgrind counts executed instructions
instead: the same for the same code and input whatever else runs, so it says whether a rule
or engine change made classifying cheaper or dearer.

The emails of the labelled corpus (tests/fixtures/corpus, as classify_speed.py reads them;
every --every'th, to keep valgrind's 50-fold slowdown bearable) are parsed here, outside
valgrind, and handed to two runs under it: `warm` compiles the shipped rules and classifies
each email once (filling the per-word caches, as a running daemon has them); `measured` does
the same and then classifies each email once more. Their difference, per email, is the cost
of one classification with warm caches.

    .venv/bin/python bench/classify_instructions.py [--every 3]

To compare two commits, run it in a worktree of each (PYTHONPATH=. from that worktree).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from worker_instructions import callgrind_instructions  # noqa: E402


def inner(stage: str, texts: Path) -> None:
    from classifiers import MessageText, classify, load_rules

    emails = [MessageText(**fields) for fields in json.loads(texts.read_text(encoding="utf-8"))]
    rules = load_rules([], [])
    for _ in range(2 if stage == "measured" else 1):
        for m in emails:
            classify(m, rules)


def instructions(stage: str, texts: Path) -> int:
    args = [__file__, "--inner", stage, "--texts", str(texts)]
    return callgrind_instructions(args, stage, {"PYTHONPATH": str(ROOT)})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=3, help="take every N-th corpus email")
    parser.add_argument("--inner", choices=["warm", "measured"], help=argparse.SUPPRESS)
    parser.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        inner(args.inner, args.texts)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install -y valgrind)", file=sys.stderr)
        return 2
    from classifiers.evaluation import load_corpus
    from frontdesk.cli.classify import load_email_file

    corpus = ROOT / "tests" / "fixtures" / "corpus"
    loaded = [m.text for m in load_corpus(corpus, load_email_file) if m.label != "automated"]
    emails = [m for m in loaded if m.transcript is None][:: max(1, args.every)]
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / "emails.json"
        texts.write_text(json.dumps([dataclasses.asdict(m) for m in emails]), encoding="utf-8")
        warm = instructions("warm", texts)
        measured = instructions("measured", texts)
    print(
        f"{len(emails)} corpus emails (1 in {args.every}), classified with warm caches: "
        f"{(measured - warm) / len(emails) / 1e6:.3f} million instructions per email"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
