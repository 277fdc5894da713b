"""A visitor who relies on assistive technology meets a barrier on a page ("the search button is
read out by my screen reader just as 'button'", "I only use the keyboard and cannot see where the
focus is", "de link 'Direct naar inhoud' werkt niet", "die Tabulatorreihenfolge springt",
"skjermleseren leser bildene opp uten tekst"): a defect of that page (standard), not a wish for
a design change (low), even when the visitor got through in the end.

Session 22 found it in batch 75 (accessibility complaints forwarded by a council, a library, a
housing co-op and a union, all read as low): no rule knew screen readers, keyboard focus or tab
order; a forward that names the complaint it passes on ("denne klagen") is read with it.
"""

from __future__ import annotations

from tests.classifiers.conftest import assert_mail_level, family_tests

PARAPHRASES = [
    ("standard", "en", "I use a screen reader and the search button is read out just as "
                       "\"button\". Could you have a look?"),
    ("standard", "en", "I only use a keyboard and I cannot see where the keyboard focus is on the "
                       "booking page. I got there in the end, but it took ages."),
    ("standard", "de", "Ich nutze einen Screenreader. Der Suchknopf wird nur als „Schaltfläche“ "
                       "vorgelesen, ohne Namen. Könnten Sie das ansehen?"),
    ("standard", "de", "Im Anmeldeformular springt der Tabulator vom Vornamen direkt zum Absenden."
                       " Können Sie das prüfen?"),
    ("standard", "nl", "Ik gebruik een schermlezer en de zoekknop wordt voorgelezen als \"knop\" "
                       "zonder naam. Kunnen jullie kijken?"),
    ("standard", "nl", "De link \"Direct naar inhoud\" werkt niet, ik kom weer bovenaan het menu "
                       "uit. Kunnen jullie dat bekijken?"),
    ("standard", "no", "Jeg bruker skjermleser, og søkeknappen leses opp som «knapp» uten navn. "
                       "Kan dere se på det?"),
    ("standard", "no", "I skjemaet hopper tabulatoren fra fornavn rett ned til «Send». Kan dere "
                       "rette det?"),
]  # fmt: skip

NEAR_MISSES = [
    # a wish for bigger text or alt text on new photos: no barrier met (low)
    ("low", "en", "Could you make the font on the homepage a bit bigger? Some of our older "
                  "members find it small."),
    ("low", "en", "Could you add alt text to the three new photos on the team page?"),
    ("low", "de", "Können Sie die Schrift auf der Startseite etwas größer machen? Einige ältere "
                  "Mitglieder finden sie klein."),
    ("low", "nl", "Kunnen jullie een alt-tekst toevoegen aan de nieuwe foto's op de teampagina?"),
    ("low", "no", "Kan dere gjøre skriften på forsiden litt større? Noen eldre medlemmer synes "
                  "den er liten."),
    # a question whether the site works with a screen reader
    ("low", "en", "Is our new booking page tested with screen readers? Just wondering before we "
                  "announce it."),
    # a payment impossible for all stays critical beside a screen reader
    ("critical", "en", "Nobody can pay on the permit page since this morning, with or without a "
                       "screen reader; every card is declined."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


def test_a_forward_that_names_the_complaint_is_read_with_it() -> None:
    assert_mail_level(
        "standard",
        "VS: Klage på innmeldingsskjemaet",
        "Hei,\n\nVi fikk denne klagen fra et nytt medlem. Kan dere se på punktene hun tar opp og "
        "si fra hva som kan rettes? Vi vil gjerne svare henne innen en uke.\n\nLiv\n\n"
        "---------- Videresendt melding ----------\nFra: Randi <randi@example.no>\n"
        "Emne: Klage\n\nJeg bruker bare tastatur. I skjemaet hopper tabulatoren fra fornavn "
        "rett ned til «Send». Jeg fikk meldt meg inn til slutt, men det tok lang tid.\n",
    )
