"""A login that sends you back: pressing "Log in" lands on the login page again.

Nothing read "when we log in we're just sent back to the login page" as a failure at all
(standard). Said with a login action beside it, it is a login broken (urgent,
`.cx_login_loop_near`); said of everyone in one sentence ("everyone who logs in ..."), the app
behind the login is down for all (critical, `.cx_login_loop_for_all_near`), unless the rest of
the site works beside it. Logging out onto the login page is how it should be, a request to
change where it goes is no failure, and one customer's loop while everyone else gets in is a
minor problem.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "When members log in they are sent straight back to the login page."),
    ("urgent", "en", "I type my password, press the button and I'm back on the login page again."),
    ("critical", "en", "Since 8 everyone who logs in is sent straight back to the login page."),
    ("critical", "en", "Everybody who signs in ends up back at the sign-in page, no error shown."),
    ("urgent", "nl", "Als leden inloggen, komen ze meteen weer op het inlogscherm terecht."),
    ("critical", "nl", "Iedereen die inlogt wordt direct teruggestuurd naar de inlogpagina."),
    ("urgent", "de", "Nach Eingabe von Passwort landet man wieder auf der Anmeldeseite."),
    ("critical", "de", "Jeder, der sich anmeldet, landet sofort wieder auf der Anmeldeseite."),
    ("urgent", "no", "Når medlemmene logger inn, havner de bare tilbake på innloggingssiden."),
    ("critical", "no", "Alle som logger inn i appen, blir sendt tilbake til innloggingen."),
]  # fmt: skip

NEAR_MISSES = [
    # the rest of the site works: a part's login, urgent
    ("urgent", "en", "Everyone who logs in to the members' area is sent back to the login "
                     "page. The rest of the website works normally."),
    ("urgent", "nl", "Iedereen die inlogt in het ledengedeelte komt weer op het inlogscherm. "
                     "De rest van de site werkt gewoon."),
    ("urgent", "de", "Alle Mitglieder, die sich anmelden, landen wieder auf der Anmeldeseite. "
                     "Die übrige Website funktioniert normal."),
    # a test system
    ("standard", "en", "On the staging site everyone who logs in is sent back to the login "
                       "page; production is fine."),
    # the past, fixed
    ("low", "en", "Yesterday everyone who logged in was sent back to the login page, but since "
                  "your fix it works again."),
    # one customer, the others get in
    ("standard", "en", "One customer says that when she logs in she is sent back to the login "
                       "page; everyone else can log in fine."),
    # logging out, a question or a request
    ("standard", "en", "Is it normal that after I log out I'm sent back to the login page?"),
    ("low", "nl", "Kunnen jullie ervoor zorgen dat je na het uitloggen terug naar het "
                  "inlogscherm gaat?"),
    ("low", "de", "Nach dem Abmelden landet man wieder auf der Anmeldeseite, können Sie das "
                  "ändern?"),
    ("standard", "no", "Kan dere gjøre det slik at man etter utlogging kommer tilbake til "
                       "innloggingssiden?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
