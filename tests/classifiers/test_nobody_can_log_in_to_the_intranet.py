"""An intranet whose login fails for all its users, the staff ("nobody here has been able to get
into the intranet", "Vi får ikke logget inn noen av oss på intranettet", "Niemand von uns kommt
ins Intranet", "Geen enkele medewerker komt het intranet meer in"): an app used only signed in,
unusable for everyone who uses it, is down for all users (critical).

Session 44 found it in batch 44 (a forwarded mail and a Norwegian office manager, both read as
urgent): `<lang>.staff_login` named the intranet beside the CMS and the backend, and took its
login failures as a staff function lost (urgent). The CMS runs a site its visitors still see; an
intranet is the app itself. New rules `<lang>.cx_intranet_login_for_all_near` (nobody, none of
us, no employee + a login verb + intranet) and `.cx_intranet_locked_out_for_all_near` (all
staff, the whole firm + a failing login verb + intranet) are critical; beside "the public
website is fine" or "customers notice nothing" (the corpus's urgent intranet mails) the engine
counts them as urgent, as it does the staff's CMS login.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Since about eight nobody in the office has been able to get into the "
                       "intranet. It says you are signed in and then drops you back on the "
                       "sign-in page."),
    ("critical", "en", "None of our staff can sign in to the staff portal this morning, they "
                       "all get 'something went wrong' after the password. We're stuck."),
    ("critical", "en", "The whole company is locked out of the intranet since the weekend, "
                       "every colleague gets the same error."),
    ("critical", "nl", "Sinds vanochtend kan niemand van ons meer inloggen op het intranet. Na "
                       "het wachtwoord komt steeds 'Er ging iets mis'."),
    ("critical", "nl", "Alle medewerkers kunnen niet meer inloggen op het intranet, op alle drie "
                       "de locaties hetzelfde."),
    ("critical", "nl", "Geen enkele medewerker komt het intranet meer in sinds 8 uur, ook niet "
                       "thuis."),
    ("critical", "de", "Niemand von uns kommt seit heute früh ins Intranet, nach dem Passwort "
                       "steht nur 'Fehler'. Dienstpläne liegen alle dort."),
    ("critical", "de", "Kein Mitarbeiter kann sich seit dem Wochenende im Intranet anmelden, an "
                       "allen Standorten das Gleiche."),
    ("critical", "de", "Alle Kollegen sind seit heute Morgen aus dem Mitarbeiterportal "
                       "ausgesperrt."),
    ("critical", "no", "Vi får ikke logget inn noen av oss på intranettet i dag. Det står bare "
                       "'Noe gikk galt' etter passordet, likt på alle kontorene."),
    ("critical", "no", "Ingen ansatte kommer inn på intranettet siden i morges, verken på "
                       "kontoret eller hjemmefra."),
    ("critical", "no", "Alle ansatte er utestengt fra ansattportalen etter oppdateringen i natt."),
]  # fmt: skip

NEAR_MISSES = [
    # one colleague's login
    ("standard", "nl", "Eén collega kan niet inloggen op het intranet, de rest van ons logt "
                       "gewoon in."),
    ("standard", "de", "Eine Kollegin kommt nicht ins Intranet, alle anderen melden sich ganz "
                       "normal an."),
    ("standard", "no", "En kollega får ikke logget inn på intranettet, alle oss andre logger inn "
                       "som vanlig."),
    # the staff's CMS login: the site its visitors see still works (urgent)
    ("urgent", "en", "None of our editors can log in to the CMS since the update. The website "
                     "itself works fine."),
    ("urgent", "nl", "Geen enkele redacteur kan inloggen in het CMS. De site zelf werkt gewoon."),
    ("urgent", "no", "Ingen av redaktørene kommer inn i publiseringsløsningen. Nettsiden virker "
                     "som normalt."),
    # the intranet's login for all beside a public site said to work: a staff function (urgent)
    ("urgent", "en", "Nobody on staff can sign in to the intranet since this morning. The public "
                     "website is fine."),
    ("urgent", "nl", "Geen enkele medewerker kan nog inloggen op het intranet. Klanten merken er "
                     "niks van."),
    ("urgent", "de", "Niemand von uns kommt ins Intranet. Die öffentliche Website läuft ganz "
                     "normal."),
    ("urgent", "no", "Ingen ansatte kommer inn på intranettet i dag. Kundene merker ingenting."),
    ("urgent", "en", "Our staff can't log in to the intranet since the password change. "
                     "Customers notice nothing."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
