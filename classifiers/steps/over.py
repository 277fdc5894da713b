"""Outages said to work again, and the conditions, questions and new problems that keep them
open.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from classifiers.cues import _NEW_PROBLEM_CUE, _NOW_OK, THRESHOLD
from classifiers.matching import (
    _forget_matches_in,
    _joined_words,
    _lies_within,
    _pieces,
    _starts_of,
)
from classifiers.model import FiredRule
from classifiers.scan import SOFT

# "It works again IF you refresh": a workaround under a condition, not a fix. A "works
# again" cue followed in its sentence by a condition does not say the problem is over.
_CONDITION_AFTER = re.compile(
    r"[^.!?\n]{0,40}?\b(if|when|as long as|unless|als|wanneer|zolang|mits|wenn|falls|sobald|"
    r"solange|hvis|når|dersom|så lenge)\b"
)
_RESOLVED_CUES = (".resolved", ".resolved_statement", ".thanks")
# "We will alert you when it is back up", "statusen oppdateres ikke før callback fungerer
# igjen", "erst wenn der Webhook wieder funktioniert", "zodra de koppeling weer werkt": a
# works-again cue after a word of time to come (within its clause) says when something will be
# over, not that it is. A cue in the past ("when I looked, it was back up") is no such case.
_CONDITION_BEFORE = re.compile(
    r"\b(when|whenever|once|until|till|before|as soon as|wenn|sobald|bis|bevor|ehe|zodra|"
    r"wanneer|totdat|voordat|når|så snart|før|inntil)\b[^.!?\n,;:]{0,40}$"
)
_PAST_CUE = re.compile(
    r"(was|were|came|worked|went|had|got|var|fungerte|virket|funket|kom|gikk|war|lief|ging|"
    r"funktionierte|kam|werkte|deed|kwam|draaide|liep)\b"
)
# "It stopped working again", "we thought it was fixed": broken again, not working again.
# "We really need this working again", "can you get it working again": a wish, not a fix
# (the other languages' works-again cues are finite verbs, which a wish does not use).
_BROKEN_BEFORE = re.compile(
    r"\b(stopped|quit|ceased|gestopt met|aufgehört zu|sluttet å|thought it|thought that|"
    r"dachten,? es|dachte,? es|dachten dat het|dacht dat het|trodde det|trodde at det|"
    r"(need|needs|want|wants|get|getting|have|having) (it|this|that|them|everything|things))\s+$"
)

# "Wij willen dat hij zo snel mogelijk weer online is", "Wir wollen, dass er so schnell wie
# möglich wieder online ist", "Vi vil at den skal være oppe igjen så fort som mulig": the
# writer wishes the site back, in words ("weer online", "wieder online", "oppe igjen") that
# are no finite verb, so the wish is read in the sentence before the cue (within 60
# characters, no sentence end between). A need is a wish too: "vi trenger testmiljøet oppe
# igjen i morgen", "wir brauchen das Testsystem morgen wieder online".
_WISH_BEFORE = re.compile(
    r"(\b(want|wants|wanted|hope|hoping|need|needs|brauchen|brauche|benötigen|trenger)\b|"
    r"\b(willen|wil|hopen|hoop|moet|moeten) "
    r"(dat|graag)\b|\b(wollen|will|möchten|möchte|hoffen|hoffe|muss|müssen),? (dass|bitte)\b|"
    r"\bbitte\b|\b(vil|ønsker|håper|må) at\b|\bskal være\b|\bas soon as possible\b|"
    r"\bzo snel mogelijk\b|\bso schnell wie möglich\b|\bså fort som mulig\b)[^.!?\n]*$"
)

# An outage on and off ("every five minutes", "av og på", "im Minutentakt", "om de paar
# minuten"): its return is a step of the cycle, told after "then" ("it works for two minutes,
# then everyone gets a 502, and then it's back again", "og så er den tilbake igjen", "und dann
# wieder da", "en dan weer terug"), not the outage over.
_CYCLE = re.compile(
    r"\b(on and off|off and on|every (few|couple of|\d+|two|three|four|five|ten|fifteen|twenty) "
    r"min(ute)?s|every minute|av og på|hvert (\d+\.?|annet|andre|tredje|femte|tiende|"
    r"kvarter)( minutt)?|hvert minutt|med (noen|få) minutters mellomrom|im minutentakt|"
    r"alle (paar|\d+|zwei|drei|fünf|zehn|15|20) minuten|jede minute|om de (paar|\d+|twee|drie|"
    r"vijf|tien) minuten|elke (paar|\d+|twee|drie|vijf|tien) minuten|elke minuut|"
    r"aan en uit|an und aus)\b"
)
_STEP_BEFORE = re.compile(r"\b(then|så|dann|dan|daarna|danach|etterpå)\b(\s+[\w'’]+){0,3}\s*$")


def _drop_conditional_resolved(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget "works again" cues whose every occurrence is followed by a condition, or is a
    step of an outage on and off (`_CYCLE`, `_STEP_BEFORE`)."""
    lowered = None
    cycle: bool | None = None
    for index in new:
        fired = found[index]
        if fired.level not in ("demote", "low") or not fired.id.endswith(_RESOLVED_CUES):
            continue
        if "…" in fired.matched:
            continue
        if lowered is None:
            lowered = text.lower()
        words = r"\W+".join(re.escape(w) for w in fired.matched.split())
        hits = list(re.finditer(r"\b" + words + r"\b", lowered))
        if not hits:
            continue
        if cycle is None:
            cycle = _CYCLE.search(lowered) is not None
        if all(
            _CONDITION_AFTER.match(lowered, m.end())
            or _BROKEN_BEFORE.search(lowered, max(0, m.start() - 18), m.start())
            or _WISH_BEFORE.search(lowered, max(0, m.start() - 60), m.start())
            or (
                _CONDITION_BEFORE.search(lowered, max(0, m.start() - 60), m.start())
                and not _PAST_CUE.match(fired.matched)
            )
            or (cycle and _STEP_BEFORE.search(lowered, max(0, m.start() - 30), m.start()))
            for m in hits
        ):
            del found[index]


