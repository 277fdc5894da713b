"""Shared fixtures for the voicemail tests: the fixture folder and the REAL Whisper models.

Each model is loaded once per test session (loading base also joins its split model.bin,
into a per-session cache folder so the "assembled once" behaviour is exercised from a
clean state). HF_HUB_OFFLINE=1 guarantees nothing is fetched from the network.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"

from ingest.config import TranscriptionConfig
from ingest.transcribe import Transcriber

AUDIO = Path(__file__).resolve().parents[1] / "fixtures" / "audio"


@pytest.fixture(scope="session")
def audio_dir() -> Path:
    return AUDIO


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("model-cache")


@pytest.fixture(scope="session")
def tiny_en() -> Transcriber:
    return Transcriber(TranscriptionConfig(model="tiny.en", threads=2))


@pytest.fixture(scope="session")
def base(model_cache: Path) -> Transcriber:
    return Transcriber(TranscriptionConfig(model="base", threads=2, cache_dir=model_cache))
