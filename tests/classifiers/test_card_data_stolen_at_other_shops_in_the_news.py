"""Card or customer data stolen at other shops, read in the news, or a list the sender
gathered: a question or a request, not a breach of ours.

"Laut einem Zeitungsartikel werden bei vielen Shopware-Shops Kartendaten abgegriffen. Sind wir
davon betroffen?": `<lang>.cx_data_in_strangers_hands_near` (firm) fires on "Kartendaten ...
abgegriffen"; the news frame (`_drop_reported`) now knows "laut einem Zeitungsartikel", the
verb put second ("In het nieuws las ik dat ..."), many shops ("bei vielen Shopware-Shops") and
"bij andere webshops". "Harvested" is what we do with our own sign-up forms, not a theft. Data
stolen through our shop stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "de", "Laut einem Zeitungsartikel werden bei vielen Shopware-Shops Kartendaten "
                  "abgegriffen. Sind wir davon betroffen?"),
    ("low", "nl", "In het nieuws las ik dat bij andere webshops kaartgegevens worden "
                  "afgevangen. Zijn wij veilig?"),
    ("low", "en", "Could you import the customer list we harvested from our trade-fair sign-up "
                  "forms into the newsletter tool?"),
    ("low", "en", "According to a news report card data is being skimmed at many WooCommerce "
                  "shops. Are we safe?"),
    ("low", "no", "I avisen leste jeg at kortdata blir stjålet hos andre nettbutikker. Er vi "
                  "berørt?"),
]  # fmt: skip

NEAR_MISSES = [
    # stolen through our own shop: a breach
    ("critical", "en", "Card data is being skimmed through our shop, a customer saw a fake "
                       "payment form."),
    ("critical", "de", "Über unseren Shop werden Kartendaten abgegriffen, mehrere Kunden melden "
                       "Missbrauch."),
    ("critical", "nl", "Via onze webshop worden kaartgegevens afgevangen, klanten melden "
                       "fraude."),
    ("critical", "no", "Kortdata blir stjålet via nettbutikken vår, flere kunder melder "
                       "misbruk."),
    # the news, and ours too
    ("critical", "de", "Laut einem Zeitungsartikel werden bei vielen Shops Kartendaten "
                       "abgegriffen, und bei uns melden drei Kunden Missbrauch ihrer Karte "
                       "nach dem Einkauf."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
