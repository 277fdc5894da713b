"""Compiled rules kept on disk, so a process that loads the same rules again skips compiling.

Compiling the shipped rules (some 75,000 phrases and 120 regexes) costs about a second of
CPU; every worker process pays it at its start, and so does each `frontdesk classify` and
`check-config`. Reading them back from a pickle costs about 0.3 s. Mail waits for that
second whenever the daemon or a worker process (re)starts, so the compiled RuleSet is
written to a cache directory, as Python keeps compiled bytecode in __pycache__.

The file's name is a hash of everything the RuleSet is made from: the rule texts and inline
rules, the classifiers package's own code (a new release compiles afresh) and the Python
version. A pickle runs code when read, so a file is only read when it and its directory
belong to this user and nobody else may write to them (as ssh's StrictModes does); anything
else (a missing, truncated, foreign or unreadable file) means compiling as without a cache.
A cache that cannot be written (a read-only directory) is not an error either.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

# Files kept: a few configurations (serve, check-config with other rule files) and the
# release before an upgrade; each holds some 20 MB.
KEEP = 4
PREFIX = "rules-"
SUFFIX = ".pickle"


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of what a pickled RuleSet is made of: this package's Python files (its
    subpackage's too), the Python version and pyahocorasick's (its automaton is pickled by
    that library)."""
    digest = hashlib.sha256(sys.version.encode())
    with contextlib.suppress(importlib.metadata.PackageNotFoundError):
        digest.update(importlib.metadata.version("pyahocorasick").encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):  # the reading steps' subpackage too
        name = path.relative_to(package).as_posix()
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def cache_key(*parts: str) -> str:
    digest = hashlib.sha256(code_fingerprint().encode())
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()[:40]


def _trusted(st: os.stat_result) -> bool:
    return st.st_uid == os.geteuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def read(directory: Path, key: str) -> object | None:
    """The object stored under `key`, or None (absent, foreign, damaged)."""
    path = directory / f"{PREFIX}{key}{SUFFIX}"
    try:
        if not _trusted(os.stat(directory)):
            return None
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode) or not _trusted(st):
            return None
        try:
            obj = pickle.load(fh)
        except Exception:  # truncated or from another build: compiled afresh
            return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept by _prune
    return obj


def write(directory: Path, key: str, obj: object) -> bool:
    """Store `obj` under `key` (atomically: readers see the whole file or none); False when
    the directory cannot be made or written."""
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _trusted(os.stat(directory)):
            return False
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=directory)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, directory / f"{PREFIX}{key}{SUFFIX}")
    except Exception:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return False
    _prune(directory)
    return True


def _prune(directory: Path) -> None:
    """Keep the KEEP most recently used files (old releases' and edited rules' go)."""
    try:
        files = sorted(
            directory.glob(f"{PREFIX}*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True
        )
    except OSError:
        return
    for old in files[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()


def cached(directory: Path | None, key: str, build: Callable[[], T], kind: type[T]) -> T:
    """`build()`'s result, read from `directory` when stored there under `key` before, else
    built and stored. No directory: built."""
    if directory is None:
        return build()
    obj = read(directory, key)
    if isinstance(obj, kind):
        return obj
    built = build()
    write(directory, key, built)
    return built


def default_directory() -> Path | None:
    """systemd's CacheDirectory= ($CACHE_DIRECTORY), else $XDG_CACHE_HOME/frontdesk, else
    ~/.cache/frontdesk; None without a home."""
    systemd = os.environ.get("CACHE_DIRECTORY", "").split(":")[0]
    if systemd:
        return Path(systemd)
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "frontdesk"
    home = os.path.expanduser("~")
    if home == "~" or not os.path.isabs(home):
        return None
    return Path(home) / ".cache" / "frontdesk"
