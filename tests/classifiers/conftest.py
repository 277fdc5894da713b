"""Helpers for classifier tests: classify a message given as plain strings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from classifiers import Classification, MessageText, classify


@pytest.fixture
def verdict() -> Callable[..., Classification]:
    def run(
        body: str = "",
        subject: str = "",
        transcript: str | None = None,
        uncertain: bool = False,
    ) -> Classification:
        return classify(
            MessageText(
                subject=subject,
                body=body,
                transcript=transcript,
                from_transcript_uncertain=uncertain,
            )
        )

    return run


def assert_level(level: str, lang: str, text: str) -> None:
    """`text`, a mail body in `lang`, is classified at `level` (else: the rules that fired)."""
    _assert_classified(level, MessageText(body=text, language=lang))


def assert_mail_level(level: str, subject: str, body: str) -> None:
    """A mail of `subject` and `body` is classified at `level` (else: the rules that fired)."""
    _assert_classified(level, MessageText(subject=subject, body=body))


def _assert_classified(level: str, message: MessageText) -> None:
    got = classify(message)
    assert got.severity == level, [(r.id, r.matched) for r in got.rules]


Family = Sequence[tuple[str, str, str]]  # (level, language, mail body)


def family_tests(paraphrases: Family, near_misses: Family) -> tuple[Any, Any]:
    """The two tests of a family file: each paraphrase of a family is classified at its
    level, and each near miss (a trap that shares its words) stays at its own. A family file
    binds them to these names at module level, where pytest collects them."""

    @pytest.mark.parametrize(("level", "lang", "text"), paraphrases)
    def test_paraphrase_is_classified_at_its_level(level: str, lang: str, text: str) -> None:
        assert_level(level, lang, text)

    @pytest.mark.parametrize(("level", "lang", "text"), near_misses)
    def test_near_miss_stays_at_its_level(level: str, lang: str, text: str) -> None:
        assert_level(level, lang, text)

    return test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level
