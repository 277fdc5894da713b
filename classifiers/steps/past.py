"""Failures told as over or long ago, and the matches that fire again in the sentences that
are not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from classifiers.cues import (
    _LONG_AGO,
    _LONG_AGO_GATE,
    _LONG_AGO_LOWER,
    _NOW_OK,
    _NOW_OK_CORE_GATES,
    _NOW_OK_GATES,
    _NOW_WORDS,
    _OVER_GATES,
    _OVER_WORDS,
    _RECENT_GATES,
    _RECENT_WORDS,
    _dates_the_change,
)
from classifiers.literals import Prefilter
from classifiers.matching import _forget_matches_in, _joined_words, _occurs
from classifiers.model import FiredRule

_RECENT = re.compile(r"\b(" + "|".join(_RECENT_WORDS.values()) + r")\b", re.IGNORECASE)
# After "wie letzte Woche", "zoals vorige week", "som forrige uke": the end of the clause, "again"
# ("wie letzte Woche wieder", "som forrige uke igjen"), or a verb in the present ("wie letzte
# Woche ist der Checkout kaputt", "som forrige gang kan ingen betale"), which make the time a
# comparison rather than the time of a relative clause.
_LIKE_LAST_THEN = (
    r"(?=\s*(?:[:;,.!?\n]|$)|\s+(?:again|wieder|erneut|weer|opnieuw|alweer|igjen|ist|sind|geht|gehen|kann|können|funktioniert|funktionieren|"
    r"läuft|laufen|hängt|hängen|kommt|kommen|lädt|laden|bekommen|hat|haben|fällt|fallen|"
    r"is|zijn|gaat|gaan|kan|kunnen|werkt|werken|lukt|doet|doen|komt|komen|krijgen|ligt|liggen|"
    r"er|får|går|fungerer|virker|henger|feiler|kommer|ligger|laster|vil)\b)"
)
_ONGOING = re.compile(
    r"\b(since|still|(?<!earlier )today|now|currently|right now|sinds|nog steeds|nog altijd|"
    r"(?<!eerder )vandaag|nu|seit|immer noch|noch immer|"
    # "heute früh", "tidligere i dag", "i dag tidlig": a time earlier today, not "still today"
    r"heute(?! (früh|morgen|nacht|vormittag|mittag|nachmittag))|jetzt|fortsatt|"
    r"(?<!tidligere )i dag(?! tidlig)|nå|"
    # a duration up to now ("slow over the last week", "de afgelopen weken", "den siste uka")
    r"(over|for|during|in|within) the (last|past)|de afgelopen|in der letzten|die letzten|"
    r"den siste|de siste|i løpet av|"
    # the earlier time named as a comparison ("same as last week: nobody can get in", "genau
    # wie letzte Woche", "net als vorige week", "akkurat som forrige uke"): it is back now.
    # Bare "wie letzte", "zoals vorige" and "som forrige" also lead a relative clause or an
    # aside ("feilen som forrige uke stoppet betalingen", "wie letzte Woche besprochen",
    # "zoals vorige week gemeld"), which says nothing goes on: they count only when the time
    # ends the clause or a verb in the present follows it (`_LIKE_LAST_THEN`).
    r"(same|just) as last|(just )?like last (week|time|month)|genau wie letzte|"
    r"net als vorige|net als de vorige|samme som forrige|akkurat som forrige|"
    r"(wie (letzte|letztes|letzten|vorige|voriges|vorigen)|zoals (de )?vorige|som forrige)"
    r"\s+\w+" + _LIKE_LAST_THEN + "|"
    # an inability told in the present ("members who joined in January can't log in")
    r"can't|cannot|can no longer|kunnen niet|kan niet|können nicht|kann nicht|kan ikke|"
    r"får ikke|kommer ikke|"
    # the same with the subject after the verb ("i går kommer det ikke e-post til oss", "seit
    # gestern kommen keine Mails an", "sinds gisteren komen er geen mails binnen")
    r"kommer det ikke|får vi ikke|får de ikke|komt er geen|komen er geen|krijgen we geen|"
    r"kommt keine|kommen keine|bekommen wir keine|isn't coming|aren't coming|"
    # Norwegian "siden" is also "the page": "since" only when no verb follows it, nor one
    # comes just before it ("i natt var siden utilgjengelig")
    r"(?<!\bvar )(?<!\bble )(?<!\blå )(?<!\bgikk )"
    r"siden(?! (er|var|blir|ble|har|viser|virker|fungerer|kan|ikke|laster|min|vår|deres|nede|"
    r"lå|gikk|og|gir|ga|går|feiler|feilet|svarer|svarte|oppe|virket|fungerte)\b))\b",
    re.IGNORECASE,
)
# A quoted message ("This site can't be reached") is what the screen said, not the writer's tense.
_QUOTED = re.compile(r'"[^"\n]{0,160}"|“[^”\n]{0,160}”|„[^“”\n]{0,160}[“”]')
# Whether a sentence tells a period that ended, one language at a time and each only where
# its literals occur (in `_drop_past`): the four languages' alternation in one IGNORECASE
# search, at every character of each sentence that named a time, was a tenth of a 5 KB
# mail's classification.
_OVER_SENTENCE_GATES = tuple(
    Prefilter(re.compile(words, re.IGNORECASE)) for words in _OVER_WORDS.values()
)
_OVER_UNITS = (
    r"(?:sec\w*|min(?:utes?|uten|uut|utter|utt|\.)?|hours?|hrs?|uur|uren|stunden?|timer?|"
    r"kwartier\w*|viertelstunde|kvarter\w*|halvtime\w*|half ?uur|halbe stunde|dag|dagen|days?|"
    r"tage?n?|dager|døgn)"
)
# What keeps a period going: the present perfect ("has been down for 20 minutes", "har vært
# nede i 20 minutter"), a duration up to now ("al 20 minuten plat", "schon 20 Minuten weg",
# "allerede en time"), a repeated one ("down every 20 minutes", "alle 20 Minuten", "om de 20
# minuten", "hvert 20. minutt"), a start "ago" ("vor 20 Minuten", "20 minuten geleden"), and
# down again ("ist heute wieder down", "nå er den nede igjen"), down since then ("seitdem
# ist sie down", "sindsdien plat"; a works-again cue with these words is read out first), and
# a period of working that ended ("was fine until 8, then it went down", "lief bis 8 Uhr"),
# and an outage told in the present beside the period ("we were in a meeting until 3 and the
# site is down", "jetzt ist die Seite nicht erreichbar").
_NOT_OVER = re.compile(
    r"(?:\b(?:has|have|hasn't|haven't)|'s) been\b|\bhar (?:vært|ligget|stått)\b|"
    r"(?:\b(?:is|are|isn't|aren't|ist|sind|ligt|liggen|er|ligger)|'s)(?: [\w'’]+){0,3}? "
    r"(?:down|offline|plat|nede|unreachable|onbereikbaar|nicht erreichbar|utilgjengelig|"
    r"eruit|kaputt|kapot|broken|not (?:working|loading|reachable))\b|"
    r"\b(?:seitdem|seither|sindsdien|since then|ever since)\b|"
    r"\b(?:fine|ok|okay|normal|normally|good|prima|goed|normaal|gut|einwandfrei|fint|bra|"
    r"normalt|worked|working|werkte|werkten|lief|liefen|funktionierte|virket|fungerte|"
    r"funket)\b[^.;!?]{0,30}?\b(?:until|till|up to|bis|tot|til)\b|"
    r"\b(?:already|al|schon|bereits|allerede|every|alle|elke|iedere|om de|jede[nrms]?|hver|"
    r"hvert|vor)\s+(?:[\w.'’]+\s+){0,2}?" + _OVER_UNITS + r"(?!\w)|"
    r"\b" + _OVER_UNITS + r"\s+(?:ago|geleden|siden)\b|"
    r"\b(?:down|offline|plat|eruit|nede|weg|unreachable|onbereikbaar|erreichbar|"
    r"utilgjengelig) (?:again|weer|wieder|igjen)\b|\b(?:again|weer|wieder|igjen) (?:down|"
    r"offline|plat|eruit|nede|weg|unreachable|onbereikbaar|nicht erreichbar|utilgjengelig|"
    r"ausgefallen)\b",
    re.IGNORECASE,
)
# Words in single quotes ("we got a couple of 'is your website down' messages"): what
# someone else said, not the writer's tense (an apostrophe inside a word opens none).
_SINGLE_QUOTED = re.compile(r"(?<![\w'’])['‘’][^'‘’\n]{1,80}['’](?![\w'’])")
# A clock time today ("today at 7:40", "heute gegen 7:40", "vandaag rond 7.40 uur", "rundt
# 7.40 i dag") names when something happened, not that it still goes on ("today" alone does,
# `_ONGOING`).
_CLOCK_TODAY = re.compile(
    r"\b(?:today|vandaag|heute|i dag)\s+(?:(?:at|around|about|om|rond|omstreeks|tegen|um|"
    r"gegen|kurz nach|kurz vor|kl\.|kl|klokka|klokken|rundt|ved|between|tussen|zwischen|"
    r"mellom|from|van|von|fra|ca\.)\s+)+\d{1,2}(?:[:.]\d\d)?(?!\w)|"
    r"\b\d{1,2}(?:[:.]\d\d|\s*(?:uhr|uur|a\.?m\.?|p\.?m\.?|o'?clock))\s+"
    r"(?:today|vandaag|heute|i dag)\b",
    re.IGNORECASE,
)
_NOW_BEFORE_NON_WORD = Prefilter(re.compile(r"\b(" + _NOW_WORDS + r")\s+\W"))


def _says_recent(lowered: str) -> bool:
    """`_RECENT.search(lowered) is not None`, one language's alternation at a time."""
    return any(_occurs(gate, lowered, lowered) for gate in _RECENT_GATES)


