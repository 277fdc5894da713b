"""Subject tags and normalised subjects."""

from __future__ import annotations

import pytest

from tickets.subjects import format_tag, normalise_subject, parse_case, parse_tag


@pytest.mark.parametrize(
    "subject",
    [
        "Website down",
        "RE: Website down",
        "Re: AW: Website  down",
        "AW: WG: Website down",
        "SV: VS: Website down",
        "Antw: Doorst: Website down",
        "FW: Fwd: TR: Website down",
        "[EXTERNAL] RE: Website down",
        "RE: [EXTERNAL] Website down",
        "Re[2]: Website down",
        "RE: [FD-7] Website down",
    ],
)
def test_reply_and_forward_prefixes_normalise_to_one_subject(subject: str) -> None:
    assert normalise_subject(subject) == "website down"


def test_words_that_start_like_prefixes_are_kept() -> None:
    assert normalise_subject("Review of the report") == "review of the report"
    assert normalise_subject("Trouble: checkout") == "trouble: checkout"


def test_tag_round_trip_with_configured_prefix() -> None:
    assert format_tag("FD", 123) == "[FD-123]"
    assert parse_tag("Re: [FD-123] Website down", "FD") == 123
    assert parse_tag("Re: [fd-123] Website down", "FD") == 123
    assert parse_tag("Re: [HELP-9] x", "HELP") == 9
    assert parse_tag("Re: [HELP-9] x", "FD") is None
    assert parse_tag("Order FD-123 arrived", "FD") is None  # not a tag without brackets


def test_case_argument_accepts_label_or_number() -> None:
    assert parse_case("FD-12", "FD") == 12
    assert parse_case("12", "FD") == 12
    assert parse_case("[fd-12]", "FD") == 12
    assert parse_case("XY-12", "FD") is None
