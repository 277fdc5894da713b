""" "None of us" denying what an intruder did stays an intruder's sign (critical): German "keiner
von uns hat das deaktiviert / ausgeschaltet / storniert" (the security plugin or two-factor
login switched off, the day's orders cancelled), and the how-to question beside an unknown
administrator seen in the user list ("Det står en administrator "wp_help" i brukerlisten.
Ingen av oss har lagt til brukere før. Hvordan sletter vi den?").

1cc7374 (`de.nobody_made_it` class @done_it, `_drop_not_done_before`) lowered these
(/work/reviews/revA.md, 1cc7374): "keiner von uns hat das" needed a participle from a list that
lacked those deeds, and the administrator told as standing in the list ("står", "steht",
"staat", "there is") was read as nothing that appeared, so "none of us has added users before"
became a how-to. Its own how-to questions stay below critical
(test_none_of_us_has_done_this_before.py).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Das Sicherheits-Plugin ist plötzlich aus. Keiner von uns hat das "
                       "deaktiviert."),
    ("critical", "de", "Die Zwei-Faktor-Anmeldung ist ausgeschaltet, niemand von uns hat das "
                       "ausgeschaltet."),
    ("critical", "de", "Alle Bestellungen von heute wurden storniert, keiner von uns hat das "
                       "storniert."),
    ("critical", "de", "Die Backups wurden alle entfernt, keiner von uns hat das gelöscht oder "
                       "entfernt."),
    ("critical", "de", "Die Auszahlungen gehen auf ein fremdes Konto. Niemand von uns hat das "
                       "umgestellt oder überwiesen."),
    ("critical", "no", 'Det står en administrator "wp_help" i brukerlisten. Ingen av oss har '
                       "lagt til brukere før. Hvordan sletter vi den?"),
    ("critical", "de", 'In der Benutzerliste steht ein Administrator "support_wp". Keiner von uns '
                       "hat bisher einen Benutzer angelegt. Wie löschen wir ihn?"),
    ("critical", "nl", 'Er staat een beheerder "wpadmin2" in de gebruikerslijst. Niemand van ons '
                       "heeft eerder een gebruiker aangemaakt. Hoe verwijderen we die?"),
]  # fmt: skip

NEAR_MISSES = [
    # what none of us has, not what none of us did
    ("standard", "de", "Niemand von uns hat das Passwort für das Redakteurskonto, wie setzen wir "
                       "es zurück?"),
    # a how-to question about a user list, nobody unknown in it: no intruder (low, or the
    # default standard where no rule fires)
    ("low", "no", "Ingen av oss har lagt til brukere før. Hvordan legger vi til en ny redaktør i "
                  "brukerlisten?"),
    ("standard", "de", "Keiner von uns hat bisher einen Benutzer angelegt. Wie legen wir "
                       "einen neuen Redakteur in der Benutzerliste an?"),
    ("standard", "nl", "Niemand van ons heeft eerder een gebruiker aangemaakt. Hoe zetten we "
                       "een nieuwe redacteur in de gebruikerslijst?"),
    ("standard", "en", "None of us has added a user before. How do we put a new editor in the "
                       "user list?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