# "The booking system has worked fine again since then", "werkt sindsdien weer prima", "läuft
# seitdem wieder einwandfrei", "har fungert fint igjen siden da": a works-again clause. A
# failure matched in its sentence up to a "but" after it is over ("... and we have no
# complaints"); one after the "but" ("worked again yesterday, but since this morning nobody
# can pay") is not.
_AGAIN_FILL = (
    r"(?: (?:fine|perfectly|normally|properly|well|ok|okay|all|everything|it|smoothly|great|"
    r"now|also|just|has|have|had|been|prima|goed|normaal|gewoon|perfect|alles|het|nu|ook|al|"
    r"weer|sindsdien|einwandfrei|problemlos|normal|perfekt|gut|es|ja|jetzt|auch|alles|wieder|"
    r"seitdem|fint|normalt|helt|alt|det|bra|nå|også|igjen|again|hat|har|"
    # the site as a pronoun of its gender: "nå virker den igjen", "nu werkt hij weer", "jetzt
    # läuft sie wieder" (die Seite)
    r"den|hij|zij|sie))"
)
_WORKS_AGAIN = re.compile(
    r"\b(?<!stopped )(?<!not )(?<!never )(?<!niet )(?<!nooit )(?<!nicht )(?<!nie )"
    r"(?<!ikke )(?<!aldri )(?:"
    rf"(?:works?|worked|working|runs?|running|ran|functions?|functioned){_AGAIN_FILL}{{0,3}} "
    r"(?:again|since then|ever since)|"
    r"(?:is|are|was|were|been|'s) (?:back )?(?:fine|ok|okay|normal|up|online|running|"
    r"reachable|working) again|back to normal|"
    rf"(?:werkt|werkte|werken|werkten|gewerkt|draait|draaide|gedraaid|doet het|deed het|"
    rf"functioneert|functioneerde){_AGAIN_FILL}{{0,3}} (?:weer|sindsdien|sinds die tijd)|"
    r"weer (?:prima|goed|normaal|bereikbaar|online|in de lucht)|"
    rf"(?:funktioniert|funktionierte|läuft|lief|gelaufen|geht|ging|gegangen){_AGAIN_FILL}{{0,3}}"
    r" (?:wieder|seitdem|seither)|wieder (?:einwandfrei|normal|erreichbar|online|problemlos)|"
    rf"(?:virker|virket|fungerer|fungerte|fungert|funker|funket|går|gikk){_AGAIN_FILL}{{0,3}}"
    r" (?:igjen|siden da)|(?:fint|normalt|oppe) igjen)"
    # "works again if you reload", "geht wieder nicht": no cue; nor "geht es wieder los" (it
    # starts again: the trouble is back)
    r"\b(?! (?:if|when|unless|als|wanneer|wenn|falls|hvis|når|not|niet|nicht|ikke|nie|nooit|"
    r"aldri|kaputt|kapot|down|offline|nede|plat|eruit|los)\b)",
    re.IGNORECASE,
)
_CONTRAST = re.compile(
    r"\b(but|however|although|though|except|apart from|maar|echter|behalve|alleen|aber|doch|"
    r"jedoch|allerdings|außer|nur|men|bortsett fra|unntatt|likevel)\b|[;:]",
    re.IGNORECASE,
)
# The words one of which every works-again clause holds (a cheap test before the search).
_AGAIN_WORDS = ("again", "since then", "ever since", "to normal", "weer", "sindsdien",
                "sinds die tijd", "wieder", "seitdem", "seither", "igjen", "siden da")  # fmt: skip


