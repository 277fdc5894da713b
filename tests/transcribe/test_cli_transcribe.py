"""`frontdesk transcribe [--json] AUDIO` per the CLI contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontdesk.cli import main


@pytest.fixture
def tiny_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTDESK_TRANSCRIPTION_MODEL", "tiny.en")
    monkeypatch.delenv("FRONTDESK_CONFIG", raising=False)


def test_transcribe_json_has_contract_keys(
    tiny_config: None, audio_dir: Path, capsys: pytest.CaptureFixture[str]
):
    rc = main(["transcribe", "--json", str(audio_dir / "voicemail_en_website_down_ulaw_8k.wav")])
    out = json.loads(capsys.readouterr().out)
    assert rc == 0
    assert {"text", "language", "duration_s"} <= out.keys()
    assert "checkout" in out["text"].lower()
    assert out["language"] == "en"
    assert out["duration_s"] == pytest.approx(9.67, abs=0.05)
    assert isinstance(out["uncertain"], bool) and isinstance(out["warnings"], list)


def test_transcribe_pdf_is_one_line_error_exit_2(
    tiny_config: None, audio_dir: Path, capsys: pytest.CaptureFixture[str]
):
    path = audio_dir / "pdf_renamed_invoice.wav"
    rc = main(["transcribe", str(path)])
    err = capsys.readouterr().err
    assert rc == 2
    assert err == f"frontdesk: {path}: not audio: looks like a PDF\n"


def test_transcribe_missing_file_is_one_line_error(
    tiny_config: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    rc = main(["transcribe", str(tmp_path / "nope.wav")])
    assert rc == 2
    assert capsys.readouterr().err == f"frontdesk: {tmp_path / 'nope.wav'}: no such audio file\n"


def test_transcribe_with_unknown_model_is_one_line_error(
    monkeypatch: pytest.MonkeyPatch, audio_dir: Path, capsys: pytest.CaptureFixture[str]
):
    monkeypatch.setenv("FRONTDESK_TRANSCRIPTION_MODEL", "tiny-bogus")
    rc = main(["transcribe", str(audio_dir / "voicemail_en_website_down_ulaw_8k.wav")])
    err = capsys.readouterr().err
    assert rc == 2
    assert err.count("\n") == 1 and "no Whisper model 'tiny-bogus'" in err
