"""A card skimmer at work told beside a word that `classifiers/steps/skimmer.py` reads as
"no skimmer here" when it frames the script itself.

Since 6fb4960d the step forgot a skimmer whenever its sentence held such a word anywhere:
"tokenized" ("... intercepts the card numbers before they are tokenized"), a plugin named
after the newsletter ("A script injected through the newsletter plugin skims the card
data"), a request to remove it ("can you remove it and make sure it cannot come back?"), a
wish for a scan ("we want a script scan of the whole site"), "no other scripts" beside the
one found, or a field that lost focus. These are skimmers (critical).

The step still drops a newsletter or an article that is the mail, the provider's own script
that tokenises, a wish for such a script, a scan that found none and a field's focus.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # a token: the card is read before it is tokenised, no provider's own script
    ("critical", "en", "We found a script on the live checkout that intercepts the card numbers "
                       "before they are tokenized."),
    ("critical", "de", "Ein Skript im Checkout greift die Kartennummern ab, bevor sie "
                       "tokenisiert werden."),
    ("critical", "nl", "We vonden een script in de kassa dat de kaartnummers onderschept voordat "
                       "ze getokeniseerd worden."),
    ("critical", "no", "Vi fant et script i kassen som fanger opp kortnumrene før de blir "
                       "tokenisert."),
    # a plugin named after the newsletter
    ("critical", "en", "A script injected through the newsletter plugin skims the card data on "
                       "our checkout page."),
    ("critical", "en", "A script injected via our newsletter signup form skims the card numbers "
                       "at checkout."),
    ("critical", "de", "Ein Skript im Checkout liest die Kartennummern mit, es wurde über den "
                       "Newsletter-Plugin eingeschleust."),
    # a request to remove it
    ("critical", "en", "A script on our checkout steals the card numbers, can you remove it and "
                       "make sure it cannot come back?"),
    ("critical", "de", "Ein Skript im Checkout stiehlt die Kartennummern, können Sie es "
                       "entfernen und sauberen Code einbauen?"),
    ("critical", "nl", "Een script op onze kassa steelt de kaartnummers, kunnen jullie het "
                       "verwijderen en zorgen dat het niet terugkomt?"),
    # a wish for a scan or an audit, not for such a script
    ("critical", "en", "A script on our checkout reads along the card numbers, we want a script "
                       "scan of the whole site asap."),
    ("critical", "de", "Ein Skript liest im Checkout die Kartennummern mit, wir möchten ein "
                       "Skript-Audit sofort."),
    ("critical", "no", "Et script i kassen stjeler kortnumrene, vi vil ha en skanning av alle "
                       "script."),
    # no other scripts beside the one found
    ("critical", "en", "Our security scanner found a script on the checkout that skims card "
                       "numbers, no other scripts flagged."),
    ("critical", "de", "Ein Skript im Checkout stiehlt die Kartennummern, keine anderen Skripte "
                       "sind betroffen."),
    ("critical", "nl", "Een script op de betaalpagina steelt de kaartnummers, geen andere "
                       "scripts gevonden."),
    ("critical", "no", "Vi fant et script i kassen som stjeler kortnummer, ingen andre script er "
                       "endret."),
    # a field that lost focus
    ("critical", "en", "The card numbers are stolen by a script on our checkout, a customer "
                       "noticed it when the field lost focus."),
]  # fmt: skip

NEAR_MISSES = [
    # a newsletter that is the mail
    ("standard", "en", "Newsletter: attackers use scripts that skim card data from checkout "
                       "pages."),
    # a scan that found none
    ("standard", "en", "Scan complete: no scripts skimming card data found."),
    # a wish for such a script
    ("low", "en", "Could you build a script that reads along the card number and shows the "
                  "brand logo?"),
    # a field's focus
    ("standard", "en", "The script steals the focus from the card number field."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