def _drop_works_again(
    text: str, found: dict[int, FiredRule], new: set[int], split: Callable[[str], list[str]]
) -> None:
    """Forget incident rules whose match lies in a sentence that says it works again, before
    any "but" that follows the works-again clause."""
    if not any(found[i].level in ("critical", "urgent") for i in new):
        return
    lowered = text.lower()
    if not any(w in lowered for w in _AGAIN_WORDS):
        return
    over: list[str] = []
    cycle = _CYCLE.search(lowered) is not None
    for s in split(text):
        low = s.lower()
        if not any(w in low for w in _AGAIN_WORDS):
            continue
        m = _WORKS_AGAIN.search(s)
        if m is None:
            continue
        if cycle and _STEP_BEFORE.search(low, max(0, m.start() - 30), m.start()):
            # "falls over every ten minutes and is then back online": a step of the cycle
            continue
        cut = _CONTRAST.search(s, m.end())
        clause = s[: cut.start()] if cut is not None else s
        over.append(_joined_words(clause))
    if over:
        _forget_matches_in(over, found, new)


# "Thanks, the site works again. But since yesterday the confirmation mails are not sent",
# "danke, die Seite ist wieder erreichbar. Aber ...", "de site doet het weer! Wel merken we nu
# ...", "takk, nå virker den. Men ...": the thanks and the works-again cue close the old
# incident; a new problem after the "but" is not closed by them. When the text after the
# first "but" that follows such a cue holds a critical or urgent signal of its own, the
# cues before the "but" (and the other low-level words there) no longer lower the level.
_OVER_CUES = (
    ".resolved", ".resolved_statement", ".thanks", ".thanks_after_fix", ".fixed_thanks",
    ".fine_since", ".thanks_again", ".nothing_is_broken", ".false_alarm",
)  # fmt: skip
_SPACES = re.compile(r"\s*")
_NEW_PROBLEM = re.compile(
    r"(?:(?:^|[.!?\n]\s*)(?:but|however|aber|allerdings|doch|jedoch|leider|maar|wel|alleen|"
    r"helaas|men|dessverre|derimot)|,\s*(?:but|aber|doch|jedoch|maar|men))\b"
    # the "but" a few words into the next sentence ("Seit dem Neustart bekommen die Kunden aber
    # keine Rechnungen mehr", "Siden omstarten får kundene derimot ikke ...", "Since the restart,
    # though, ..."): the cut is where that sentence starts
    r"|(?:(?<=[.!?\n])\s*)(?=(?:[^\s.!?]+\s+){1,7}(?:aber|jedoch|allerdings|leider|derimot|"
    r"imidlertid|likevel|dessverre|echter|helaas|though|however|unfortunately)\b)"
    # a time the failure runs from, after the cue ("It was back up around 8. Since 9 it is
    # completely down", "was back up at 9 but since 10 the shop is down again", "Sinds 9 uur
    # ligt hij plat"): a new outage told now, not the old one's end ("since then" is that end)
    r"|(?:(?:^|[.!?\n])\s*|\s(?:but|aber|maar|men)\s+)(?:since|seit|sinds|siden)"
    r"(?=\s+(?!then\b|that\b|dann\b|damals\b|die tijd\b|toen\b|da\b|det\b)\S)",
    re.IGNORECASE,
)


