"""Unknown code at the checkout told beside a voucher problem, or quoted from a scanner.

"There is unknown code on our checkout page since last night. Customers also say their voucher
is rejected": two things told; the voucher is looked for in the sentence of the "unknown code"
only (engine `_drop_script_error`, a93e313), so the stranger's code stays critical. 'Our
security scanner reports: "unknown code" injected in checkout.js on the payment page': quotes
are the checkout's message only in a sentence that tells no planting (injected, eingeschleust,
geïnjecteerd, a .js file). The message "unknown code" for a typed-in code stays a coupon bug.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "There is unknown code on our checkout page since last night. Customers "
                       "also say their voucher is rejected."),
    ("critical", "en", "Our security scanner reports: \"unknown code\" injected in checkout.js on "
                       "the payment page."),
    ("critical", "nl", "Op de afrekenpagina staat onbekende code sinds gisteravond. Klanten "
                       "zeggen ook dat hun kortingscode wordt geweigerd."),
    ("critical", "de", "Unser Sicherheitsscanner meldet: \"unbekannter Code\" eingeschleust in "
                       "checkout.js auf der Bezahlseite."),
]  # fmt: skip

NEAR_MISSES = [
    # the checkout's message for a code typed in
    ("standard", "en", "Customers get \"unknown code\" at checkout."),
    ("standard", "en", "Customers who type the voucher code in the checkout get \"Unknown code\" "
                       "even though the voucher is valid."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
