"""Issue 5 targets on the project's labelled corpus; fails when a rule change drops them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from classifiers.evaluation import TARGETS, evaluate, load_corpus
from frontdesk.cli.classify import load_email_file

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
OWN_DOMAIN = "frontdesk.agency.example"


def test_corpus_has_the_size_and_spread_the_issue_asks_for() -> None:
    emails = [
        p
        for level in ("critical", "urgent", "standard", "low")
        for p in (CORPUS / level).glob("*.eml")
    ]
    assert len(emails) >= 160
    spread = Counter((p.parent.name, p.name.split("_")[0]) for p in emails)
    for level in ("critical", "urgent", "standard", "low"):
        for lang in ("en", "nl", "de", "no"):
            assert spread[(level, lang)] >= 8, (level, lang)
    assert len(list((CORPUS / "automated").glob("*.eml"))) >= 20
    assert len(list((CORPUS / "transcripts").glob("*/*.txt"))) >= 20


def test_classifier_meets_the_issue_targets_on_the_corpus() -> None:
    report = evaluate(load_corpus(CORPUS, load_email_file), None, [OWN_DOMAIN])
    figures = report.figures()
    for name, goal in TARGETS.items():
        assert figures[name] >= goal, f"{name} {figures[name]:.3f} < {goal}\n{report.render()}"
    assert report.false_automated() == 0
