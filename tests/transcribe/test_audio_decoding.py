"""Sniffing and decoding: every telephone format in, bad files out with a one-line reason."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest

from ingest.audio import SAMPLE_RATE, TranscriptionError, decode, sniff


def _decode(path: Path, cap: float = 600.0):
    return decode(path.read_bytes(), filename=path.name, max_duration_s=cap)


@pytest.mark.parametrize(
    ("name", "codec"),
    [
        ("voicemail_en_website_down_ulaw_8k.wav", "pcm_mulaw"),
        ("voicemail_en_website_down_wav49_gsm.wav", "gsm_ms"),
        ("voicemail_en_website_down_8k.mp3", "mp3float"),
        ("asterisk_spool_nl/msg0000.wav", "pcm_s16le"),
    ],
)
def test_telephone_formats_decode_to_16k_mono_float(audio_dir: Path, name: str, codec: str):
    decoded = _decode(audio_dir / name)
    assert decoded.codec == codec
    assert decoded.samples.dtype == np.float32
    assert decoded.samples.ndim == 1
    assert 9.0 < decoded.duration_s < 11.0
    assert abs(decoded.samples.size / SAMPLE_RATE - decoded.duration_s) < 0.1
    assert decoded.cut_at_s is None
    assert np.abs(decoded.samples).max() > 0.05  # speech, not silence


def test_wav49_with_odd_pad_byte_decodes_to_the_end(audio_dir: Path):
    # sox (like some PBXes) counts the RIFF pad byte in the GSM data chunk; FFmpeg rejects
    # that last 1-byte packet. The rest of the message must still come through.
    decoded = _decode(audio_dir / "voicemail_de_nicht_erreichbar_wav49_gsm.wav")
    assert decoded.codec == "gsm_ms"
    assert decoded.duration_s == pytest.approx(10.28, abs=0.05)


def test_asterisk_raw_gsm_file_decodes_at_8k(tmp_path: Path, audio_dir: Path):
    gsm = tmp_path / "msg0001.gsm"
    subprocess.run(
        ["sox", str(audio_dir / "voicemail_en_website_down_ulaw_8k.wav"), "-r", "8000", str(gsm)],
        check=True,
    )
    assert sniff(gsm.read_bytes()) == "gsm"
    decoded = _decode(gsm)
    assert decoded.codec == "gsm"
    assert decoded.duration_s == pytest.approx(9.67, abs=0.05)


def test_zero_length_wav_is_refused_as_empty(audio_dir: Path):
    with pytest.raises(TranscriptionError) as exc:
        _decode(audio_dir / "empty_zero_length.wav")
    assert str(exc.value) == "empty_zero_length.wav: empty recording"


def test_pdf_renamed_to_wav_is_refused_as_pdf(audio_dir: Path):
    with pytest.raises(TranscriptionError) as exc:
        _decode(audio_dir / "pdf_renamed_invoice.wav")
    assert str(exc.value) == "pdf_renamed_invoice.wav: not audio: looks like a PDF"


def test_headerless_raw_pcm_is_refused_not_guessed(audio_dir: Path):
    with pytest.raises(TranscriptionError) as exc:
        _decode(audio_dir / "headerless_raw_pcm.wav")
    message = str(exc.value)
    assert "headerless raw audio refused" in message
    assert "\n" not in message


def test_wav_header_without_samples_is_refused_as_empty(tmp_path: Path):
    silent = tmp_path / "header_only.wav"
    subprocess.run(
        ["sox", "-n", "-r", "8000", "-c", "1", "-e", "u-law", str(silent), "trim", "0", "0"],
        check=True,
    )
    with pytest.raises(TranscriptionError, match="empty recording"):
        _decode(silent)


def test_plain_text_saved_as_wav_is_refused_as_text():
    with pytest.raises(TranscriptionError, match="not audio: looks like text"):
        decode(b"Hello, please call me back\n", filename="note.wav", max_duration_s=600)


def test_recording_longer_than_cap_is_cut_but_reports_full_duration(audio_dir: Path):
    decoded = _decode(audio_dir / "voicemail_en_website_down_ulaw_8k.wav", cap=4.0)
    assert decoded.cut_at_s == 4.0
    assert decoded.samples.size == 4 * SAMPLE_RATE
    assert decoded.duration_s == pytest.approx(9.67, abs=0.05)
