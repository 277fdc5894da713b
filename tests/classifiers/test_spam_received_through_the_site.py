"""Spam that reaches us through the site is a nuisance to filter, not links an intruder planted
on our pages: "we get a lot of spam through the contact form, mostly viagra ads", "über das
Kontaktformular kommt viel Spam", "vi får mye spam gjennom kontaktskjemaet", "in den
Kommentaren landen jeden Tag Viagra-Links" (`_drop_spam_received` in classifiers/steps/planted.py).

Session 14 found these by writing ordinary requests of its own: at 50d8bb8 all six
paraphrases below were critical (`<lang>.seo_spam` on "viagra", the planted-by-a-stranger
rules on "viagra ... ads"). The family asks that none is read as a breach; whether a captcha
wish is low or standard is the other rules' business.

A sentence counts when it names the channel the spam came by ("through the contact form",
"in den Kommentaren"), and for a form or an inbox the word "spam" too. Links on every page
stay critical, also beside the comments or the form ("op alle pagina's en in de reacties",
"every page and even the contact form show casino links"), and so do links shown by the form
itself ("Das Kontaktformular zeigt jedem Besucher Viagra-Links").
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "en", "We get a lot of spam through the contact form, mostly viagra ads. Could"
                       " you add a captcha?"),
    ("standard", "en", "Our inbox is full of casino and viagra spam from the web form every "
                       "morning. Can something be done?"),
    ("low", "nl", "Via het contactformulier krijgen we veel spam, vooral viagra-reclame en "
                  "casinolinks. Kunnen jullie een captcha toevoegen?"),
    ("low", "de", "Über das Kontaktformular kommt viel Spam, meist Viagra-Werbung und "
                  "Casino-Links. Könnt ihr ein Captcha einbauen?"),
    ("low", "de", "In den Kommentaren unter dem Blog landen jeden Tag Viagra-Links. Könnt ihr "
                  "die Kommentare moderieren lassen?"),
    ("standard", "no", "Vi får mye spam gjennom kontaktskjemaet, mest viagra-reklame og "
                       "casinolenker. Kan dere legge inn captcha?"),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Our site has been hacked: there are pages with viagra ads all over it."),
    ("critical", "en", "Our site is full of spam: every page and even the contact form show "
                       "casino links nobody put there."),
    ("critical", "en", "Since Monday every product page shows viagra links. We also get spam "
                       "through the contact form, but that is old."),
    ("critical", "nl", "Op alle pagina's en in de reacties staan ineens casinolinks die wij er "
                       "niet op hebben gezet."),
    ("critical", "de", "Das Kontaktformular zeigt jetzt jedem Besucher Viagra-Links an, die "
                       "niemand von uns eingefügt hat."),
    ("critical", "de", "Auf jeder Seite unseres Shops stehen plötzlich Viagra-Links, die wir "
                       "nicht eingefügt haben."),
    ("critical", "no", "På alle sidene våre står det plutselig viagra-reklame som vi ikke har "
                       "lagt inn."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
