"""Scope: a failure on some devices only, for some users, or said in a tone that limits it."""

from __future__ import annotations

import re

from classifiers.cues import _DEVICE_SCOPE, _LOOKED_FOR_ELSEWHERE
from classifiers.decision_cues import DEVICE_WORD
from classifiers.decision_cues import FOR_EVERYONE as _FOR_EVERYONE
from classifiers.matching import _pieces, _starts_of
from classifiers.model import FiredRule
from classifiers.rules import RuleSet
from classifiers.scan import BOUNDARY, SOFT, scan_phrases
from classifiers.words import _ADDRESS_TLD, _tokens

_CLAUSE_NOT = frozenset(
    ["not", "no", "never", "neither", "nor", "nowhere", "doesn't", "don't", "isn't", "won't",
     "didn't", "can't", "cannot", "nicht", "kein", "keine", "nie", "nirgends", "weder", "niet",
     "geen", "nooit", "nergens", "noch", "ikke", "ingen", "aldri", "verken", "hverken"]
)  # fmt: skip


def _works_in_clause(tokens: list[str], start: int, end: int) -> bool:
    """The clause around `tokens[start:end]` (between clause marks) has a works word and no
    negation."""
    lo = start
    while lo > 0 and tokens[lo - 1] > SOFT:
        lo -= 1
    hi = end
    while hi < len(tokens) and tokens[hi] > SOFT:
        hi += 1
    clause = tokens[lo:hi]
    return not _CLAUSE_NOT.intersection(clause) and bool(_WORKS_WORDS.intersection(clause))


def _drop_devices_where_it_works(
    tokens: list[str], found: dict[int, FiredRule], new: set[int]
) -> None:
    """Forget device widen matches that every time lie in a clause saying it works there."""
    for i in list(new):
        f = found[i]
        if f.level != "widen" or not f.id.endswith(_DEVICE_SCOPE):
            continue
        words = f.matched.split()
        if not words or "…" in words:
            continue
        n = len(words)
        starts = _starts_of(words, tokens)
        if starts and all(_works_in_clause(tokens, k, k + n) for k in starts):
            del found[i]


# "Nicht eilig, morgen reicht völlig", "not urgent at all", "helemaal geen haast", "det haster
# ikke i det hele tatt", "I totally understand", "tomorrow is completely fine": a scope word
# ("völlig", "at all", "helemaal", "i det hele tatt", "totally") that says how little the
# writer is in a hurry, or how fine a later fix is, is no scope of a failure. A scope match
# whose every occurrence stands just before a "fine" word, just after "reicht"/"genügt", or
# within two words of a word of haste with a "not" beside them (in its clause), or beside a
# trouble said to be absent (below), is forgotten.
_SCOPE_FINE_AFTER = frozenset(
    ["fine", "ok", "okay", "enough", "sufficient", "alright", "acceptable", "understand",
     "understandable", "agree", "prima", "goed", "oké", "genoeg", "voldoende", "begrijpelijk",
     "begrijp", "eens", "ausreichend", "genug", "verständlich", "verstehe", "verstehen",
     "einverstanden", "egal", "greit", "fint", "tilstrekkelig", "forståelig", "forstår", "enig"]
)  # fmt: skip
_SCOPE_ENOUGH_BEFORE = frozenset(["reicht", "reichen", "genügt", "genügen", "volstaat"])
_SCOPE_HASTE = frozenset(
    ["urgent", "urgently", "rush", "hurry", "emergency", "asap", "pressing", "dringend", "haast",
     "spoed", "spoedeisend", "haastig", "noodgeval", "eilig", "eilt", "eile", "notfall",
     "haster", "hast", "hastverk", "krise", "akutt"]
)  # fmt: skip
# "No problems at all", "ingen problemer i det hele tatt", "helemaal geen problemen",
# "überhaupt keine Probleme": a scope word right after "no trouble", or an intensifier right
# before it, says how absent the trouble is (batch65: "this Black Friday went really well, no
# problems at all" over a plan to load-test was paged). Not "does not load at all no errors".
# Norwegian "ingen" is "nobody" and "no" both: "ingen problemer", "ingen feil", "ingen hast"
# (a word of trouble or haste right after it) is the "no" of an absent trouble, not a scope of
# all ("Black Friday gikk veldig bra, ingen problemer i det hele tatt ... Ingen hast" was
# paged); "ingen kunder kommer inn", "ingen får betalt" stay a scope, and so does the others'
# "ingen problemer" beside some who have them ("noen brukere ser hvit skjerm, de andre har
# ingen problemer": how far the failure reaches, read as before).
_INGEN_OTHERS = frozenset(["andre", "resten", "øvrige"])
_SCOPE_BEFORE_NO = frozenset(["helemaal", "überhaupt", "gar", "absolut", "absolutely"])
_SCOPE_TROUBLE = frozenset(
    ["problem", "problems", "issue", "issues", "trouble", "troubles", "errors", "complaints",
     "hiccups", "glitches", "probleme", "problemen", "störungen", "fehler", "beschwerden",
     "pannen", "probleem", "storingen", "fouten", "klachten", "problemer",
     "feil", "klager", "avbrudd"]
)  # fmt: skip
_SCOPE_NOT = frozenset(
    ["not", "no", "never", "isn't", "nothing", "niet", "geen", "niets", "niks", "nicht",
     "kein", "keine", "keinen", "nichts", "ikke", "intet", "aldri"]
)  # fmt: skip


