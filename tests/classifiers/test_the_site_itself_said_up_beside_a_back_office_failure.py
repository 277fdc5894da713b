"""The site said up beside a back-office failure: the part that fails, not an outage.

"We can't save anything in the CMS, for every page we get 'permission denied'. The website
itself is up for visitors": "every page" and "nobody in the newsroom" are half signals of a
critical; the writer says the site is up (as "not down", the engine's `.site_up`), so they
tell how wide the back-office failure is (the table's "significant function lost", urgent).
A whole critical signal beside it ("nobody can pay") still pages, the site said NOT up is no
such cue, and "it works for me" is one person's view, not the site up (batch62).
"""

from __future__ import annotations

from tests.classifiers.conftest import assert_mail_level, family_tests

PARAPHRASES = [
    ("urgent", "en", "We can't save anything in the CMS since lunch, for every page we get "
                     "'permission denied'. The website itself is up for visitors."),
    ("urgent", "no", "Siden lunsj får ingen i redaksjonen publisert saker, og vi får ikke "
                     "publisert noe nytt. Nettsiden er oppe og leserne ser de gamle sakene."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Nobody can pay since noon, every payment fails. The website itself "
                       "is up."),
    ("critical", "en", "The website itself works for me, but since nine every customer gets "
                       "a blank page on every page."),
    ("critical", "nl", "De site is gewoon online, maar niemand kan betalen: elke betaling "
                       "mislukt sinds vanochtend."),
    ("critical", "de", "Die Seite ist erreichbar, aber niemand kann bezahlen, jede Zahlung "
                       "schlägt seit heute früh fehl."),
    ("critical", "no", "Siden lunsj får ingen i redaksjonen publisert saker, og vi får ikke "
                       "publisert noe nytt. Nettsiden er ikke oppe, leserne ser bare en "
                       "feilside."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


def test_dutch_editors_cannot_save_while_the_site_is_online() -> None:
    assert_mail_level(
        "urgent",
        "Kunnen niets meer opslaan in CMS",
        "Hoi, bij elke pagina krijgen we 'geen rechten' als we op Opslaan drukken. De site is "
        "gewoon online voor bezoekers.",
    )
