"""Does this checkout's classifier give the same results as a reference copy of it?

    .venv/bin/python bench/classify_equivalence.py --ref /tmp/ref [--explain] [--extra DIR ...]

`--ref` is a folder holding `classifiers_ref/`: a copy of an earlier `classifiers/` package
with its `from classifiers.` imports renamed (see the function `make_ref` below, or
`--make-ref DIR` to write one from this checkout). Both engines get the SAME rule texts,
read once from classifiers/rules/ (the rule files change while others work), each compiled
by its own package. Every message of tests/fixtures/corpus (all labels, transcripts,
automated) and every .eml under the `--extra` folders is classified by both, cold and then
again with warm caches, plus variants that stress other paths: each email body read as a
transcript (fuzzy matching), bodies repeated, neighbours concatenated, the 5 KB bench texts.
Compared: severity, language, and every fired rule (id, level, field, matched, weight); and
the new text (quoting.new_text) of every body. `--explain` runs this checkout's classify() with
`explain=True` (the reference's as it is): asking for the explanation changes no result.
Exit 1 on any difference.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from classify_texts import repeated_5kb, varied_5kb  # noqa: E402

from classifiers.evaluation import load_corpus  # noqa: E402
from classifiers.model import MessageText  # noqa: E402
from classifiers.rules import SHIPPED_FILES  # noqa: E402
from frontdesk.cli.classify import load_email_bytes, load_email_file  # noqa: E402


def make_ref(dest: Path) -> None:
    """Copy this checkout's classifiers/ to dest/classifiers_ref (imports renamed)."""
    target = dest / "classifiers_ref"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(ROOT / "classifiers", target, ignore=shutil.ignore_patterns("__pycache__"))
    for py in target.rglob("*.py"):  # the steps subpackage too
        text = py.read_text(encoding="utf-8")
        text = text.replace("from classifiers.", "from classifiers_ref.")
        text = text.replace('resources.files("classifiers")', 'resources.files("classifiers_ref")')
        py.write_text(text, encoding="utf-8")


def rules_from(package: str, texts: list[tuple[str, str]]) -> Any:
    """`package`'s load_rules() over the given rule texts instead of its own files."""
    rules_mod: ModuleType = importlib.import_module(f"{package}.rules")
    rules_mod._shipped = lambda: list(texts)  # type: ignore[attr-defined]
    return rules_mod.load_rules()


def rule_texts() -> list[tuple[str, str]]:
    """The shipped rule files' texts as they are now (read once: they change under us)."""
    base = ROOT / "classifiers" / "rules"
    return [(f"classifiers/rules/{n}", (base / n).read_text("utf-8")) for n in SHIPPED_FILES]


def result_key(c: Any) -> tuple[Any, ...]:
    return (
        c.severity,
        c.language,
        tuple((r.id, r.level, r.field, r.matched, r.weight) for r in c.rules),
    )


def messages(extra: list[Path]) -> list[tuple[str, MessageText]]:
    out: list[tuple[str, MessageText]] = []
    corpus = load_corpus(ROOT / "tests" / "fixtures" / "corpus", load_email_file)
    out += [(str(m.path.relative_to(ROOT)), m.text) for m in corpus]
    for folder in extra:
        for path in sorted(folder.rglob("*.eml")):
            try:
                loaded = load_email_bytes(path.read_bytes(), path)
            except Exception as exc:
                print(f"skipped {path}: {exc}", file=sys.stderr)
                continue
            out.append((str(path), loaded.text))
    emails = [(name, t) for name, t in out if t.transcript is None and t.body]
    for k, (name, t) in enumerate(emails):
        # the same words through the fuzzy scanner, alternately marked uncertain
        text = f"{t.subject}. {t.body}"
        out.append(
            (
                f"{name} as transcript",
                MessageText(
                    transcript=text, language=t.language, from_transcript_uncertain=k % 2 == 1
                ),
            )
        )
        if k % 3 == 0:
            out.append((f"{name} x4", MessageText(subject=t.subject, body="\n".join([t.body] * 4))))
        if k % 5 == 0 and k + 3 < len(emails):
            body = "\n\n".join(e.body for _, e in emails[k : k + 4])
            out.append((f"{name} +3 next", MessageText(subject=t.subject, body=body)))
    out += [("bench repeated 5 KB", repeated_5kb()), ("bench varied 5 KB", varied_5kb())]
    out.append(("bench varied 5 KB as transcript", MessageText(transcript=varied_5kb().body)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ref", type=Path, help="folder holding classifiers_ref/")
    parser.add_argument("--make-ref", type=Path, help="write classifiers_ref/ here and stop")
    parser.add_argument("--extra", type=Path, action="append", default=[], help=".eml folder")
    parser.add_argument("--explain", action="store_true", help="classify(..., explain=True) here")
    args = parser.parse_args()
    if args.make_ref:
        make_ref(args.make_ref)
        return 0
    if args.ref is None:
        parser.error("--ref is required")
    sys.path.insert(0, str(args.ref))
    texts = rule_texts()
    ref_classify = importlib.import_module("classifiers_ref.engine").classify
    new_classify = functools.partial(
        importlib.import_module("classifiers.engine").classify, explain=args.explain
    )
    ref_rules, new_rules = rules_from("classifiers_ref", texts), rules_from("classifiers", texts)
    todo = messages(args.extra)
    diffs = 0
    # the new text of every body, on its own (classify reads it, but not all of it counts)
    ref_new_text = importlib.import_module("classifiers_ref.quoting").new_text
    new_new_text = importlib.import_module("classifiers.quoting").new_text
    for name, msg in todo:
        if msg.body and ref_new_text(msg.body) != new_new_text(msg.body):
            diffs += 1
            print(f"DIFF new_text {name}")
    for rnd in ("cold", "warm"):
        for name, msg in todo:
            want = result_key(ref_classify(msg, ref_rules))
            got = result_key(new_classify(msg, new_rules))
            if want != got:
                diffs += 1
                if diffs <= 20:
                    print(f"DIFF ({rnd}) {name}\n  ref: {want}\n  new: {got}")
    print(f"{len(ref_rules.rules)} rules; {len(todo)} messages x 2 rounds; {diffs} differences")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
