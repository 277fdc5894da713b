"""App.build(): the parts a worker needs; the classifier rules only where it classifies."""

from __future__ import annotations

from pathlib import Path

import pytest

from classifiers.rules import RuleFileError
from frontdesk.app import App
from frontdesk.config import Settings, load_settings
from storage.db import Database

BROKEN_RULES = 'language = "en"\n[[rule]]\nid = "house.x"\nlevel = "sever"\n'


def _settings(db: Database, rules: Path) -> Settings:
    return load_settings(
        env={
            "FRONTDESK_DATABASE_URL": db.url,
            "FRONTDESK_CLASSIFIER_RULE_FILES": f'["{rules}"]',
        }
    )


def test_an_app_that_classifies_refuses_a_broken_rule_file_when_it_is_built(
    db: Database, tmp_path: Path
) -> None:
    rules = tmp_path / "house_rules.toml"
    rules.write_text(BROKEN_RULES)
    with pytest.raises(RuleFileError, match=r"house_rules\.toml"):
        App.build(_settings(db, rules))


def test_the_intake_process_app_loads_no_rules_until_something_classifies(
    db: Database, tmp_path: Path
) -> None:
    # The daemon's intake, with worker processes, builds its App with classifies=False:
    # a rule file is not even read then (the worker processes load and check it).
    rules = tmp_path / "house_rules.toml"
    rules.write_text(BROKEN_RULES)
    app = App.build(_settings(db, rules), classifies=False)
    try:
        with pytest.raises(RuleFileError, match=r"house_rules\.toml"):
            app.rules  # noqa: B018
        rules.write_text('language = "en"\n')
        # Loaded on first use, from the settings: the shipped rules and the (now empty) file.
        assert any(rule.id.startswith("en.") for rule in app.rules.rules)
    finally:
        app.close()
