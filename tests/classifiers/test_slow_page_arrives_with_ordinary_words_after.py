"""A slow page or checkout that arrives in the end ("it gets there in the end with a bit of
patience", "before it goes through with the payment", "irgendwann lädt es dann doch") is slow
(urgent), whatever ordinary word follows the cue: "with", "within", "tomorrow", the name "Tom",
"weiß" (know), and in an unpunctuated voicemail the "not"/"never"/"nicht"/"nie" of another
thought ("not sure why", "never mind", "nicht gleich", "nie unter einer Minute").

Review B found these urgent -> critical since 6742bdd: `_arrival_that_fails`
(classifiers/steps/over.py) took every word that began with an error word for one ("with" and
"within" with nl "wit", "tomorrow" and "Tom" with no "tom", "weiß" the verb with "weiß" the
colour), and any "not" up to four words after the cue for its verb's own. Error words are now
whole words and their compounds (the short "wit", "tom", "weiß", "leer" beside a page or screen
word, or after "bleibt"/"blijft"/"blir"), and the "not" after the cue must follow it past its
particles only ("kommt am Ende doch nicht", "am Ende klappt es dann doch nicht") and go on to no
degree, time, scope or hedge ("so", "gleich", "unter", "sure", "mind").
"""

from __future__ import annotations

import pytest

from classifiers import MessageText, classify
from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "en", "Since the update every page takes 20 to 40 seconds to load. It gets there "
                     "in the end with a bit of patience, but customers give up."),
    ("urgent", "en", "Since yesterday the shop is extremely slow for everyone. Every page loads in "
                     "the end with a delay of 30 seconds."),
    ("urgent", "en", "Since this morning the checkout spins for ages. It does go through with "
                     "every order in the end, but it takes a minute."),
    ("urgent", "en", "The checkout spins for about a minute before it goes through with the "
                     "payment, every time, for every customer."),
    ("urgent", "en", "Since the update every page takes 20 to 40 seconds to load. It does load "
                     "eventually within a minute or so, but customers give up."),
    ("urgent", "en", "The booking page is very slow for all customers, it eventually loads within "
                     "40 seconds."),
    ("urgent", "nl", "De webshop is sinds vanochtend heel traag voor iedereen. Uiteindelijk laadt "
                     "hij toch met een vertraging van 30 seconden."),
    ("urgent", "no", "Nettbutikken er veldig treg for alle i dag. Den laster til slutt med en "
                     "forsinkelse på 30 sekunder."),
    ("urgent", "de", "Seit dem Update ist der Shop für alle extrem langsam. Irgendwann lädt die "
                     "Seite mit 30 Sekunden Verzögerung."),
]  # fmt: skip

# voicemail transcripts: no commas, so the clause goes on into the caller's next thought
TRANSCRIPTS = [
    ("urgent", "hello it's sarah from the shop the checkout spins for ages before it goes through "
               "tomorrow is our big sale so please have a look"),
    ("urgent", "hi it's tom from the garden centre our website is super slow today every page "
               "takes ages it gets there eventually tom here again call me please"),
    ("urgent", "hi this is mark from bakery jansen since the update every page takes like thirty "
               "seconds to load it does get there in the end not sure why it is so slow can you "
               "call me back"),
    ("urgent", "the whole site has gone really slow every page takes forever it loads in the end "
               "never mind the images they are slow too"),
    ("urgent", "ja hallo hier ist müller der shop ist seit heute morgen total langsam irgendwann "
               "lädt es dann doch weiß der kuckuck warum das so lange dauert"),
    ("urgent", "hallo der checkout dreht sich ewig irgendwann klappt es dann doch nicht gleich "
               "aber nach einer minute bitte rückruf"),
    ("urgent", "ja grüß gott der checkout dreht sich ewig bis es durchgeht nie unter einer minute "
               "das geht so nicht bitte rückruf"),
    ("urgent", "hallo met petra de site is de hele dag al heel traag uiteindelijk laadt hij toch "
               "niet zo snel als vroeger natuurlijk bel me even terug"),
    ("urgent", "hei det er per nettsiden er kjempetreg i dag den laster til slutt ikke så raskt "
               "som før da ring meg"),
    # 6742bdd's own: the verb's "not" after its particles still says it does not arrive
    ("critical", "seit dem update braucht jede seite dreißig sekunden sie kommt am ende doch "
                 "nicht die leute fragen ob die seite kaputt ist"),
]  # fmt: skip

NEAR_MISSES = [
    # what arrives is nothing, or an error: critical (6742bdd)
    ("critical", "en", "Since the update every page takes ages. It never gets there in the end, "
                       "only a white screen."),
    ("critical", "en", "Every page spins for a minute and eventually loads with a 500 error, for "
                       "everyone."),
    ("critical", "en", "Since the update every page takes ages. It does load eventually, but only "
                       "to a white screen."),
    ("critical", "de", "Die Zahlungsseite lädt ewig und am Ende lädt sie dann doch nur eine weiße "
                       "Seite."),
    ("critical", "de", "Die Zahlungsseite dreht sich endlos und am Ende klappt es dann doch nicht, "
                       "keiner kann bezahlen."),
    ("critical", "de", "Seit dem Update braucht jede Seite ewig. Am Ende lädt nur eine leere "
                       "Seite."),
    ("critical", "nl", "Sinds de update duurt elke pagina eeuwig. Uiteindelijk laadt hij toch, "
                       "maar alleen een wit scherm."),
    ("critical", "nl", "De betaalpagina draait eindeloos en uiteindelijk lukt het toch niet, "
                       "niemand kan betalen."),
    ("critical", "no", "Siden oppdateringen tar hver side evigheter. Den laster til slutt, men "
                       "bare en tom side."),
    ("critical", "no", "Kassen spinner evig og laster til slutt bare en hvit side, ingen kan "
                       "betale."),
    # no error said, or a "not" of another thing after a comma: urgent
    ("urgent", "en", "Every page takes 30 seconds now. It does get there in the end without an "
                     "error, but it is far too slow."),
    ("urgent", "de", "Der Checkout ist seit heute sehr langsam, irgendwann klappt es nicht sofort, "
                     "aber nach einer Minute geht die Zahlung durch."),
    ("urgent", "nl", "De checkout is heel traag, uiteindelijk lukt het niet meteen maar na een "
                     "minuut wel."),
    ("urgent", "no", "Kassen er veldig treg, betalingen går gjennom til slutt, ikke før etter et "
                     "minutt."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)


@pytest.mark.parametrize(("level", "transcript"), TRANSCRIPTS)
def test_transcript_is_classified_at_its_level(level: str, transcript: str) -> None:
    got = classify(MessageText(subject="", body="", transcript=transcript))
    assert got.severity == level, [(r.id, r.matched) for r in got.rules]