def _no_trouble(pair: list[str]) -> bool:
    """The two words are a "not" and a word of trouble: "no problems", "keine Störungen"."""
    return (
        len(pair) == 2
        and (pair[0] in _SCOPE_NOT or pair[0] == "ingen")
        and pair[1] in _SCOPE_TROUBLE
    )


def _tone_scope_at(tokens: list[str], start: int, end: int) -> bool:
    """The scope words `tokens[start:end]` say how little the hurry or how fine a fix is."""
    if end < len(tokens) and tokens[end] in _SCOPE_FINE_AFTER:
        return True
    if start > 0 and tokens[start - 1] in _SCOPE_ENOUGH_BEFORE:
        return True
    lo = start
    while lo > 0 and start - lo < 3 and tokens[lo - 1] > SOFT:
        lo -= 1
    hi = end
    while hi < len(tokens) and hi - end < 3 and tokens[hi] > SOFT:
        hi += 1
    near = tokens[max(lo, start - 2) : start] + tokens[end : min(hi, end + 2)]
    if _no_trouble(tokens[max(0, start - 2) : start]) or (
        tokens[start] in _SCOPE_BEFORE_NO and _no_trouble(tokens[end : end + 2])
    ):
        return True
    if (
        end == start + 1
        and tokens[start] == "ingen"
        and end < len(tokens)
        and (
            tokens[end] in _SCOPE_HASTE
            or (
                tokens[end] in _SCOPE_TROUBLE
                and not _INGEN_OTHERS.intersection(tokens[max(0, start - 3) : start])
            )
        )
    ):
        return True  # "ingen problemer", "ingen hast": "no" trouble, not "nobody"
    return any(t in _SCOPE_HASTE for t in near) and any(t in _SCOPE_NOT for t in tokens[lo:hi])


