"""A script on the payment page said to read along, skim or steal the card numbers: a card
skimmer, a breach (critical), even when the mail is calm and says nothing of where the data
goes.

"Mein Neffe sagt, dort wird ein Skript von einer Adresse "cdn-stat.com" geladen, das die
Kartennummer mitliest": the covert verb ("mitliest", "reads along", "meeleest", "leser med",
"skims", "steals") between the script and the card data (`<lang>.card_data_read_along_near`).
An address in quotes is an aside whose dot ends no sentence (engine `_WRITTEN_ADDRESS`). The
provider's script that processes the card data, a question whether it steals them, or a denial
stay what they are.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Mein Neffe hat sich die Bezahlseite angesehen und sagt, dort wird ein "
                       "Skript von einer Adresse \"cdn-stat.com\" geladen, das die Kartennummer "
                       "mitliest. Können Sie bei Gelegenheit schauen? Es eilt nicht."),
    ("critical", "en", "My nephew looked at our payment page and says a script from some "
                       "address is loaded there that reads along the card numbers. No rush, "
                       "whenever you have a moment."),
    ("critical", "nl", "Mijn neef keek naar onze betaalpagina en zegt dat er een script van een "
                       "vreemd adres wordt geladen dat de kaartnummers meeleest. Geen haast."),
    ("critical", "no", "Nevøen min så på betalingssiden og sier at det lastes et script fra en "
                       "adresse som leser med kortnummeret. Ingen hast."),
    ("critical", "en", "There is a piece of code in our checkout that skims the card details "
                       "customers type in."),
    ("critical", "de", "Im Checkout steckt ein Skript, das die Kreditkartendaten abgreift."),
]  # fmt: skip

NEAR_MISSES = [
    # the provider's script doing its work
    ("standard", "en", "Stripe's script on the payment page processes the card numbers."),
    # a question whether it steals, a denial
    ("low", "en", "Does the Stripe script read the card number? We want to know it doesn't "
                  "steal card data."),
    ("standard", "de", "Das Skript von Stripe liest die Kartennummer nicht mit, oder?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