# A question that asks whether the outage ends: its first word a verb or "when" ("Blir den
# oppe igjen?", "Is hij weer online?", "Läuft er bald wieder?", "When will it be back?"), not
# a statement with a doubtful "??" ("So it seems to be working again??").
_ASKS_WHETHER = re.compile(
    r"(blir|vil|kommer|er|går|når|is|will|when|are|does|do|wird|ist|läuft|geht|kommt|wann|"
    r"komt|gaat|wordt|werkt|wanneer|zal)\b"
)


def _drop_over_cue_in_question(
    text: str, found: dict[int, FiredRule], new: set[int], split: Callable[[str], list[str]]
) -> None:
    """Forget the over cues (`_OVER_CUES`) whose match lies only in questions: "Blir den oppe
    igjen i natt?", "Is hij vannacht weer online?", "Läuft er bald wieder?" ask whether the
    outage will end, and tell nothing of it ending."""
    cues = [
        i for i in new if found[i].id.endswith(_OVER_CUES) and found[i].level in ("demote", "low")
    ]
    if not cues or "?" not in text:
        return
    asked: list[str] = []
    told: list[str] = []
    for sentence in split(text):
        words = _joined_words(sentence)
        question = sentence.rstrip().endswith("?") and not sentence.rstrip().endswith("??")
        (asked if question and _ASKS_WHETHER.match(words) else told).append(words)
    _forget_matches_in(asked, found, set(cues), levels=("demote", "low"), told=" | ".join(told))


def _drop_cue_inside_over(
    lowered: str, cues: list[int], found: dict[int, FiredRule], new: set[int]
) -> None:
    """Forget new-problem cues made of the words of an over cue: "jetzt ... aber" in "jetzt
    läuft aber alles wieder" says that it works again, not that something new is wrong."""
    spans = []
    for i in cues:
        piece = _pieces(found[i])[0]
        at = lowered.find(piece)
        if at >= 0:
            spans.append((at, at + len(piece)))
    for i in list(new):
        if i not in found or not found[i].id.endswith(_NEW_PROBLEM_CUE):
            continue
        piece = _pieces(found[i])[0]
        at = lowered.find(piece)
        if at >= 0 and any(at < end and start < at + len(piece) for start, end in spans):
            del found[i]
            new.discard(i)


# "Hopefully just a false alarm, but ...", "Vielleicht ein Fehlalarm", "Misschien vals alarm",
# "Forhåpentligvis falsk alarm": the writer hopes or guesses that the alarm is false, and does
# not take it back.
_FALSE_ALARM = ".false_alarm"
_HEDGED = re.compile(
    r"\b(?:hopefully|maybe|perhaps|possibly|probably|hope|hoping|hoffentlich|vielleicht|"
    r"eventuell|möglicherweise|wahrscheinlich|hoffe|hopelijk|misschien|wellicht|mogelijk|"
    r"waarschijnlijk|hoop|forhåpentligvis|kanskje|muligens|trolig|sannsynligvis|håper)\b"
    r"(?:\s+[^\s.!?]+){0,3}\s+$"
)


