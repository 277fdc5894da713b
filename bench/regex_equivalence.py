"""A rule's regexes rewritten for speed give the same matches: span and text, on every text.

    .venv/bin/python bench/regex_equivalence.py RULE_ID [--rev HEAD] [--extra DIR ...]

Reads rule RULE_ID's `regex` list from classifiers/rules/<lang>.toml at git revision --rev
and from the working tree, and runs both on the subject and body of every .eml and every
voicemail transcript under tests/fixtures, bench/heldout and each --extra folder (raw and
lower-cased, as the engine may run either), every string constant of the tests in
tests/classifiers (the sentences each rule was written for, and its near misses), plus a
few long synthetic texts. Prints the
number of texts, matches and differences, and each version's total time: a rewrite that
moves no match cannot move a level. `bench/classify_equivalence.py` does this for an engine
change (it compares whole classifications against a reference copy of the package).
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from classify_texts import repeated_5kb, varied_5kb  # noqa: E402

from frontdesk.cli.classify import load_email_file  # noqa: E402

_SMTP_LOAD_LINE = "The payment page shows an error after the last update, customers cannot pay.\n"


def rule_regexes(source: str, rule_id: str) -> list[re.Pattern[str]]:
    for rule in tomllib.loads(source).get("rule", []):
        if rule["id"] == rule_id:
            return [re.compile(r, re.IGNORECASE) for r in rule.get("regex", [])]
    raise SystemExit(f"regex_equivalence: no rule {rule_id!r}")


def texts(folders: list[Path]) -> list[str]:
    out: list[str] = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix == ".eml":
                try:
                    message = load_email_file(path)
                except Exception:  # a file the evaluation cannot read either
                    continue
                out += [message.text.subject or "", message.text.body or ""]
            elif path.suffix == ".txt" and "transcripts" in path.parts:
                out.append(path.read_text(errors="replace"))
    for test_file in sorted((ROOT / "tests" / "classifiers").rglob("*.py")):
        tree = ast.parse(test_file.read_text())
        out += [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        ]
    for long_text in (repeated_5kb(), varied_5kb()):
        out += [long_text.subject or "", long_text.body or ""]
    out.append(_SMTP_LOAD_LINE * 64)  # bench/smtp_load.py's body
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rule_id")
    parser.add_argument("--rev", default="HEAD", help="the git revision to compare with")
    parser.add_argument("--extra", type=Path, action="append", default=[])
    args = parser.parse_args()
    lang = args.rule_id.split(".")[0]
    path = f"classifiers/rules/{lang}.toml"
    old_source = subprocess.run(
        ["git", "show", f"{args.rev}:{path}"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    old = rule_regexes(old_source, args.rule_id)
    new = rule_regexes((ROOT / path).read_text(), args.rule_id)
    if len(old) != len(new):
        raise SystemExit(f"regex_equivalence: {len(old)} regexes at {args.rev}, {len(new)} now")
    corpus = texts([ROOT / "tests" / "fixtures", ROOT / "bench" / "heldout", *args.extra])
    matches = differences = 0
    old_s = new_s = 0.0
    for text in corpus:
        for variant in (text, text.lower()):
            for before, after in zip(old, new, strict=True):
                t0 = time.perf_counter()
                a = [(m.span(), m.group()) for m in before.finditer(variant)]
                t1 = time.perf_counter()
                b = [(m.span(), m.group()) for m in after.finditer(variant)]
                old_s += t1 - t0
                new_s += time.perf_counter() - t1
                matches += len(a)
                if a != b:
                    differences += 1
                    print(f"difference: {a} -> {b} in {variant[:100]!r}")
    print(
        f"{args.rule_id}: {len(corpus)} texts x 2 (raw, lower-cased), {matches} matches, "
        f"{differences} differences; {args.rev} {old_s:.3f} s, working tree {new_s:.3f} s"
    )
    return 1 if differences else 0


if __name__ == "__main__":
    raise SystemExit(main())
