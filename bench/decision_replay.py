"""Replay other decision policies on labelled mail, at any engine: what would they have done?

A change to how the engine decides (not which words it knows) can be judged on held-out
batches at the engines that had not seen them: check out an old commit in a worktree, and
replay this checkout's moved-in batches (`tests/fixtures/corpus/**/<lang>_bNN_*`) through it.
Each policy below takes the old engine's fired rules and its decision and may change the
decision; printed per policy: criticals found, false criticals, four-level accuracy.

    git worktree add /tmp/r14 aa8f04b && ln -s "$PWD/.venv" /tmp/r14/.venv
    .venv/bin/python bench/decision_replay.py --engine /tmp/r14 --batches 22,23,24,25,26,27
    .venv/bin/python bench/decision_replay.py --batches 28          # this checkout's engine
    .venv/bin/python bench/decision_replay.py DIR [DIR ...]        # labelled folders instead
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"


def _cues_here() -> Any:
    """This checkout's classifiers/decision_cues.py, loaded by path: it imports nothing of
    the engine, so its predicates apply to any engine's fired rules."""
    spec = importlib.util.spec_from_file_location(
        "decision_cues_here", ROOT / "classifiers" / "decision_cues.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CUES = _cues_here()


def _score(fired: list[Any], level: str) -> float:
    best: dict[tuple[str, str, str], float] = {}
    for r in fired:
        key = (r.level, r.field, r.matched)
        best[key] = max(best.get(key, 0.0), r.weight)
    return sum(w for k, w in best.items() if k[0] == level)


def _resolved(fired: list[Any]) -> bool:
    return any(r.level == "demote" and r.weight >= 2.0 for r in fired)


def _no_limited_scope(fired: list[Any], base: str) -> bool:
    """Every critical score >= 1 is critical, whatever limited scope the mail names."""
    return _score(fired, "critical") >= 1.0 and not _resolved(fired)


def _strong_signal(fired: list[Any], base: str) -> bool:
    """A critical score >= 1.5 is critical, whatever limited scope the mail names."""
    return _score(fired, "critical") >= 1.5 and not _resolved(fired)


def _half_signal_alone(fired: list[Any], base: str) -> bool:
    """A standard or low mail with any critical half signal and no demote cue is critical."""
    return (
        base in ("standard", "low")
        and _score(fired, "critical") >= 0.5
        and not any(r.level == "demote" for r in fired)
    )


def _server_error_alone(fired: list[Any], base: str) -> bool:
    """A standard mail with a server error (5xx, fatal error) and no demote cue (7cedd26)."""
    return base == "standard" and bool(CUES.server_error_unqualified(fired))


def _device_beside_all(fired: list[Any], base: str) -> bool:
    """An urgent mail, critical but for device-only limited scopes, that names every page
    or everyone (1355e69)."""
    return (
        base == "urgent"
        and _score(fired, "critical") >= 1.0
        and bool(CUES.device_named_where_all_fail(fired))
    )


POLICIES: dict[str, Callable[[list[Any], str], bool]] = {
    "no limited scope": _no_limited_scope,
    "strong signal (>= 1.5)": _strong_signal,
    "half signal alone": _half_signal_alone,
    "server error alone": _server_error_alone,
    "device beside all": _device_beside_all,
}


def batch_folder(batches: list[str], into: Path) -> Path:
    """The moved-in batches' files, laid out as a labelled folder."""
    for path in CORPUS.rglob("*"):
        if path.is_file() and any(f"_b{n}_" in path.name for n in batches):
            target = into / path.relative_to(CORPUS)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
    return into


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="labelled folders")
    parser.add_argument("--engine", type=Path, default=ROOT, help="checkout whose engine runs")
    parser.add_argument("--batches", default="", help="moved-in batch numbers, e.g. 22,23")
    args = parser.parse_args()
    sys.path.insert(0, str(args.engine.resolve()))
    import classifiers.engine as engine
    from classifiers.evaluation import load_corpus
    from frontdesk.cli.classify import load_email_file

    print(f"engine: {Path(engine.__file__).parent.parent}")
    seen: dict[str, Any] = {}
    decide = engine.decide

    def recording(fired: list[Any], firm: bool = False) -> str:
        level: str = decide(fired, firm)
        seen["fired"], seen["level"] = fired, level
        return level

    engine.decide = recording  # classify() looks it up at call time
    counts: Counter[tuple[str, str]] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        folders = list(args.folders)
        if args.batches:
            folders.append(batch_folder(args.batches.split(","), Path(tmp)))
        for folder in folders:
            for m in load_corpus(folder, load_email_file):
                if m.label == "automated":
                    continue
                seen.clear()
                base = engine.classify(m.text).severity
                fired = seen.get("fired", [])
                for name, policy in {"engine": None, **POLICIES}.items():
                    level = (
                        "critical"
                        if policy and base != "critical" and policy(fired, base)
                        else base
                    )
                    counts[name, "n"] += 1
                    counts[name, "right"] += level == m.label
                    counts[name, "criticals"] += m.label == "critical"
                    counts[name, "found"] += level == "critical" == m.label
                    counts[name, "false"] += level == "critical" != m.label
    for name in ("engine", *POLICIES):
        n, right = counts[name, "n"], counts[name, "right"]
        found, false, crit = counts[name, "found"], counts[name, "false"], counts[name, "criticals"]
        print(
            f"{name:24s} criticals found {found}/{crit}, false criticals {false}, "
            f"accuracy {right}/{n} = {right / max(n, 1):.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
