"""Classifications per second for typical support emails, in one process.

    .venv/bin/python bench/classify_speed.py [--seconds 5] [--ref /tmp/ref]

Uses the project's labelled corpus (tests/fixtures/corpus, parsed once up front, as the
pipeline hands the classifier already-parsed text) and the shipped rules. Prints the rate by
wall clock and by this process's CPU time: the machine is shared, so the CPU figure is the
one that says what one core can do. Then the time of one classification of the 5 KB texts
in bench/classify_texts.py (the throughput benchmarks' repeated sentence, and a varied mail).
Last, the issue's own figure: typical emails classified by `--processes` processes at once
(default 2, one per core of the target machine), their classifications summed over the wall
time of the slowest.

`--ref DIR` measures a reference copy of the package instead (DIR/classifiers_ref, written by
`bench/classify_equivalence.py --make-ref DIR`) on the same rule files: alternate runs of
both to compare on a shared machine.
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from classify_equivalence import rule_texts, rules_from  # noqa: E402
from classify_texts import repeated_5kb, varied_5kb  # noqa: E402

from classifiers.evaluation import load_corpus  # noqa: E402
from classifiers.model import MessageText  # noqa: E402
from frontdesk.cli.classify import load_email_file  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to measure")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=ROOT / "tests" / "fixtures" / "corpus",
        help="labelled folder",
    )
    parser.add_argument("--ref", type=Path, help="measure DIR/classifiers_ref instead")
    parser.add_argument(
        "--processes", type=int, default=2, help="processes classifying at once (last figure)"
    )
    args = parser.parse_args()

    package = "classifiers"
    if args.ref is not None:
        sys.path.insert(0, str(args.ref))
        package = "classifiers_ref"
    classify = importlib.import_module(f"{package}.engine").classify
    loaded = [m.text for m in load_corpus(args.corpus, load_email_file) if m.label != "automated"]
    if not loaded:
        print(f"no messages under {args.corpus}", file=sys.stderr)
        return 2
    rules = rules_from(package, rule_texts())  # compiled once, as the daemon does
    for m in loaded:  # warm the per-word caches, as a running daemon has them
        classify(m, rules)
    print(f"{package}: {len(rules.rules)} rules; corpus {args.corpus}")
    emails = [m for m in loaded if m.transcript is None]
    # Long reports (~2.2 KB: several corpus bodies in one mail) show how scanning scales.
    long_mails = [
        MessageText(
            subject=emails[k].subject, body="\n\n".join(e.body for e in emails[k : k + 30])[:2200]
        )
        for k in range(0, max(1, len(emails) - 30), max(1, len(emails) // 20))
    ]
    for m in long_mails:
        classify(m, rules)
    groups = {
        "emails": emails,
        "long emails (~2.2 KB)": long_mails,
        "voicemail transcripts (fuzzy matching)": [m for m in loaded if m.transcript is not None],
    }
    for name, messages in groups.items():
        if not messages:
            continue
        sizes = [len(m.subject) + len(m.body) + len(m.transcript or "") for m in messages]
        done, wall, cpu = _classify_rounds(classify, rules, messages, args.seconds)
        print(
            f"{name}: {len(messages)} distinct, median {statistics.median(sizes):.0f} chars, "
            f"{done} classifications"
        )
        print(f"  wall: {done / wall:,.0f} classifications/s ({wall:.2f} s)")
        print(f"  cpu:  {done / cpu:,.0f} classifications/s per core ({cpu:.2f} s CPU)")
    for name, msg in (("5 KB repeated sentence", repeated_5kb()), ("5 KB varied", varied_5kb())):
        classify(msg, rules)
        done = 0
        cpu0 = time.process_time()
        while time.process_time() - cpu0 < args.seconds / 5:
            classify(msg, rules)
            done += 1
        cpu = time.process_time() - cpu0
        print(f"{name} ({len(msg.body)} chars): {cpu / done * 1000:.2f} ms CPU per classification")
    if args.processes >= 1:
        done, wall = _rate_in_processes(classify, rules, emails, args.seconds, args.processes)
        print(
            f"emails in {args.processes} processes at once: {done / wall:,.0f} "
            f"classifications/s ({done} in {wall:.2f} s)"
        )
    print("target (issue 5): >= 2,000/s for typical emails on 2 cores")
    # What a worker's budget for 5 KB mail asks of the engine (issue 3), not issue 5's.
    print("engine goals: >= 4,000/s emails, >= 1,000/s transcripts, 5 KB texts < 1.5 ms")
    return 0


def _classify_for(
    classify: Any, rules: Any, messages: list[Any], seconds: float, start: Any, out: Any
) -> None:
    """One child: wait for the others, classify round after round for `seconds`, report."""
    start.wait()
    done, wall, _cpu = _classify_rounds(classify, rules, messages, seconds)
    out.send((done, wall))


def _classify_rounds(
    classify: Any, rules: Any, messages: list[Any], seconds: float
) -> tuple[int, float, float]:
    """Classify `messages` round after round for `seconds`: how many, wall and CPU time."""
    done = 0
    wall0, cpu0 = time.perf_counter(), time.process_time()
    while time.perf_counter() - wall0 < seconds:
        for m in messages:
            classify(m, rules)
        done += len(messages)
    return done, time.perf_counter() - wall0, time.process_time() - cpu0


def _rate_in_processes(
    classify: Any, rules: Any, messages: list[Any], seconds: float, processes: int
) -> tuple[int, float]:
    """Classifications done by `processes` forked children at once, and the longest wall time.

    Forked after the warm-up, so every child starts with the compiled rules and warm caches,
    as each worker process of a running daemon has them."""
    ctx = multiprocessing.get_context("fork")
    start = ctx.Barrier(processes)
    pipes = [ctx.Pipe(duplex=False) for _ in range(processes)]
    children = [
        ctx.Process(target=_classify_for, args=(classify, rules, messages, seconds, start, w))
        for _, w in pipes
    ]
    for child in children:
        child.start()
    results = [r.recv() for r, _ in pipes]
    for child in children:
        child.join()
    return sum(d for d, _ in results), max(w for _, w in results)


if __name__ == "__main__":
    sys.exit(main())