def _says_now_ok(lowered: str) -> bool:
    """`_NOW_OK.search(lowered) is not None`, one language's alternation at a time."""
    if any(_occurs(gate, lowered, lowered) for gate in _NOW_OK_CORE_GATES):
        return True
    # only a "now" before a cue that starts with a non-word character ("now 's back") is left
    return _occurs(_NOW_BEFORE_NON_WORD, lowered, lowered) and any(
        _occurs(gate, lowered, lowered) for gate in _NOW_OK_GATES
    )


_THANKED_FOR_FIX = (".thanks_after_fix", ".cx_thanks_note", ".fixed_thanks")


def _drop_past(
    text: str, found: dict[int, FiredRule], new: set[int], split: Callable[[str], list[str]]
) -> str:
    """Forget incident rules whose match lies only in sentences about a past, over outage.
    Returns the other sentences when some were past (else ""): a rule keeps its first match
    only, so one forgotten may still fire there (`_fires_again`)."""
    if not any(found[i].level in ("critical", "urgent") for i in new):
        return ""
    # The gate on the lowered text, case-sensitive (same matches, much cheaper).
    lowered = text.lower()
    long_ago = _occurs(_LONG_AGO_GATE, lowered, lowered)
    # a period that ended ("was down for 20 minutes") is past without a "works now", as a
    # long-ago time is
    over = any(_occurs(gate, lowered, lowered) for gate in _OVER_GATES)
    # "works now" matters beside a recent outage only: with a long-ago one it is looked for
    # when a sentence names a recent time (the dearest search of the three on a long mail)
    now_ok: list[bool] = []
    if not long_ago and not over:
        # "I just wanted to thank you for reacting so quickly on Tuesday evening when the
        # shop was down": thanks for how an outage was handled say it is over, as "it works
        # now" does
        thanked = any(found[i].id.endswith(_THANKED_FOR_FIX) for i in found)
        # the literal tests of both before either search
        if not any(gate.may_match(lowered, lowered) for gate in _RECENT_GATES) or not (
            thanked or any(gate.may_match(lowered, lowered) for gate in _NOW_OK_GATES)
        ):
            return ""
        if not _says_recent(lowered) or not (thanked or _says_now_ok(lowered)):
            return ""
        now_ok.append(True)

    def said_now_ok() -> bool:
        if not now_ok:
            now_ok.append(_says_now_ok(lowered))
        return now_ok[0]

    # The words that named a time, found once in the whole text: a sentence is searched only
    # when it holds one of them.
    long_hits = [m.group(0) for m in _LONG_AGO_LOWER.finditer(lowered)] if long_ago else []
    recent_hits: list[str] | None = None

    def is_past(sentence: str) -> bool:
        nonlocal recent_hits
        low = sentence.lower()
        # the sentence without its quotes, works-again cues and clock times of today: what is
        # left says whether something still goes on
        told = None
        ended = False  # a period that ended: past unless the sentence says it goes on
        if over and any(_occurs(gate, low, low) for gate in _OVER_SENTENCE_GATES):
            told = _CLOCK_TODAY.sub(" ", _NOW_OK.sub(" ", _QUOTED.sub(" ", sentence)))
            ended = not _NOT_OVER.search(_SINGLE_QUOTED.sub(" ", told))
        if not ended and not (
            any(h in low for h in long_hits)
            and _LONG_AGO.search(sentence)
            and not _dates_the_change(sentence)
        ):
            if recent_hits is None:
                recent_hits = [
                    m.group(0)
                    for gate in _RECENT_GATES
                    if gate.may_match(lowered, lowered)
                    for m in gate.finditer(lowered, lowered=True)
                ]
            if not (
                any(h in low for h in recent_hits) and _RECENT.search(sentence) and said_now_ok()
            ):
                return False
        if told is None:
            told = _CLOCK_TODAY.sub(" ", _NOW_OK.sub(" ", _QUOTED.sub(" ", sentence)))
        return not _ONGOING.search(told)

    told: list[str] = []
    past: list[str] = []
    for sentence in split(text):
        if is_past(sentence):
            past.append(_joined_words(sentence))
        else:
            told.append(sentence)
    if not past:
        return ""
    _forget_matches_in(past, found, new)
    return " ".join(told)
