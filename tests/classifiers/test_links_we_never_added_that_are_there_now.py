"""Links the writer never added and that are there now: planted by a stranger.

ec49904 read "we never added ..." as a wish ("Wir haben das Klarna-Skript nie an der Kasse
eingebaut. Könnt ihr das machen?") and forgot the planted-spam rules in that clause. "Wir haben
nie Casino-Links eingefügt und trotzdem stehen jetzt überall auf unserer Startseite
Casino-Links" and "I never added these viagra links and they are on every page of our site now"
went with it (critical -> standard). A denial the sentence goes on to set against the links
being there ("and"/"but" with a new subject not the writer, a word of "now", "still", "every"
after it, no wish) is spam planted by a stranger (critical); a denial followed by the writer's
own wish stays a wish.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Wir haben nie Casino-Links eingefügt und trotzdem stehen jetzt überall auf "
                       "unserer Startseite Casino-Links."),
    ("critical", "en", "I never added these viagra links and they are on every page of our site "
                       "now."),
    ("critical", "nl", "Ik heb die casinolinks nooit geplaatst en ze staan nu op elke pagina van "
                       "onze site."),
    ("critical", "no", "Vi har aldri lagt inn disse casino-lenkene, men nå ligger de på alle "
                       "sidene våre."),
    ("critical", "de", "Wir haben diese Viagra-Links nie eingefügt, aber sie stehen jetzt auf "
                       "jeder Seite."),
]  # fmt: skip

NEAR_MISSES = [
    # a script never added, asked for: a wish
    ("low", "de", "Wir haben das Klarna-Skript nie an der Kasse eingebaut. Könnt ihr das machen?"),
    ("low", "de", "Wir haben das Klarna-Skript nie an der Kasse eingebaut, aber wir möchten es "
                  "jetzt haben. Könnt ihr das machen?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
