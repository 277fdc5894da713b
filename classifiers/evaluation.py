"""Evaluation over a labelled folder: <level>/*.eml, automated/*.eml, transcripts/<level>/*.txt.

Pure over loaded messages; `load_corpus` is the only part that reads files. Used by
`frontdesk eval`, bench/classify_eval.py and the corpus-targets test.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from classifiers.model import LEVELS, Classification, MessageText
from classifiers.rules import RuleSet

TARGETS = {
    "critical_recall": 0.97,
    "critical_precision": 0.90,
    "accuracy": 0.85,
    "automated_recognised": 0.95,
}


@dataclass(frozen=True)
class LoadedMessage:
    path: Path
    label: str  # a level, or "automated"
    text: MessageText
    headers: Any = None  # email.message.Message for .eml files
    sender: str | None = None


@dataclass
class Outcome:
    path: Path
    label: str
    predicted: str
    classification: Classification | None
    automated: str | None


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def graded(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.label in LEVELS]

    def confusion(self) -> dict[str, dict[str, int]]:
        matrix = {t: {p: 0 for p in (*LEVELS, "automated")} for t in LEVELS}
        for o in self.graded:
            matrix[o.label][o.predicted] += 1
        return matrix

    def precision(self, level: str) -> float:
        predicted = [o for o in self.graded if o.predicted == level]
        return sum(o.label == level for o in predicted) / len(predicted) if predicted else 1.0

    def recall(self, level: str) -> float:
        actual = [o for o in self.graded if o.label == level]
        return sum(o.predicted == level for o in actual) / len(actual) if actual else 1.0

    def accuracy(self) -> float:
        graded = self.graded
        return sum(o.predicted == o.label for o in graded) / len(graded) if graded else 1.0

    def automated_recognised(self) -> float:
        auto = [o for o in self.outcomes if o.label == "automated"]
        return sum(o.automated is not None for o in auto) / len(auto) if auto else 1.0

    def false_automated(self) -> int:
        return sum(o.predicted == "automated" for o in self.graded)

    def figures(self) -> dict[str, float]:
        return {
            "critical_recall": self.recall("critical"),
            "critical_precision": self.precision("critical"),
            "accuracy": self.accuracy(),
            "automated_recognised": self.automated_recognised(),
        }

    def missed_targets(self) -> list[str]:
        figures = self.figures()
        return [
            f"{name} {figures[name]:.3f} < {goal:.2f}"
            for name, goal in TARGETS.items()
            if figures[name] < goal
        ]

    def render(self) -> str:
        graded = self.graded
        lines = [
            f"messages: {len(graded)} labelled, "
            f"{sum(o.label == 'automated' for o in self.outcomes)} automated",
            "",
            f"{'level':<10}{'precision':>10}{'recall':>8}{'n':>5}",
        ]
        for level in LEVELS:
            n = sum(o.label == level for o in graded)
            lines.append(
                f"{level:<10}{self.precision(level):>10.3f}{self.recall(level):>8.3f}{n:>5}"
            )
        lines += [
            "",
            f"four-level accuracy: {self.accuracy():.3f}",
            f"automated recognised: {self.automated_recognised():.3f}"
            f"  (labelled mail taken for automated: {self.false_automated()})",
            "",
            "confusion (rows: label, columns: predicted)",
            f"{'':<10}" + "".join(f"{p:>10}" for p in (*LEVELS, "automated")),
        ]
        for label, row in self.confusion().items():
            lines.append(f"{label:<10}" + "".join(f"{row[p]:>10}" for p in row))
        wrong = [o for o in self.outcomes if o.predicted != o.label]
        lines += ["", f"misclassified: {len(wrong)}"]
        for o in wrong:
            fired = ""
            if o.classification is not None:
                fired = ", ".join(f"{r.id}={r.matched!r}" for r in o.classification.rules)
            reason = f" [{o.automated}]" if o.automated else ""
            lines.append(f"  {o.path}: {o.label} -> {o.predicted}{reason}  {fired or '(no rules)'}")
        return "\n".join(lines)


def evaluate(
    messages: Sequence[LoadedMessage],
    rules: RuleSet | None = None,
    own_message_id_domains: Sequence[str] = (),
) -> Report:
    # Here, not at the top: the CLI imports this module for every command it registers,
    # and the engine's import (its compiled cue patterns) is half a second.
    from classifiers.automated import detect_automated
    from classifiers.engine import classify

    report = Report()
    for m in messages:
        automated = None
        if m.headers is not None:
            automated = detect_automated(
                m.headers, m.sender, m.text.subject, own_message_id_domains
            )
        if automated is not None:
            report.outcomes.append(Outcome(m.path, m.label, "automated", None, automated))
            continue
        verdict = classify(m.text, rules)
        report.outcomes.append(Outcome(m.path, m.label, verdict.severity, verdict, None))
    return report


def load_corpus(
    root: Path, load_email: Callable[[Path], LoadedMessage | None]
) -> list[LoadedMessage]:
    """Every labelled message under `root`; `load_email` turns an .eml path into a message."""
    out: list[LoadedMessage] = []
    for label in (*LEVELS, "automated"):
        for path in sorted((root / label).glob("*.eml")):
            loaded = load_email(path)
            if loaded is not None:
                out.append(LoadedMessage(path, label, loaded.text, loaded.headers, loaded.sender))
    for level in LEVELS:
        for path in sorted((root / "transcripts" / level).glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            out.append(LoadedMessage(path, level, MessageText(transcript=text)))
    return out
