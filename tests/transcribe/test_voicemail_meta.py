"""Caller, time, duration and mailbox from Asterisk spool files and PBX voicemail emails."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ingest.voicemail import (
    find_audio_parts,
    is_audio_part,
    meta_from_pbx_email,
    normalise_number,
    parse_asterisk_txt,
    parse_duration,
)


def test_asterisk_spool_txt_gives_e164_caller_time_duration_mailbox(audio_dir: Path):
    meta = parse_asterisk_txt((audio_dir / "asterisk_spool_nl" / "msg0000.txt").read_text())
    assert meta.caller_id == "+31612345678"
    assert meta.caller_name == "Jan Jansen"
    assert meta.caller_raw == '"Jan Jansen" <0612345678>'
    assert meta.recorded_at == datetime(2026, 11, 22, 1, 17, 45, tzinfo=UTC)
    assert meta.duration_s == 9.0
    assert meta.mailbox == "100"
    assert meta.msg_id == "1795310265-00000000"


def test_asterisk_txt_with_anonymous_caller_has_no_number():
    meta = parse_asterisk_txt("[message]\ncallerid=Anonymous\norigtime=0\nduration=3\n")
    assert meta.caller_id is None
    assert meta.caller_name is None
    assert meta.duration_s == 3.0


def test_asterisk_txt_without_message_section_is_all_none():
    meta = parse_asterisk_txt("not an asterisk file")
    assert meta.caller_id is None and meta.recorded_at is None and meta.mailbox is None


def _eml(audio_dir: Path) -> email.message.EmailMessage:
    raw = (audio_dir / "pbx_voicemail_email_en.eml").read_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    return msg


def test_pbx_email_caller_from_x_asterisk_headers(audio_dir: Path):
    msg = _eml(audio_dir)
    body = msg.get_body(("plain",))
    assert body is not None
    meta = meta_from_pbx_email(str(msg["Subject"]), body.get_content(), dict(msg.items()))
    assert meta.caller_id == "+31612345678"
    assert meta.caller_name == "Jan Jansen"
    assert meta.duration_s == 9.0
    assert meta.mailbox == "100"
    assert meta.msg_id == "3"
    assert meta.recorded_at == datetime(2026, 11, 22, 1, 17, 45, tzinfo=UTC)


def test_asterisk_default_email_without_headers_uses_subject_and_body():
    meta = meta_from_pbx_email(
        "[PBX]: New message 3 in mailbox 100",
        "Dear Support,\n\njust wanted to let you know you were just left a 0:42 long message "
        '(number 3)\nin mailbox 100 from "Jan Jansen" <0612345678>, on Sunday ...',
        {},
    )
    assert (meta.caller_id, meta.caller_name, meta.duration_s) == ("+31612345678", "Jan Jansen", 42)
    assert (meta.mailbox, meta.msg_id) == ("100", "3")


def test_asterisk_default_email_from_bare_number():
    meta = meta_from_pbx_email(
        "New message 1 in mailbox 200",
        "you were just left a 1:05 long message (number 1)\nin mailbox 200 from 0612345678, on",
        {},
    )
    assert meta.caller_id == "+31612345678"
    assert meta.duration_s == 65.0


def test_freepbx_email_variant():
    meta = meta_from_pbx_email(
        "PBX Voicemail Notification",
        'Anna,\n\nThere is a new voicemail in mailbox 100:\n\n\tFrom:\t"Klaus Becker" '
        "<004930123456>\n\tLength:\t42 seconds\n\tDate:\tSunday, November 22, 2026\n",
        {},
    )
    assert meta.caller_id == "+4930123456"
    assert meta.caller_name == "Klaus Becker"
    assert meta.duration_s == 42.0
    assert meta.mailbox == "100"


def test_3cx_email_variant():
    meta = meta_from_pbx_email(
        "New Voicemail from Jan Jansen (0612345678)",
        "You have received a new voicemail.\nDuration: 00:00:42\nExtension 100\n",
        {},
    )
    assert meta.caller_id == "+31612345678"
    assert meta.caller_name == "Jan Jansen"
    assert meta.duration_s == 42.0
    assert meta.mailbox == "100"


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("0612345678", "NL", "+31612345678"),
        ("0497 84 26 11", "NL", "+31497842611"),
        ("+31 6 1234 5678", "DE", "+31612345678"),
        ("0031612345678", "NL", "+31612345678"),
        ("030 1234567", "DE", "+49301234567"),
        ("sip:0612345678@pbx.example.net", "NL", "+31612345678"),
        ("anonymous", "NL", None),
        ("12", "NL", None),
    ],
)
def test_numbers_normalised_to_e164(raw: str, region: str, expected: str | None):
    assert normalise_number(raw, region) == expected


@pytest.mark.parametrize(
    ("text", "seconds"), [("0:42", 42), ("00:01:05", 65), ("42", 42), ("42 seconds", 42)]
)
def test_durations_in_pbx_notations(text: str, seconds: float):
    assert parse_duration(text) == seconds


def test_audio_attachment_found_in_pbx_email(audio_dir: Path):
    parts = find_audio_parts(_eml(audio_dir))
    assert [(p.filename, p.content_type) for p in parts] == [("msg0003.wav", "audio/x-wav")]
    assert parts[0].data[:4] == b"RIFF"


@pytest.mark.parametrize(
    ("filename", "content_type", "audio"),
    [
        ("msg0001.gsm", "application/octet-stream", True),
        ("voicemail.MP3", None, True),
        (None, "audio/mpeg", True),
        ("invoice.pdf", "application/pdf", False),
    ],
)
def test_audio_parts_by_type_or_name(filename: str | None, content_type: str | None, audio: bool):
    assert is_audio_part(filename, content_type) is audio
