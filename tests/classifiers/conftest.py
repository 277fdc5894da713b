"""Helpers for classifier tests: classify a message given as plain strings."""

from __future__ import annotations

from collections.abc import Callable

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
    got = classify(MessageText(body=text, language=lang))
    assert got.severity == level, [(r.id, r.matched) for r in got.rules]
