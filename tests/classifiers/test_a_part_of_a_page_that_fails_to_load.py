"""A part of a page that shows its own loading error ("a grey box saying 'error loading
content'", "een vak met 'fout bij het laden'", "ein roter Kasten 'Fehler beim Laden der
Inhalte'", "en boks med 'feil ved lasting'") while the rest of the site works: a page
broken, standard (`<lang>.cx_error_loading_content`), also on a voicemail, also when the
caller says it can wait.

Batch 70 found the German voicemail critical: its "Kasten mit Fehler" was heard alike as the
Norwegian "kassen ... feil" (the checkout fails), and without that coincidence nothing said
more than "Fehler" and "hat Zeit" (low). The loading error is now a standard-level signal in
all four languages, and another language's match that only the tolerant scan of a transcript
found no longer counts (engine `classify`, as another language's half signals did not). A
site down for everyone stays critical however its error reads.
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify
from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "The gallery page only shows a grey box saying 'error loading content'. "
                       "The rest of the site works, no rush."),
    ("standard", "nl", "Op de fotopagina staat alleen een grijs vak met 'fout bij het laden'. "
                       "De rest van de site doet het gewoon, het heeft geen haast."),
    ("standard", "de", "Auf der Galerieseite kommt nur ein roter Kasten mit Fehler beim Laden "
                       "der Inhalte. Der Rest geht ganz normal, das hat Zeit bis Montag."),
    ("standard", "no", "Bildegalleriet viser bare en grå boks med 'feil ved lasting'. Resten av "
                       "siden virker som normalt, det haster ikke."),
]  # fmt: skip

NEAR_MISSES = [
    # the whole site down for everyone, whatever its error says
    ("critical", "en", "Since 9 the whole website is down for everyone, every page shows "
                       "'error loading page'."),
    ("critical", "de", "Die komplette Website ist seit heute früh nicht erreichbar, überall "
                       "nur Fehler beim Laden."),
    ("critical", "no", "Hele nettsiden er nede for alle siden i morges, alle sider gir bare "
                       "'feil ved lasting'."),
    # the test site's gallery, the live site works: standard, as any test-site fault
    ("standard", "en", "On the staging site the gallery shows 'error loading content'. The live "
                       "site is fine."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)

VOICEMAILS = [
    # a German caller's "Kasten mit Fehler" is no Norwegian checkout
    ("standard", "guten abend hier ist die kita sonnenschein es ist auch kein notfall die "
                 "galerie seite da kommt nur so ein grauer kasten mit fehler beim laden der rest "
                 "geht ganz normal es kann bis morgen warten danke"),
    ("standard", "ja hallo hier ist kühn vom verein die seite zeigt oben so einen roten kasten "
                 "fehler beim laden der inhalte die anderen seiten gehen alle das hat zeit bis "
                 "montag wiederhören"),
    # a Norwegian caller's own checkout that fails stays critical
    ("critical", "hei det er kari fra nettbutikken kassen gir bare feil for alle kunder ingen "
                 "får betalt siden i ettermiddag ring meg"),
]  # fmt: skip


@pytest.mark.parametrize(("level", "transcript"), VOICEMAILS)
def test_a_voicemail_is_read_in_its_callers_language(level: str, transcript: str) -> None:
    got = classify(MessageText(transcript=transcript))
    assert got.severity == level, [(r.id, r.matched) for r in got.rules]
