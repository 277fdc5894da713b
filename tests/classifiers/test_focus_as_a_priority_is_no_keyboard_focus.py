"""The keyboard focus of a page said unseen or jumping ("Auf dem Formular ist der Fokus nicht
sichtbar", "de focus is niet zichtbaar", "fokus er usynlig") is an accessibility barrier
(standard); "focus" as a priority ("Unser Fokus liegt gerade auf dem Relaunch, für die
Barrierefreiheit fehlt uns noch das Budget", "onze focus ligt op de relaunch", "vi har fokus på
appen nå") names no page and no barrier, and a request for a quote beside it stays low.

Session 22's review found the priority read as a barrier (low -> standard) since 2fdb09a: a
bare "Fokus"/"focus" in `<lang>.cx_accessibility_barrier_near` met "fehlt", "ontbreekt",
"mangler", "schwierig", "lastig", "vanskelig" anywhere in its sentence. The bare word now counts
only in `<lang>.cx_focus_not_seen_near`, beside "not visible", "invisible" or "jumps" in its
own clause; "wo der Fokus ist", "waar de focus", "hvor fokus" stay with the barrier rule.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("standard", "de", "Auf der Buchungsseite ist der Fokus nicht sichtbar, wenn ich mit der "
                       "Tastatur navigiere. Können Sie das prüfen?"),
    ("standard", "de", "Ich nutze nur die Tastatur und kann auf der Buchungsseite nicht "
                       "erkennen, wo der Fokus ist. Können Sie das prüfen?"),
    ("standard", "nl", "Op het formulier is de focus niet zichtbaar. Kunnen jullie kijken?"),
    ("standard", "no", "På skjemaet er fokus usynlig. Kan dere se på det?"),
    ("standard", "no", "Fokusmarkeringen mangler på skjemaet, jeg bruker bare tastatur. Kan "
                       "dere se på det?"),
    ("standard", "en", "I only use a keyboard and I cannot see where the keyboard focus is on "
                       "the booking page. Could you have a look?"),
]  # fmt: skip

NEAR_MISSES = [
    # focus as a priority, budget talk, beside a request for a quote
    ("low", "de", "Könnten Sie uns bitte ein Angebot für eine barrierefreie Website schicken? "
                  "Unser Fokus liegt gerade auf dem Relaunch, für die Barrierefreiheit fehlt uns "
                  "noch das Budget."),
    ("low", "de", "Können Sie uns ein Angebot schicken? Wir möchten den Fokus auf die mobile "
                  "Version legen, die Desktopseite ist schwierig zu pflegen."),
    ("low", "nl", "Kunnen jullie een offerte sturen voor een toegankelijke website? Onze focus "
                  "ligt nu op de relaunch, voor toegankelijkheid ontbreekt nog het budget."),
    ("low", "nl", "Kunnen jullie een offerte sturen? De focus ligt op mobiel, de desktopversie "
                  "is lastig te onderhouden."),
    ("low", "no", "Kan dere sende et tilbud? Vi har fokus på appen nå, nettsiden er vanskelig å "
                  "oppdatere."),
    ("low", "no", "Kan dere sende oss et tilbud på universell utforming? Fokus er på "
                  "relanseringen nå, vi mangler fortsatt budsjett til det."),
    ("low", "en", "Could you send us a quote for making the site accessible? Our focus is on the "
                  "relaunch right now, the budget for accessibility is still missing."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
