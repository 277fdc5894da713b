"""A script nobody placed on the payment page sends the card data away: a breach.

"An unknown script on the checkout page (payment.js, loaded from a domain we don't know)
sends the card data somewhere else", "ein fremdes Skript schickt die Kartendaten woanders
hin", "een onbekend script stuurt de kaartgegevens naar een ander domein", "et ukjent
script sender kortdataene et annet sted": skimming, the customers' cards read off the
checkout (`<lang>.card_data_sent_elsewhere_near`, critical). A file or host name written
with its dot ("payment.js", "cdn-stats.top") is no sentence end, so the script and what it
does are read together. The payment provider's own script that sends card data to the
provider, or a request to add one, is no stranger (low).
"""

from __future__ import annotations

from classifiers.scan import BOUNDARY
from classifiers.words import _tokens
from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Our developer found an unknown script on the checkout page (payment.js, "
                       "loaded from a domain we don't know) that sends the card data somewhere "
                       "else."),
    ("critical", "en", "There is a strange piece of code in the payment form that copies the "
                       "credit card details to another server. What do we do?"),
    ("critical", "de", "Auf der Zahlungsseite steckt ein fremdes Skript (pay.js von "
                       "static-cdn-js.top), das die Kartendaten offenbar woanders hinschickt."),
    ("critical", "de", "Unser Entwickler hat ein unbekanntes Script gefunden, das die "
                       "Kreditkartendaten an einen anderen Server sendet."),
    ("critical", "nl", "Er staat een onbekend script op de betaalpagina (form.js) dat de "
                       "kaartgegevens naar een ander domein stuurt."),
    ("critical", "nl", "Onze developer vond vreemde code in het afrekenformulier die de "
                       "creditcardgegevens ergens anders naartoe stuurt."),
    ("critical", "no", "Vi fant et ukjent script på betalingssiden (pay.js lastes fra "
                       "stats-cdn.top) som sender kortdataene et annet sted."),
    ("critical", "no", "Det ligger fremmed kode i kassen som sender kortopplysningene til en "
                       "annen server."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "en", "Please add the new Adyen script to the checkout; it sends the card details "
                  "directly to Adyen, not to our server."),
    ("low", "de", "Können Sie auf der Zahlungsseite das Skript von Stripe einbauen? Die "
                  "Kartendaten gehen dann direkt an Stripe."),
    ("low", "nl", "Kunnen jullie het script van Mollie op de betaalpagina bijwerken? Het stuurt "
                  "de kaartgegevens rechtstreeks naar Mollie."),
    ("low", "no", "Kan dere legge inn et script for Klarna på betalingssiden? Kortdata skal gå "
                  "direkte til Klarna, ikke til oss."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


def test_a_file_or_host_name_ends_no_sentence() -> None:
    assert BOUNDARY not in _tokens("a script (checkout.js from cdn-stats.top) sends it")
    assert BOUNDARY not in _tokens("wp-login.php gives an error")
    # an address on a known ending is left to the address rules; "down.Nobody" stays an end
    assert BOUNDARY in _tokens("The public website example.eu is working")
    assert BOUNDARY in _tokens("the site is down.Nobody can pay")
