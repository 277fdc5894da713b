"""A link to the writer's own goods that appeared where it was asked for: a request, not spam
planted by an intruder.

"The new link to our online pharmacy has appeared in the menu, thanks! Could you make it
bold?": `<lang>.cx_spam_links_appeared_near` (firm) reads links to pharmacies, loans or casinos
that appeared as planted spam. Goods named as ours ("our online pharmacy", "unserer
Online-Apotheke", "onze online apotheek", "vårt nettapotek", "nettapoteket vårt") or thanks
closing the sentence ("..., thanks!") say we put it there (`_drop_own_link_appeared`). Spam
links on our site, and a report that ends "thanks in advance", stay critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("low", "en", "The new link to our online pharmacy has appeared in the menu, thanks! Could "
                  "you make it bold?"),
    ("low", "de", "Der neue Link zu unserer Online-Apotheke ist jetzt im Menü erschienen, "
                  "danke! Könnt ihr ihn noch fett machen?"),
    ("low", "nl", "De nieuwe link naar onze online apotheek is verschenen in het menu, dank! "
                  "Kan hij nog vetgedrukt?"),
    ("low", "no", "Den nye lenken til vårt nettapotek har dukket opp i menyen, takk! Kan dere "
                  "gjøre den fet?"),
    ("low", "en", "The link to the casino partner page has appeared in the footer, thanks! Could "
                  "you move it to the top?"),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "en", "Suddenly a load of links to online pharmacies and payday loans appeared "
                       "at the bottom of every page of our site."),
    ("critical", "en", "Links to casinos appeared in our footer, thanks in advance for removing "
                       "them."),
    ("critical", "de", "Unten auf allen Seiten sind plötzlich Links zu Online-Apotheken und "
                       "Sofortkrediten aufgetaucht."),
    ("critical", "nl", "Onderaan alle pagina's van onze site zijn opeens links naar online "
                       "apotheken en snelle leningen verschenen."),
    ("critical", "no", "Det har dukket opp en masse lenker til nettapotek og smålån nederst på "
                       "sidene våre."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
