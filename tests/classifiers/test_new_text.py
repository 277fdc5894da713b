"""new_text(): what the sender wrote this time, in the mail clients our customers use."""

from __future__ import annotations

import pytest

from classifiers import new_text


@pytest.mark.parametrize(
    "body",
    [
        "New text here.\n\nOn Tue, 3 Mar 2026 at 10:15, Ann <a@b.example> wrote:\n> old outage\n",
        "New text here.\n\nOn Tue, 3 Mar 2026 at 10:15, Ann Example\n<a@b.example> wrote:\n> old\n",
        "New text here.\n\nOp di 3 mrt 2026 om 10:15 schreef Ann <a@b.example>:\n> oud\n",
        "New text here.\n\nAm Di., 3. März 2026 um 10:15 Uhr schrieb Ann <a@b.example>:\n> alt\n",
        "New text here.\n\nDen 3. mar. 2026 kl. 10:15 skrev Ann <a@b.example>:\n> gammel\n",
        "New text here.\n\ntir. 3. mar. 2026 kl. 10:15 skrev Ann <a@b.example>:\n> gammel\n",
        "New text here.\n\nOn 3 Mar 2026, at 10:15, Ann <a@b.example> wrote:\n\n> apple\n",
        "New text here.\n\n-----Original Message-----\nFrom: Ann\nSent: Tuesday\nold\n",
        "New text here.\n\n________________________________\nVan: Ann\nVerzonden: dinsdag\noud\n",
        "New text here.\n\nVon: Ann <a@b.example>\nGesendet: Dienstag, 3. März 2026\nAn: x\nalt\n",
        "New text here.\n\nFra: Ann <a@b.example>\nSendt: tirsdag 3. mars 2026\nTil: x\ngammel\n",
        "New text here.\n\nFrom: Ann <a@b.example>\nDate: Tuesday\nSubject: old\nold text\n",
        "New text here.\n> quoted line\n> another\n",
        "New text here.\n\n---------- Forwarded message ---------\nFrom: Ann\nold\n",
    ],
)
def test_history_is_cut_in_every_client_and_language(body: str) -> None:
    assert new_text(body) == "New text here."


@pytest.mark.parametrize(
    "closing",
    ["Kind regards,", "Met vriendelijke groet,", "Mit freundlichen Grüßen", "Med vennlig hilsen"],
)
def test_signature_after_a_closing_line_is_cut(closing: str) -> None:
    body = f"The logo is too small.\n\n{closing}\nAnn\nURGENT matters: call 0113 496 0000\n"
    assert new_text(body) == "The logo is too small."


def test_signature_after_dash_dash_and_mobile_footer_are_cut() -> None:
    assert new_text("Text.\n-- \nFor urgent issues call us") == "Text."
    assert new_text("Text.\n\nVon meinem iPhone gesendet") == "Text."
    assert new_text("Text.\n\nSendt fra min iPhone") == "Text."


@pytest.mark.parametrize(
    "disclaimer",
    [
        "This email and any attachments are confidential and intended solely for the addressee.",
        "Deze e-mail is uitsluitend bestemd voor de geadresseerde.",
        "Diese E-Mail enthält vertrauliche Informationen.",
        "Denne e-posten kan inneholde konfidensiell informasjon.",
    ],
)
def test_legal_disclaimer_is_cut(disclaimer: str) -> None:
    assert new_text(f"Real text.\n\n{disclaimer} If urgent, call.") == "Real text."


def test_a_thanks_at_the_top_is_not_taken_for_a_closing() -> None:
    body = "Thanks!\nThe checkout is broken again.\n\nBest regards,\nAnn"
    assert new_text(body) == "Thanks!\nThe checkout is broken again."