def _drop_tone_scope(tokens: list[str], found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget scope matches ("for everyone" words) whose every occurrence in `tokens` (the
    words of the field) is a word of tone: "not urgent at all", "morgen reicht völlig"."""
    for i in new:
        f = found.get(i)
        if f is None or not f.id.endswith(_FOR_EVERYONE) or "…" in f.matched:
            continue
        words = f.matched.split()
        size = len(words)
        spans = [(k, k + size) for k in _starts_of(words, tokens)]
        if spans and all(_tone_scope_at(tokens, s, e) for s, e in spans):
            del found[i]


# "Ingen hast, bare når dere har tid", "no rush, only when you have time", "nur wenn ihr Zeit
# habt", "alleen als jullie tijd hebben", "bare når det passer": an "only when" that says when
# the writer would like an answer is a word of tone, no limit of the failure to some cases
# (batch67: "ingen kunder har fått betalt ... Ingen hast, bare når dere har tid" was taken a
# step down to urgent). A limited-scope match ending in "when" whose every occurrence is
# followed, within its clause, by a word of time or convenience is forgotten; "only when I pay
# with PayPal" keeps its step.
_SCOPE_WHEN = frozenset(["when", "whenever", "wenn", "als", "wanneer", "når"])
_WHEN_TIME_ALLOWS = frozenset(
    ["time", "chance", "zeit", "gelegenheit", "tijd", "gelegenheid", "tid", "anledning", "høve"]
)  # fmt: skip
_TIME_REACH = 4  # words looked at after the "when"
# ... said of the addressee ("when you have time", "wenn ihr Zeit habt", "als jullie tijd
# hebben", "når dere har tid"), who has the time; or of what suits ("when convenient", "wenn es
# passt", "als het uitkomt", "når det passer"). "Only when they take some time on the payment
# page", "bare når de bruker litt tid på betalingssiden", "alleen als ze even de tijd nemen": a
# third person who takes time is when the failure occurs, a limit.
_WHEN_ADDRESSEE = frozenset(
    ["you", "u", "je", "jij", "jullie", "du", "ihr", "sie", "dere"]
)  # fmt: skip
_HAS_TIME = frozenset(
    ["have", "has", "get", "got", "find", "haben", "habt", "hast", "findet", "finden",
     "hebben", "hebt", "heeft", "krijgen", "krijgt", "vinden", "vindt", "har", "får", "finner"]
)  # fmt: skip
_WHEN_SUITS = frozenset(["convenient", "suits", "passt", "uitkomt", "schikt", "passer"])
_WHEN_SUITS_SUBJECT = frozenset(["it", "es", "het", "dat", "det", "den"])


def _drop_when_time_allows(tokens: list[str], found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget limited-scope matches ending in "when" whose every occurrence in `tokens` says
    when the writer has time for an answer, not when the failure occurs (see above)."""
    for i in list(new):
        f = found.get(i)
        if f is None or not f.id.endswith(".limited_scope") or "…" in f.matched:
            continue
        words = f.matched.split()
        if not words or words[-1] not in _SCOPE_WHEN:
            continue
        size = len(words)
        ends = [k + size for k in _starts_of(words, tokens)]

        def time_allows(end: int) -> bool:
            after: list[str] = []
            for tok in tokens[end : end + _TIME_REACH]:
                if tok <= SOFT:
                    break
                after.append(tok)
            if not after:
                return False
            if after[0] in _WHEN_SUITS or (
                after[0] in _WHEN_SUITS_SUBJECT and _WHEN_SUITS.intersection(after[1:])
            ):
                return True  # "when convenient", "wenn es passt", "når det passer"
            return (
                after[0] in _WHEN_ADDRESSEE
                and not _WHEN_TIME_ALLOWS.isdisjoint(after[1:])
                and not _HAS_TIME.isdisjoint(after[1:])
            )

        if ends and all(time_allows(e) for e in ends):
            del found[i]


# "Bei einem Nutzer stürzt die App ab, bei allen anderen läuft sie", "for everyone else it
# works": all the OTHERS are no scope of all. "Not everyone gets a crash on launch", "Nicht bei
# allen", "niet iedereen", "ikke alle", "... but not for everyone": a denied "all" (a "not" that
# opens the clause or follows "but", not a verb's "not": "funktioniert nicht bei allen Kunden"
# may still say it fails for all) is no scope of all either. A scope-of-all match (a for-all
# rule's "all" piece) whose every occurrence is such is forgotten.
_SCOPE_OF_ALL_RULES = (
    _FOR_EVERYONE,
    ".failure_everywhere_near",
    ".app_crash_on_launch_for_all_near",
    ".cx_object_fails_for_all_near",
)
_ALL_WORDS = frozenset(
    ["everyone", "everybody", "all", "every", "everywhere", "alle", "allen", "jeder", "jedem",
     "jeden", "jede", "überall", "iedereen", "elke", "iedere", "overal", "hver", "overalt"]
)  # fmt: skip
_ALL_OTHERS_AFTER = frozenset(
    ["anderen", "andere", "andern", "übrigen", "others", "other", "else", "andre", "øvrige"]
)
_SCOPE_DENIED = frozenset(["not", "nicht", "niet", "ikke", "ikkje"])
_SCOPE_FOR = frozenset(
    ["for", "to", "with", "bei", "für", "mit", "voor", "bij", "met", "hos", "med", "på", "on"]
)
_BUT = frozenset(["but", "though", "yet", "aber", "doch", "jedoch", "maar", "men"])


# "Not just me, everyone else gets a crash on launch too", "Nicht nur bei mir, bei allen
# anderen stürzt die App auch ab", "me and everyone else": all the others JOIN the writer, and
# the writer with all the others is all. Such an "all the others" stays a scope of all: a
# "too" later in its clause (not one beside a works word: "for everyone else it works too"),
# a "not just / nicht nur / niet alleen / ikke bare" before it in its sentence, or "me and"
# right before it.
_TOO = frozenset(["too", "also", "auch", "ebenfalls", "ook", "også"])
_WORKS_WORDS = frozenset(
    ["works", "work", "working", "fine", "ok", "okay", "normally", "läuft", "laufen", "geht",
     "gehen", "funktioniert", "funktionieren", "normal", "werkt", "werken", "goed", "prima",
     "virker", "fungerer", "fint", "går", "normalt"]
)  # fmt: skip
_NOT_JUST = frozenset(
    [("not", "just"), ("not", "only"), ("nicht", "nur"), ("nicht", "bloß"), ("niet", "alleen"),
     ("niet", "enkel"), ("niet", "enkele"), ("ikke", "bare"), ("ikke", "kun")]
)  # fmt: skip
_ME_AND = frozenset(
    [("me", "and"), ("i", "and"), ("us", "and"), ("ich", "und"), ("mir", "und"), ("mich", "und"),
     ("uns", "und"), ("ik", "en"), ("mij", "en"), ("ons", "en"), ("wij", "en"), ("jeg", "og"),
     ("meg", "og"), ("oss", "og"), ("vi", "og")]
)  # fmt: skip
_JOIN_REACH = 12  # tokens looked at before and after "all the others"


def _others_join_the_writer(tokens: list[str], start: int, end: int) -> bool:
    """Whether the "all the others" at `tokens[start:end + 1]` join the writer (see above)."""
    if start >= 2 and (tokens[start - 2], tokens[start - 1]) in _ME_AND:
        return True
    if (
        start >= 3
        and tokens[start - 1] in _SCOPE_FOR
        and (tokens[start - 3], tokens[start - 2]) in _ME_AND
    ):
        return True  # "bei mir und bei allen anderen"
    clause: list[str] = []
    for tok in tokens[end + 1 : end + 1 + _JOIN_REACH]:
        if tok <= SOFT:
            break
        clause.append(tok)
    if _TOO.intersection(clause) and not _WORKS_WORDS.intersection(clause):
        return True
    k = start - 1
    while k > 0 and start - k <= _JOIN_REACH and tokens[k] != BOUNDARY:
        if (tokens[k - 1], tokens[k]) in _NOT_JUST:
            return True
        k -= 1
    return False


def _not_all_at(tokens: list[str], start: int, end: int) -> bool:
    """The "all" words `tokens[start:end]` are all the others, or an "all" denied."""
    if end < len(tokens) and tokens[end] in _ALL_OTHERS_AFTER:
        return not _others_join_the_writer(tokens, start, end)
    k = start - 1
    if k >= 0 and tokens[k] in _SCOPE_FOR and tokens[start] not in _SCOPE_FOR:
        k -= 1
    if k < 0 or tokens[k] not in _SCOPE_DENIED:
        return False
    return k == 0 or tokens[k - 1] <= SOFT or tokens[k - 1] in _BUT


def _drop_not_all(tokens: list[str], found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget scope-of-all matches whose "all" is, every time, the others or denied."""
    for i in list(new):
        f = found.get(i)
        if f is None or not f.id.endswith(_SCOPE_OF_ALL_RULES):
            continue
        for piece in _pieces(f):
            words = piece.split()
            if not _ALL_WORDS.intersection(words):
                continue
            size = len(words)
            spans = [(k, k + size) for k in _starts_of(words, tokens)]
            if spans and all(_not_all_at(tokens, a, b) for a, b in spans):
                del found[i]
                break


# The live site said fine (`<lang>.cx_live.live_fine`, `<lang>.cx_live_named_fine`) is fine
# in its own clause: "Auf dem Staging-System läuft alles, aber in der Produktivumgebung
# funktioniert der Checkout nicht mehr" says "läuft" of the test system, and
# "Produksjonsversjonen av appen krasjer for alle, testversjonen fungerer" "fungerer" of the
# test version across the comma. `span_commas` lets the named rule reach over an address set
# off by commas ("The normal website, example.org, opens fine"), and a clause that points back
# at the live site with a pronoun or "there" and its verb goes on with it ("Productie heeft
# nergens last van, die draait nog", "Im Live-Portal gibt es das Problem nicht, dort läuft noch
# die alte Ansicht", "Live ist ja noch die alte Seite, da geht das Formular"); every other comma,
# a ";" and a "but" ("aber", "maar", "men", "while", "während", "terwijl") end the live word's
# clause (but a fronted or aside-bound live word's comma, `_LIVE_SET_OFF`, and a "but" whose
# clause is only a fine verb, `_FINE_VERB`). (The verb right after the pointing word: "..., de
# testversie werkt", "..., die neue Version läuft" open with an article.)
_LIVE_SAID_FINE = (".live_named_fine", ".cx_live.live_fine")
_POINTS_BACK = (
    r"(?:it|which|there|that|they|dort|da|die|der|das|er|sie|es|daar|dat|hij|ze|het|den|det|"
    r"som|han|hun)"
)
_ITS_VERB = (
    r"(?:works|runs|is|has|loads|opens|läuft|geht|funktioniert|ist|hat|klappt|lädt|draait|doet|"
    r"werkt|heeft|gaat|laadt|går|fungerer|virker|funker|er|har|kjører|laster)"
)
# "Live ist zwar etwas langsam, aber läuft.", "the live site is slow but works.": a "but"
# whose clause is only a fine verb (and "fine", "normal") goes on with the same subject
_FINE_VERB = (
    r"(?:works|runs|loads|läuft|geht|funktioniert|klappt|lädt|werkt|draait|laadt|doet|gaat|"
    r"fungerer|virker|funker|kjører|laster|går)(?:\s+(?:fine|normally|normal|ganz normal|"
    r"einwandfrei|problemlos|prima|gewoon|normaal|fint|bra|normalt|ok|okay))?(?=\s*(?:[.,;!?]|$))"
)
_BUT_WORD = r"(?:but|whereas|while|aber|jedoch|während|wohingegen|maar|terwijl|men)"
_CLAUSE_CUT = re.compile(
    r"(?P<aside>, (?:www\.)?[\w-]+(?:\.[\w-]+)*" + _ADDRESS_TLD + r"\b,)|"
    r",(?!\s+" + _POINTS_BACK + r"(?:\s+" + _POINTS_BACK + r")?\s+" + _ITS_VERB + r"\b)"
    r"(?!\s+" + _BUT_WORD + r"\s+" + _FINE_VERB + r")|;|"
    r"\s(?=" + _BUT_WORD + r"\b(?!\s+" + _FINE_VERB + r"))",
    re.IGNORECASE,
)
# The live word set off by commas stays in its clause: fronted at the sentence's start ("In
# production, everything is fine", "Op productie, gelukkig, draait alles gewoon", "I
# produksjon, så vidt jeg ser, fungerer alt") or followed by a short aside ("Live, thank
# goodness, is running fine", "Productie, voor zover ik kan zien, werkt prima",
# "Produksjonsversjonen, heldigvis, fungerer", "Op de live-site, dus voor de echte klanten,
# werkt alles").
_LIVE_WORD = (
    r"(?:live|prod|production|produktion\w*|produktiv\w*|productie\w*|produksjon\w*)(?:-\w+)?"
    r"(?:\s+(?:site|shop|website|webshop|seite|system|version|environment|server|omgeving|"
    r"versie|miljø\w*|versjon\w*))?"
)
_BEFORE_LIVE = (
    r"(?:in|on|at|auf|im|op|i|på|the|de|het|die|der|dem|den|das|our|unser\w*|onze|vår|vårt)"
)
_ASIDE = (
    r"(?:luckily|fortunately|thankfully|thank god|thank goodness|happily|as far as|so far|"
    r"as usual|i think|i believe|by the way|at least|of course|that is|mind you|"
    r"zum glück|glücklicherweise|gott sei dank|soweit|so weit|also|das heißt|jedenfalls|"
    r"zumindest|wie immer|übrigens|ich glaube|gelukkig|godzijdank|voor zover|dus|althans|"
    r"tenminste|zoals altijd|overigens|trouwens|volgens mij|heldigvis|gudskjelov|så vidt|"
    r"så langt|altså|dvs|i hvert fall|iallfall|som vanlig|forresten|tror jeg)\b[^,.;:!?]{0,50}"
)
_LIVE_SET_OFF = re.compile(
    r"(?:(?:^|(?<=[.!?:]\s)|(?<=\n))(?P<front>(?:" + _BEFORE_LIVE + r"\s+){0,3}" + _LIVE_WORD
    + r")\s*,(?:\s*(?P<front_aside>" + _ASIDE + r"),)?)|"
    r"(?:(?P<live>\b" + _LIVE_WORD + r")\s*,\s*(?P<aside>" + _ASIDE + r"),)",
    re.IGNORECASE,
)  # fmt: skip


def _clause_cut(m: re.Match[str]) -> str:
    return m.group("aside") or ". "


def _kept_in_clause(m: re.Match[str]) -> str:
    if m.group("front") is not None:
        return " ".join(filter(None, (m.group("front"), m.group("front_aside")))) + " "
    return f"{m.group('live')} {m.group('aside')} "


def _drop_live_fine_of_another_clause(
    rs: RuleSet, text: str, field: str, found: dict[int, FiredRule], new: set[int]
) -> None:
    """Forget a live-site-fine match whose live word and fine word meet in no one clause."""
    live = [i for i in new if found[i].id.endswith(_LIVE_SAID_FINE)]
    if not live:
        return
    # each clause a sentence of its own; only the live rules are looked for again (every
    # other one is entered as found: each rule fires or not on its own words)
    again = dict.fromkeys(range(len(rs.rules)), _LOOKED_FOR_ELSEWHERE)
    for i in live:
        del again[i]
    clauses = _CLAUSE_CUT.sub(_clause_cut, _LIVE_SET_OFF.sub(_kept_in_clause, text))
    scan_phrases(rs, _tokens(clauses), field, False, again, 1.0)
    for i in live:
        if i not in again:
            del found[i]


# "Das Video auf unserer Website ist weg, die Website ist für alle Besucher leer", "Videoen på
# nettsiden er borte. Nettsiden er tom for alle besøkende": the element lies on the site
# (`neutral.cx_element_on_site.page_on_site`, whose site word the engine reads as a page's
# place), but the site is also said, in a clause of its own, to fail for all its visitors: the
# whole site blank for everyone (critical), not only the element. The element's place match
# is forgotten, so the site's own words count.
_ELEMENT_ON_SITE = ".cx_element_on_site.page_on_site"
_SITE_SUBJECT = re.compile(
    r"(?:^|[.!?;,:\n]|\b(?:and|und|en|og|but|aber|maar|men|so|also|dus|så)\b)\s*"
    r"(?:(?:the|our|die|unsere|de|onze|hele)\s+)?(?:(?:whole|entire|ganze|gesamte|complete|"
    r"komplette)\s+)?(?:web ?site|site|webshop|homepage|webseite|internetseite|seite|"
    r"nettsiden|nettsida|nettstedet|hjemmesiden|nettbutikken)\b(?![^.!?;,\n]*?\b(?:on|auf|op|på)"
    r"\s+(?:our|the|unserer|der|onze|de)\b)([^.!?;,\n]*)"
)
_FOR_ALL_VISITORS = re.compile(
    r"\b(?:for (?:all|every|everyone|everybody|each)|für (?:alle|jeden|jede)|bei allen|"
    r"voor (?:alle|iedereen|elke|ieder)|bij iedereen|for (?:alle|hver|enhver))\b"
)


def _drop_element_beside_site_blank_for_all(
    text: str, found: dict[int, FiredRule], new: set[int]
) -> None:
    """Forget the element-on-the-site match when the site itself is said, in a clause of its
    own, to fail for all its visitors."""
    mine = [i for i in new if found[i].id.endswith(_ELEMENT_ON_SITE)]
    if not mine:
        return
    lowered = text.lower()
    if any(_FOR_ALL_VISITORS.search(m.group(1)) for m in _SITE_SUBJECT.finditer(lowered)):
        for i in mine:
            del found[i]


# "Ein Kollege hat es auf dem Handy probiert, gleiches Ergebnis", "my colleague gets a similar
# message on her iPad in Safari", "op de telefoon van mijn collega precies hetzelfde", "samme
# feil på mobilen": a device or browser named where someone else tried and saw the SAME
# failure is where it was seen again, not a limit of it (batch76: a revoked or expired
# certificate that blocks the whole site in every browser was taken a step down by "auf dem
# Handy", "in Safari"). A device limited-scope match whose every occurrence lies in a
# sentence with a word of sameness, and no "only" or works word, is forgotten.
_SAME_RESULT = frozenset(
    ["same", "similar", "identical", "gleiche", "gleiches", "gleichen", "gleicher", "selbe",
     "selben", "dasselbe", "dieselbe", "derselbe", "identisch", "ähnliche", "ähnliches",
     "ähnlichen", "hetzelfde", "dezelfde", "zelfde", "eenzelfde", "vergelijkbare",
     "soortgelijke", "samme", "tilsvarende", "lignende", "likedan"]
)  # fmt: skip
_ONLY_WORDS = frozenset(
    ["only", "just", "nur", "lediglich", "bloß", "alleen", "enkel", "slechts", "bare", "kun"]
)


def _sentence_around(tokens: list[str], start: int, end: int) -> list[str]:
    lo = start
    while lo > 0 and tokens[lo - 1] != BOUNDARY:
        lo -= 1
    hi = end
    while hi < len(tokens) and tokens[hi] != BOUNDARY:
        hi += 1
    return tokens[lo:hi]


def _drop_device_that_saw_the_same(
    tokens: list[str], found: dict[int, FiredRule], new: set[int]
) -> None:
    """Forget device limited-scope matches that every time name where the same failure was
    seen again (see above)."""
    for i in list(new):
        f = found.get(i)
        if f is None or not f.id.endswith(".limited_scope") or "…" in f.matched:
            continue
        words = f.matched.split()
        if not words or not DEVICE_WORD.search(f.matched) or _ONLY_WORDS.intersection(words):
            continue
        n = len(words)
        starts = _starts_of(words, tokens)
        if starts and all(_saw_the_same(_sentence_around(tokens, k, k + n)) for k in starts):
            del found[i]


def _saw_the_same(sentence: list[str]) -> bool:
    return (
        bool(_SAME_RESULT.intersection(sentence))
        and _ONLY_WORDS.isdisjoint(sentence)
        and _WORKS_WORDS.isdisjoint(sentence)
    )
