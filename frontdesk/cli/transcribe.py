"""`frontdesk transcribe [--json] AUDIO`: one recording to text, nothing stored."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from frontdesk.config import load_settings
from frontdesk.errors import UserError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "transcribe",
        help="transcribe one voicemail recording offline (WAV, WAV49/GSM, MP3, ...)",
        description="Transcribe one recording with the configured Whisper model.",
    )
    parser.add_argument("audio", metavar="AUDIO", help="audio file (.wav, .gsm, .mp3, ...)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="the caller's language (nl, de, en, no); default: detect among the configured ones",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)
    path = Path(args.audio)
    if not path.is_file():
        raise UserError(f"{path}: no such audio file")
    # Imported here so `frontdesk --help` stays fast (faster-whisper pulls in onnxruntime).
    from ingest.transcribe import ModelNotFound, TranscriptionError, get_transcriber

    try:
        transcriber = get_transcriber(settings.transcription)
        result = transcriber.transcribe(path, language=args.language)
    except ModelNotFound as exc:
        raise UserError(str(exc)) from None
    except TranscriptionError as exc:
        # The reason names the file by its base name; say the path the user typed instead.
        reason = str(exc).removeprefix(f"{path.name}: ").removeprefix(f"{path}: ")
        raise UserError(f"{path}: {reason}") from None
    if args.json:
        print(
            json.dumps(
                {
                    "text": result.text,
                    "language": result.language,
                    "duration_s": result.duration_s,
                    "confidence": result.confidence,
                    "uncertain": result.uncertain,
                    "warnings": list(result.warnings),
                },
                ensure_ascii=False,
            )
        )
    else:
        print(result.text)
        for warning in result.warnings:
            print(f"warning: {warning}")
    return 0
