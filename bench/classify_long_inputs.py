"""Seconds to classify long, odd inputs: the worst cases a regex can make quadratic.

A mail of one 20 KB sentence without a full stop (pasted logs, a form's output, a rant) is
read by every rule whose regex scans a sentence from each of its positions; such a regex
costs the square of the sentence's length. This prints the time of one classification of
each input, cold and warm, so a rule change that makes one of them slow shows here (tests
never time anything).

    .venv/bin/python bench/classify_long_inputs.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from classifiers import MessageText, classify, load_rules

_CLAUSE = (
    "Hello, we noticed something odd on our website yesterday and wanted to ask you about it "
    "in some detail, because our customers and staff keep mentioning it in emails and calls "
)


def inputs() -> dict[str, str]:
    one_sentence = (_CLAUSE * 120)[:20_000]
    return {
        "20 KB, one sentence": one_sentence,
        "20 KB, one sentence, then setup.exe": one_sentence + " Please put setup.exe online.",
        "20 KB, one sentence, orders and payments": one_sentence.replace(
            "customers", "orders and payments"
        ),
        "20 KB, one sentence, Dutch": (
            "Hallo, we zien sinds gisteren iets vreemds op de website en de bestellingen en "
            "betalingen van onze klanten lopen anders dan anders " * 150
        )[:20_000],
        "20 KB, no spaces": "x" * 20_000,
        "20 KB, one line per word": "\n".join(_CLAUSE.split() * 150)[:20_000],
        # clauses a rule's look-ahead crossed to the sentence's end from each clause start
        "20 KB, one sentence of ';' clauses with 'can'": (
            "customers can pay by card; we can ship today; " * 430
        )[:19_970]
        + "; you can't open the site",
        # a dotted run a look-ahead rescanned from each ".no" to its end
        "20 KB, '.no' repeated": ("shop" + ".no" * 7_000)[:20_000],
    }


def main() -> int:
    rules = load_rules()
    for name, body in inputs().items():
        times = []
        for _ in range(2):
            start = time.perf_counter()
            level = classify(MessageText(subject="", body=body), rules).severity
            times.append(time.perf_counter() - start)
        print(f"{name:44s} {level:9s} cold {times[0]:7.3f} s  warm {times[1]:7.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
