"""One way to sign in fails for everyone while another still lets everyone in.

"Sign in with Google fails for everyone with redirect_uri_mismatch ... Email + password login
still works" was critical: "fails ... everyone" read as the service down. Another way in that
still works (`<lang>.cx_other_login_works.other_methods_still_work`, one step down, as another
payment method) makes it a function lost (urgent). A login that fails every way, or a site down
beside the words, stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Since the domain switch, Sign in with Google fails for everyone with "
                     "Error 400. Email and password login still works."),
    ("urgent", "nl", "Sinds de verhuizing mislukt inloggen met Google voor iedereen met een "
                     "foutmelding. Inloggen met e-mail en wachtwoord werkt nog."),
    ("urgent", "de", "Seit dem Umzug kann sich keiner mehr mit Google einloggen, es kommt "
                     "Error 400. Die Anmeldung mit E-Mail und Passwort funktioniert."),
    ("urgent", "no", "Etter flyttingen feiler innlogging med Google for alle med Error 400. "
                     "Innlogging med e-post og passord fungerer."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Since the domain switch, login fails for everyone: Sign in with Google "
                       "and the password login don't work, and the app shows a 500 error."),
    ("critical", "de", "Die ganze Plattform ist down, nichts lädt mehr für alle Kunden. Die "
                       "Anmeldung mit Passwort funktioniert nicht mehr."),
    ("critical", "no", "Nettsiden er nede for alle, innlogging med passord fungerer ikke."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
