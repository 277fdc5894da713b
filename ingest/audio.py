"""Audio bytes -> 16 kHz mono float32 samples for Whisper, or a one-line refusal.

The container is sniffed from its first bytes before anything is decoded, so a PDF saved
as .wav, an empty upload or headerless raw samples are refused with a reason a person can
act on, instead of being "decoded" into noise. Raw PCM in particular is refused: without a
header nobody knows its sample rate, and a wrong guess turns speech into nonsense that
Whisper would still happily transcribe.

Decoding uses PyAV (FFmpeg), which handles WAV PCM, u-law/A-law WAV, GSM 6.10 inside WAV
(WAV49, Asterisk's default voicemail format), Asterisk's raw .gsm frames, MP3, Ogg/Opus,
FLAC, AMR, M4A and more. Only if PyAV has no decoder for a stream is sox tried, in a
subprocess, as a fallback.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass
from typing import NoReturn

import av
import numpy as np

SAMPLE_RATE = 16_000  # what Whisper expects

# GSM 6.10 frames as Asterisk writes them to *.gsm: 33 bytes, each starting with 0xD_.
_GSM_FRAME = 33


class TranscriptionError(Exception):
    """The audio cannot be transcribed; the message is one line saying why."""


@dataclass(frozen=True)
class DecodedAudio:
    samples: np.ndarray  # float32, mono, 16 kHz, at most the duration cap
    duration_s: float  # of the whole recording, before any cut
    cut_at_s: float | None  # set when the recording was longer than the cap
    container: str  # what the sniffer recognised ("wav", "mp3", "gsm", ...)
    codec: str  # what FFmpeg decoded ("pcm_mulaw", "gsm_ms", ...)


# Things people attach or rename that are not audio; the reason names what it looks like.
_NOT_AUDIO: list[tuple[bytes, int, str]] = [
    (b"%PDF", 0, "a PDF"),
    (b"PK\x03\x04", 0, "a ZIP or Office document"),
    (b"\x89PNG", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF8", 0, "a GIF image"),
    (b"{\\rtf", 0, "an RTF document"),
    (b"\xd0\xcf\x11\xe0", 0, "an old Office document"),
    (b"\x1f\x8b", 0, "a gzip archive"),
    (b"7z\xbc\xaf", 0, "a 7-Zip archive"),
    (b"MZ", 0, "a Windows program"),
    (b"\x7fELF", 0, "a program"),
]


def _mp3_frame_length(header: bytes) -> int | None:
    """Length of the MPEG audio frame starting here, or None if this is no frame header."""
    if len(header) < 4 or header[0] != 0xFF or (header[1] & 0xE0) != 0xE0:
        return None
    version_bits = (header[1] >> 3) & 3
    layer_bits = (header[1] >> 1) & 3
    bitrate_idx = header[2] >> 4
    rate_idx = (header[2] >> 2) & 3
    padding = (header[2] >> 1) & 1
    if version_bits == 1 or layer_bits == 0 or bitrate_idx in (0, 15) or rate_idx == 3:
        return None
    if layer_bits != 1:  # only layer III needs exact lengths here; I/II: accept the header
        return -1
    mpeg1 = version_bits == 3
    kbps = (
        [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
        if mpeg1
        else [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
    )[bitrate_idx]
    base_rate = [44100, 48000, 32000][rate_idx]
    rate = base_rate if mpeg1 else base_rate // (2 if version_bits == 2 else 4)
    return (144 if mpeg1 else 72) * kbps * 1000 // rate + padding


def _is_mpeg_audio(data: bytes) -> bool:
    """A bare MP3 (no ID3 tag): two consecutive valid frame headers, so noise is not taken."""
    length = _mp3_frame_length(data[:4])
    if length is None:
        return False
    if length == -1 or length >= len(data) - 4:
        return True  # layer I/II, or a single frame: the one header is all there is
    return _mp3_frame_length(data[length : length + 4]) is not None


def _is_raw_gsm(data: bytes) -> bool:
    if len(data) < _GSM_FRAME or len(data) % _GSM_FRAME:
        return False
    return all(b >> 4 == 0xD for b in data[::_GSM_FRAME])


def sniff(data: bytes, filename: str | None = None) -> str:
    """The audio container in `data`, by magic bytes; raise TranscriptionError if none."""
    if not data:
        return _refuse("empty recording", filename)
    head = data[:64]
    if head[:4] in (b"RIFF", b"RIFX", b"RF64") and head[8:12] == b"WAVE":
        return "wav"
    if head[:3] == b"ID3" or _is_mpeg_audio(data[:8192]):
        return "mp3"
    if head[:4] == b"OggS":
        return "ogg"
    if head[:4] == b"fLaC":
        return "flac"
    if head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
        return "aiff"
    if head[:4] == b".snd":
        return "au"
    if head[:5] == b"#!AMR":
        return "amr"
    if head[4:8] == b"ftyp":
        return "mp4"
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return "matroska"
    if head[:4] == b"caff":
        return "caf"
    if head[:16] == b"\x30\x26\xb2\x75\x8e\x66\xcf\x11\xa6\xd9\x00\xaa\x00\x62\xce\x6c":
        return "asf"
    if _is_raw_gsm(data):
        # Headerless too, but GSM 6.10 has exactly one sample rate (8 kHz) and a frame
        # signature, so unlike raw PCM there is nothing to guess.
        return "gsm"
    for magic, offset, what in _NOT_AUDIO:
        if data[offset : offset + len(magic)] == magic:
            return _refuse(f"not audio: looks like {what}", filename)
    stripped = head.lstrip()
    if stripped[:1] == b"<":
        return _refuse("not audio: looks like HTML or XML", filename)
    if _looks_like_text(data[:4096]):
        return _refuse("not audio: looks like text", filename)
    return _refuse(
        "headerless raw audio refused: no header says its sample rate or encoding (save it as WAV)",
        filename,
    )


def _looks_like_text(chunk: bytes) -> bool:
    try:
        text = chunk.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(c.isprintable() or c in "\r\n\t" for c in text)


def _refuse(reason: str, filename: str | None) -> NoReturn:
    raise TranscriptionError(f"{filename}: {reason}" if filename else reason)


def decode(data: bytes, *, filename: str | None = None, max_duration_s: float) -> DecodedAudio:
    """Decode any audio PyAV understands to 16 kHz mono float32, cut at `max_duration_s`."""
    container = sniff(data, filename)
    try:
        return _decode_with_pyav(data, container, max_duration_s)
    except av.error.DecoderNotFoundError:
        converted = _convert_with_sox(data, filename)
        return _decode_with_pyav(converted, "wav", max_duration_s)
    except TranscriptionError as exc:
        if filename and not str(exc).startswith(f"{filename}:"):
            raise TranscriptionError(f"{filename}: {exc}") from None
        raise
    except (av.error.FFmpegError, ValueError, IndexError) as exc:
        reason = str(getattr(exc, "strerror", None) or exc).splitlines()[0]
        _refuse(f"undecodable {container} audio ({reason})", filename)


def _decode_with_pyav(data: bytes, container_kind: str, max_duration_s: float) -> DecodedAudio:
    fmt = "gsm" if container_kind == "gsm" else None
    resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
    cap_samples = int(max_duration_s * SAMPLE_RATE)
    chunks: list[np.ndarray] = []
    kept = 0
    total_s = 0.0
    with av.open(io.BytesIO(data), mode="r", format=fmt, metadata_errors="ignore") as box:
        if not box.streams.audio:
            raise TranscriptionError(f"no audio stream in this {container_kind} file")
        stream = box.streams.audio[0]
        codec = stream.codec_context.name
        for packet in box.demux(stream):
            try:
                frames = packet.decode()
            except av.error.InvalidDataError:
                # A damaged or short block (sox and some PBXes pad WAV49 data with one
                # byte): skip it rather than losing the whole message.
                continue
            for frame in frames:
                total_s += frame.samples / (frame.sample_rate or SAMPLE_RATE)
                if kept >= cap_samples:
                    continue  # keep counting the full duration, stop keeping samples
                frame.pts = None
                for out in resampler.resample(frame):
                    arr = out.to_ndarray().reshape(-1)
                    chunks.append(arr)
                    kept += arr.shape[0]
        if kept < cap_samples:
            for out in resampler.resample(None):
                arr = out.to_ndarray().reshape(-1)
                chunks.append(arr)
                kept += arr.shape[0]
    samples = np.concatenate(chunks).astype(np.float32) if chunks else np.zeros(0, np.float32)
    if samples.size == 0:
        raise TranscriptionError("empty recording: no audio samples")
    cut_at = None
    if total_s > max_duration_s + 0.05:
        samples = samples[:cap_samples]
        cut_at = max_duration_s
    return DecodedAudio(samples, round(total_s, 3), cut_at, container_kind, codec)


def _convert_with_sox(data: bytes, filename: str | None) -> bytes:
    """Fallback for codecs this FFmpeg build lacks: sox -> 16-bit PCM WAV on a pipe."""
    sox = shutil.which("sox")
    if sox is None:
        _refuse("no decoder for this audio codec (and sox is not installed)", filename)
    suffix = (filename or "").rsplit(".", 1)[-1].lower() if filename and "." in filename else ""
    cmd = [
        sox,
        *(["-t", suffix] if suffix else []),
        "-",
        "-t",
        "wav",
        "-e",
        "signed-integer",
        "-b",
        "16",
        "-",
    ]
    try:
        done = subprocess.run(cmd, input=data, capture_output=True, timeout=120, check=False)
    except subprocess.TimeoutExpired:
        _refuse("sox took too long converting this audio", filename)
    if done.returncode != 0 or not done.stdout:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        _refuse(f"no decoder for this audio ({detail[-1] if detail else 'sox failed'})", filename)
    return done.stdout