def _drop_hedged_false_alarm(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget a false-alarm cue whose every occurrence a hedge word ("hopefully", "vielleicht",
    "misschien", "kanskje") stands a few words before: a guess, no alarm taken back."""
    lowered = text.lower()
    for i in [i for i in new if found[i].id.endswith(_FALSE_ALARM)]:
        piece = _pieces(found[i])[0]
        at = [m.start() for m in re.finditer(re.escape(piece), lowered)] if piece else []
        if at and all(_HEDGED.search(lowered, max(0, a - 60), a) for a in at):
            del found[i]
            new.discard(i)


def _drop_over_before_new_problem(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget the over cues (and low-level words) before a "but" that a new critical or
    urgent problem follows."""
    cues = [
        i for i in new if found[i].id.endswith(_OVER_CUES) and found[i].level in ("demote", "low")
    ]
    if not cues:
        return
    lowered = text.lower()
    _drop_cue_inside_over(lowered, cues, found, new)
    starts = [lowered.find(_pieces(found[i])[0]) for i in cues]
    starts = [s for s in starts if s >= 0]
    if not starts:
        return
    m = _NEW_PROBLEM.search(text, min(starts))
    while m is not None and _NOW_OK.match(text, _SPACES.match(text, m.end()).end()):  # type: ignore[union-attr]
        # "the site was down, but now it works again": that "but" closes the old incident
        m = _NEW_PROBLEM.search(text, m.end())
    cuts = [(m.start(), m.end())] if m is not None else []
    # "Mir ist nur aufgefallen, dass ...", "Only thing I notice is ...": a new-problem cue
    # after the thanks opens the new report as a "but" does.
    cued = False
    for i in new:
        if found[i].id.endswith(_NEW_PROBLEM_CUE):
            at = lowered.find(_pieces(found[i])[0], min(starts))
            if at >= 0:
                cuts.append((at, at))
                cued = True
    if not cuts:
        return
    start, end = min(cuts)
    # after a new-problem cue (itself a third of a signal) half a signal is a new report, a
    # "but" before the cue too ("Wel zie ik nu dat ...")
    by_but = m is not None and (m.start(), m.end()) == (start, end)
    # a "but" a few words into its sentence ("Seitdem fehlen allerdings ...") is no "but" that
    # opens a clause of doubt ("But I'm not sure"): it sets what follows against the fix, a cue
    inside = by_but and m is not None and not m.group(0).strip()
    needed = THRESHOLD if by_but and not cued and not inside else 0.5
    head = _joined_words(text[:start])
    tail = _joined_words(text[end:])

    # a minor bug reported after the thanks ("but the link to the menu now says 'page not
    # found'") is a new report as well: standard-level signals count too
    weight = {"critical": 0.0, "urgent": 0.0, "standard": 0.0}
    for i in new:
        f = found[i]
        if f.level in weight and _lies_within(f, tail) and not _lies_within(f, head):
            weight[f.level] += f.weight
    if sum(weight.values()) < needed:
        return
    for i in list(new):
        f = found[i]
        if (
            # the old incident's own signals go with the cues that closed it ("the site was
            # completely gone, now all runs again. One small thing: ..."): it is over
            (
                f.level in ("low", "critical", "urgent")
                or (f.level == "demote" and f.id.endswith(_OVER_CUES))
            )
            and _lies_within(f, head)
            and not _lies_within(f, tail)
        ):
            del found[i]


# ... unless the sentence goes on to say it works ("PayPal goes through the same checkout and
# works fine", "Vipps går gjennom den samme kassen og fungerer fint"): the same route, and the
# method on it still works; a works-word denied or beside a failure ("and doesn't work
# either") is none
_WORKS_AFTER = re.compile(
    r"[^.!?;]*?\b(?:works?|working|fine|funktioniert|klappt|werkt|werken|lukt|fungerer|virker)\b"
)
_WORKS_DENIED = re.compile(
    r"\b(?:not|never|either|nicht|kein\w*|niet|geen|ikke|heller|fail\w*|fehl\w*|feil\w*|"
    r"mislukt|breaks?|broken|kaputt|stuk)\b|n't\b|n’t\b"
)


def _works_after(lowered: str, at: int) -> bool:
    """The sentence goes on from `at` to say the method works."""
    works = _WORKS_AFTER.match(lowered, at)
    return works is not None and not _WORKS_DENIED.search(works.group(0))


# "It doesn't get there in the end", "sie kommt am Ende doch nicht", "uiteindelijk laadt hij
# toch niet", "den laster likevel til slutt ikke"; "uiteindelijk komt er wel een foutmelding",
# "es kommt am Ende doch nur eine Fehlermeldung": what arrives in the end is nothing, or an
# error. Only a page that arrives in the end is slow (`.goes_through_eventually`, urgent, which
# makes the checkout's spinning urgent too, `decide`); these say the failure itself, a critical
# half signal as the spinning is ("the payment page spins endlessly, in the end it doesn't
# load"). (The rule is `negatable = false` for the wait's own "not" before it: "it doesn't load
# for ages, then it loads in the end".) A `.goes_through_eventually` match whose every
# occurrence has a "not" up to three words before it, its verb's own "not" right after it, or an
# error word up to six words after it, in its clause, counts as critical.
_GOES_THROUGH = ".goes_through_eventually"
_NOT_BEFORE = frozenset(
    ["not", "never", "doesn't", "don't", "didn't", "won't", "isn't", "aren't", "doesnt", "dont",
     "didnt", "wont", "nicht", "nie", "niemals", "niet", "nooit", "ikke", "aldri"]
)  # fmt: skip
# the "not" of a verb-second clause stands right after it, or after its particles and
# pronouns: "uiteindelijk laadt hij toch niet", "kommt am Ende doch nicht", "am Ende klappt es
# dann doch nicht", "laster likevel til slutt ikke"
_NOT_AFTER = frozenset(["not", "never", "nicht", "nie", "niet", "nooit", "ikke", "aldri"])
_PARTICLES = frozenset(
    ["in", "the", "end", "eventually", "then", "dann", "doch", "am", "ende", "schließlich",
     "toch", "wel", "uiteindelijk", "likevel", "allikevel", "til", "slutt", "da", "it", "they",
     "es", "sie", "er", "hij", "ze", "het", "den", "det", "de"]
)  # fmt: skip
# a "not" that goes on to a degree, a time, a scope or a hedge negates no arrival: "not sure
# why", "never mind", "nicht gleich", "nie unter einer Minute", "niet zo snel als vroeger",
# "ikke så raskt som før", "nicht nur", "not only", "nicht bei allen"
_NOT_OF_ANOTHER = frozenset(
    ["sure", "mind", "so", "as", "too", "quite", "very", "always", "only", "just", "before",
     "until", "under", "below", "less", "fast", "quick", "quickly", "immediately", "right",
     "straight", "for", "on", "everywhere", "every", "all", "exactly", "long", "that", "much",
     "gleich", "sofort", "direkt", "ganz", "sehr", "immer", "nur", "unter", "über", "vor",
     "bevor", "selten", "schnell", "sicher", "bei", "für", "auf", "überall", "alle", "jede",
     "jeder", "jedes", "lange", "zo", "meteen", "direct", "gelijk", "altijd", "onder", "voor",
     "binnen", "alleen", "snel", "zeker", "bij", "op", "overal", "lang", "heel", "erg",
     "helemaal", "så", "med", "før", "bare", "kun", "alltid", "raskt", "fort", "sikker", "hos",
     "på", "overalt", "lenge", "helt", "umiddelbart", "enkel", "warum", "why", "waarom",
     "hvorfor", "weiß", "weet", "vet", "know"]
)  # fmt: skip
# whole error words and their compounds ("Fehlermeldung", "foutmelding", "feilside",
# "error page", "500"): not "with", "within" (nl "wit"), "tomorrow" or "Tom" (no "tom"),
# "weiß" (de "know"), "leer"; the short colour and empty words count next to a page or screen
# ("een wit scherm", "en tom side") or after "stays" ("die Seite bleibt weiß")
_ARRIVAL_ERROR = (
    "error", "fehler", "fout", "feil", "404", "500", "502", "503", "504", "timeout", "time-out",
    "blank", "white", "weiße", "weisse", "leere", "witte", "hvit", "tomme",
)  # fmt: skip
_SHORT_ERROR = frozenset(["wit", "tom", "tomt", "weiß", "weiss", "leer", "lege"])
_SCREEN = (
    "page", "screen", "site", "seite", "bildschirm", "pagina", "scherm", "side", "skjerm",
)  # fmt: skip
_STAYS = frozenset(["stays", "remains", "bleibt", "blijft", "blir", "forblir"])
# "fehlerfrei", "foutloos", "feilfritt", "error-free": an error word that says there is none
_NO_ERROR_END = ("frei", "freie", "loos", "loze", "fri", "fritt", "frie", "free", "less")
_WITHOUT = frozenset(["without", "ohne", "zonder", "uten", "no", "kein", "keine", "geen", "ingen"])
# "..., but only to an error page", "..., aber nur mit einer Fehlermeldung", "..., maar alleen
# met een foutmelding", "..., men bare med en feilmelding"
_ONLY = frozenset(["only", "just", "nur", "alleen", "enkel", "bare", "kun"])
_BUT = frozenset(["but", "aber", "maar", "men"])
_BEFORE_WINDOW = 3
_NOT_AFTER_WINDOW = 4
_AFTER_WINDOW = 6


def _is_error_word(tokens: list[str], k: int) -> bool:
    tok = tokens[k]
    if tok in _SHORT_ERROR:
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        return after.startswith(_SCREEN) or (k > 0 and tokens[k - 1] in _STAYS)
    return tok.startswith(_ARRIVAL_ERROR) and not tok.endswith(_NO_ERROR_END)


def _own_not_after(tokens: list[str], end: int) -> bool:
    """Right after the cue, past its particles only, a "not" of its own verb: "laadt hij toch
    niet", "am Ende klappt es dann doch nicht" (not "it loads in the end not sure why")."""
    for k in range(end, min(end + _NOT_AFTER_WINDOW, len(tokens))):
        tok = tokens[k]
        if tok in _NOT_AFTER:
            return k + 1 >= len(tokens) or tokens[k + 1] not in _NOT_OF_ANOTHER
        if tok not in _PARTICLES:
            return False
    return False


def _arrives_as_failure(tokens: list[str], start: int, end: int) -> bool:
    """Up to three words before `tokens[start:end]` a "not" (not across a "but"), right after
    it its verb's own "not", or six after it an error word (not after "without"/"ohne"/
    "zonder"/"uten"), in its clause (or the "but only" clause after it)."""
    for k in range(start - 1, max(start - 1 - _BEFORE_WINDOW, -1), -1):
        if tokens[k] <= SOFT or tokens[k] in _BUT:
            break
        if tokens[k] in _NOT_BEFORE:
            return True
    if _own_not_after(tokens, end):
        return True
    without = False
    k, seen = end, 0
    while k < len(tokens) and seen < _AFTER_WINDOW:
        tok = tokens[k]
        k += 1
        if tok <= SOFT or tok in _BUT:
            # "it does get there in the end, but only to an error page": the clause after goes
            # on; "it loads eventually, but not on mobile" is another clause
            if not _ONLY.intersection(tokens[k : k + 2]):
                break
            seen = 0
            continue
        seen += 1
        if tok in _WITHOUT:
            without = True
        elif _is_error_word(tokens, k - 1) and not without:
            return True
    return False


def _arrival_that_fails(tokens: list[str], found: dict[int, FiredRule], new: set[int]) -> None:
    """Count as critical the "it gets there in the end" cues that every time say it does not,
    or that what arrives is an error."""
    for i in list(new):
        f = found[i]
        if not f.id.endswith(_GOES_THROUGH) or f.level != "urgent" or "…" in f.matched:
            continue
        words = f.matched.split()
        n = len(words)
        starts = _starts_of(words, tokens)
        if starts and all(_arrives_as_failure(tokens, k, k + n) for k in starts):
            found[i] = FiredRule(f.id, "critical", f.field, f.matched, f.weight)
