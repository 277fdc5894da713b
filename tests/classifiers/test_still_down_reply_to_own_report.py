"""A reply that says the problem goes on ("Still down.", "Nog steeds plat.", "Immer noch
nichts.", "Fortsatt nede.") above the report it answers: the quoted report still holds, and is
read with the new text. A site down for everyone, said once and then "still" so, is critical.

Session 14 found it in batch 43's night follow-ups: the new text of such a reply names no site
and no symptom, the quoted history (the writer's own first mail, or the thread) does, and the
engine read only the new text (standard, no rule). `_STILL_SO` in classifiers/engine.py reads
the cue; `quoting.quoted_report` gives the newest quoted mail's own text. A "still" over a
minor bug keeps it minor, a wait for an answer keeps a question low, and a reply that says it
works again reads no quoted outage. A reply that names a problem of its own (more than a vague
"not working") is read alone, as before: the quoted mail may be our "it should work again".
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Still nothing, it's been three hours.\n\nOn Sun, 9 Mar 2025 at 22:10, "
                       "Mia Holt <mia@holtflowers.example> wrote:\n> Our website won't load "
                       "at all, on my laptop or my husband's phone. Just a blank screen.\n"),
    ("critical", "en", "Still not working and it is now past midnight.\n\nFrom: Tom Reed "
                       "<tom@reedcycles.example>\nSent: 14 March 2025 21:05\nTo: Support "
                       "<support@agency.example>\nSubject: Shop offline\n\nHello,\n\nthe shop "
                       "shows \"503 Service Unavailable\" for every visitor since nine.\n"),
    ("critical", "nl", "Hij doet het nog steeds niet. Graag snel.\n\nOp vr 7 mrt 2025 om 23:02 "
                       "schreef Anouk de Wit <anouk@dewitbloemen.example>:\n> Onze website "
                       "is niet bereikbaar, niet op mijn laptop en niet op mijn telefoon. Ook "
                       "klanten bellen erover.\n"),
    ("critical", "nl", "Nog altijd niks. We missen de hele zaterdagavond.\n\nOp za 8 mrt 2025 "
                       "om 20:40 schreef Bas Kok <bas@kokwijnen.example>:\n> De webshop geeft "
                       "op elke pagina een witte pagina, ook op mijn mobiel.\n"),
    ("critical", "de", "Geht immer noch nicht. Was ist da los?\n\nAm So., 9. März 2025 um 20:15 "
                       "Uhr schrieb Lena Brandt <lena@brandt-tee.example>:\n> Unser Onlineshop "
                       "ist nicht mehr erreichbar, weder am PC noch am Handy. Es kommt nur "
                       "\"Diese Website ist nicht erreichbar\".\n"),
    ("critical", "de", "Nach wie vor down, jetzt seit drei Stunden.\n\nAm Fr., 7. März 2025 um "
                       "22:30 Uhr schrieb Jonas Keller <jonas@keller-holz.example>:\n> Auf jeder "
                       "Seite unserer Website kommt \"Error establishing a database "
                       "connection\".\n"),
    ("critical", "no", "Fortsatt ingenting. Hva skjer?\n\nlør. 8. mar. 2025 kl. 21:10 skrev "
                       "Ola Berg <ola@bergsport.example>:\n> Nettsiden vår laster ikke i det hele "
                       "tatt, verken på PC eller mobil. Kundene sier det samme.\n"),
    ("critical", "no", "Det er fremdeles sånn, nå to timer senere.\n\nsøn. 9. mar. 2025 kl. "
                       "19:45 skrev Kari Lund <kari@lundbakeri.example>:\n> Hele nettbutikken "
                       "viser bare en hvit side, på alle sider og alle enheter.\n"),
]  # fmt: skip

NEAR_MISSES = [
    # the problem goes on, but the quoted report is a minor bug: it stays minor
    ("standard", "en", "Still not fixed.\n\nOn Mon, 10 Mar 2025 at 09:12, Mia Holt "
                       "<mia@holtflowers.example> wrote:\n> The photo on our About page is "
                       "stretched on mobile. The rest of the site is fine.\n"),
    ("standard", "de", "Immer noch nicht behoben.\n\nAm Mo., 10. März 2025 um 09:40 Uhr schrieb "
                       "Lena Brandt <lena@brandt-tee.example>:\n> Auf der Seite \"Über uns\" "
                       "ist ein Bild verzerrt. Der Rest der Seite ist in Ordnung.\n"),
    # "still" of another kind: a wait for an answer about a question
    ("low", "nl", "Nog steeds geen antwoord op mijn vraag.\n\nOp di 4 mrt 2025 om 10:02 "
                  "schreef Bas Kok <bas@kokwijnen.example>:\n> Kunnen jullie het "
                  "openingstijdenblok op de homepage wat groter maken?\n"),
    # back now, said so above the quoted outage: over
    ("low", "no", "Nå virker alt igjen, takk!\n\nlør. 8. mar. 2025 kl. 21:10 skrev Ola Berg "
                  "<ola@bergsport.example>:\n> Nettsiden vår laster ikke i det hele tatt, "
                  "verken på PC eller mobil.\n"),
    # the new text names the problem itself: the quoted "should work again" of the reply it
    # answers takes nothing away
    ("critical", "nl", "Helaas, de site is nog steeds niet bereikbaar: op elke pagina een "
                       "foutmelding, ook bij mijn collega thuis.\n\nOp vr 7 mrt 2025 om 16:02 "
                       "schreef Support <support@agency.example>:\n> We hebben de update "
                       "teruggezet. De site zou nu weer bereikbaar moeten zijn.\n"),
    ("standard", "de", "Der Größenfilter geht immer noch nicht, bei Größe L kommt \"Keine "
                       "Produkte gefunden\". Der Farbfilter geht.\n\nAm Mo., 10. März 2025 um "
                       "11:20 Uhr schrieb Lena Brandt <lena@brandt-tee.example>:\n> Könnten "
                       "Sie sich den Filter im Shop ansehen?\n"),
    # the new text reports by itself; no "still" cue, the quoted outage stays history
    ("standard", "en", "One more thing: the footer shows last year's date.\n\nOn Sat, 8 Mar "
                       "2025 at 21:10, Tom Reed <tom@reedcycles.example> wrote:\n> The whole "
                       "site is down for everyone.\n"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
