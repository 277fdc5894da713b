"""`frontdesk classify` and `frontdesk eval` through the real command line entry point."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from frontdesk.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


def test_classify_json_explains_an_email(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "--json", str(CORPUS / "critical" / "de_kasse_geht_nicht.eml")]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["severity"] == "critical"
    assert out["language"] == "de"
    assert out["automated"] is False
    assert any(r["id"] == "de.checkout_impossible" and r["matched"] for r in out["rules"])


def test_classify_json_marks_a_bounce_as_automated(capsys: pytest.CaptureFixture[str]) -> None:
    path = CORPUS / "automated" / "dsn_multipart_report_en.eml"
    assert main(["classify", "--json", str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["automated"] is True
    assert out["automated_reason"] in ("auto-submitted: auto-replied", "delivery-status report")


def test_classify_a_transcript_text_file(capsys: pytest.CaptureFixture[str]) -> None:
    path = CORPUS / "transcripts" / "critical" / "nl_bingend_webshop_plat.txt"
    assert main(["classify", "--json", str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["severity"] == "critical"
    assert {r["field"] for r in out["rules"]} == {"transcript"}


def test_classify_reads_mail_from_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = (CORPUS / "low" / "en_change_header_colour.eml").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    assert main(["classify", "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["severity"] == "low"


def test_classify_missing_file_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["classify", str(tmp_path / "missing.eml")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("frontdesk: ") and "missing.eml" in err and "\n" not in err


def test_malformed_operator_rule_file_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / "ops.toml"
    rules.write_text('[[rule]]\nid = "x"\nlevel = "bad"\nphrases = ["a"]\n', encoding="utf-8")
    config = tmp_path / "frontdesk.toml"
    config.write_text(f'[classifier]\nrule_files = ["{rules}"]\n', encoding="utf-8")
    path = CORPUS / "low" / "en_logo_bigger.eml"
    assert main(["--config", str(config), "classify", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert f"{rules}:3:" in err and "\n" not in err


def test_eval_prints_the_figures_and_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["eval", str(CORPUS), "--own-domain", "frontdesk.agency.example", "--require-targets"]
    )
    out = capsys.readouterr().out
    assert code == 0
    for heading in ("precision", "recall", "four-level accuracy", "confusion", "misclassified"):
        assert heading in out
    assert "targets: all met" in out


def test_eval_require_targets_fails_on_a_folder_that_misses_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Mislabel a real outage as "low": critical recall drops to 0.
    (tmp_path / "low").mkdir()
    src = CORPUS / "critical" / "en_shop_down_since_morning.eml"
    (tmp_path / "low" / "en_mislabelled.eml").write_bytes(src.read_bytes())
    assert main(["eval", str(tmp_path), "--require-targets"]) == 1
    assert "targets: missed" in capsys.readouterr().out
