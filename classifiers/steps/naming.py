"""Words that name something other than the site down: a page, a place, a console line, the
end of a link, a sync's refusal, another site behind the domain.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from classifiers.cues import _AND_NEW_SUBJECT, _CLAUSE_MARK, _SENTENCE_MARK
from classifiers.literals import Prefilter
from classifiers.matching import _forget_matches_in, _joined_words, _lies_within, _pieces
from classifiers.model import FiredRule
from classifiers.rules import RuleSet
from classifiers.sentences import sentences
from classifiers.steps.supposed import _fires_again

# "Refused to connect to 'wss://ws.hotjar.example/...' because it violates the following Content
# Security Policy directive": the browser console's line (in English in every locale) that a
# page's script may not reach an address, no "example.com refused to connect" of a site that
# is down. A critical match whose every "refused to connect" is followed by "to" and a quoted
# or bare address is forgotten (batch66).
_CONSOLE_REFUSAL = re.compile(r"\brefused to connect\b")
_ADDRESS_AFTER = re.compile(r"\s+to\s+['\"‘’“”]?(?:https?|wss?)://")


def _drop_console_refusal(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget critical matches whose every "refused to connect" is a console line's."""
    lowered = None
    for i in list(new):
        fired = found.get(i)
        if fired is None or fired.level != "critical" or "refused to connect" not in fired.matched:
            continue
        if lowered is None:
            lowered = text.lower()
        ends = [m.end() for m in _CONSOLE_REFUSAL.finditer(lowered)]
        if ends and all(_ADDRESS_AFTER.match(lowered, end) for end in ends):
            del found[i]
            new.discard(i)


# WordPress's maintenance notice has two sentences: "Briefly unavailable for scheduled
# maintenance. Check back in a minute." ("Für geplante Wartungsarbeiten kurzzeitig nicht
# verfügbar. Schau in einer Minute noch einmal vorbei.", "Kort niet beschikbaar wegens gepland
# onderhoud. Kom over een minuut terug.", "Kortvarig utilgjengelig grunnet planlagt vedlikehold.
# Sjekk igjen om et minutt."). The second alone is what anyone says in a chat ("I'll check back
# in a minute", "Schau in einer Minute noch einmal vorbei, dann habe ich die Antwort"), the text
# of a banner still to be put up, or an old notice quoted ("this morning it said '... check back
# in a minute', now all fine"). A `.stuck_maintenance` match of the second sentence alone counts
# only beside the first sentence, or when the writer says the site is stuck on it now: in the
# sentence of the notice, the one before or the one after, a time it has lasted ("since last
# night", "seit heute Morgen", "sinds gisteravond", "siden i går", "for three hours", "den ganzen
# Vormittag"), "still" said of what the site shows ("still says", "immer noch", "nog steeds",
# "fortsatt"), the site showing nothing else ("kommt nur", "står det bare", "toont alleen"), or
# every visitor seeing it ("Alle Besucher sehen das", "iedereen ziet dat").
_MAINTENANCE_RULE = ".stuck_maintenance"
_NOTICE_SECOND = re.compile(
    r"check back in a minute|"
    r"schau(?:en sie)? in einer minute (?:noch einmal|wieder) vorbei|"
    r"kom over een minuut(?:je)? terug|"
    r"sjekk (?:igjen|tilbake) om et{1,2} minutt"
)
# ... and its words in the text, wrapped or spaced as they come
_NOTICE_SECOND_IN_TEXT = re.compile(_NOTICE_SECOND.pattern.replace(" ", r"\s+"))
_NOTICE_FIRST = re.compile(
    r"briefly unavailable for scheduled maintenance|"
    r"(?:kurzzeitig wegen wartungsarbeiten|(?:für (?:geplante|planmäßige) )?wartungsarbeiten "
    r"kurzzeitig) nicht verfügbar|"
    r"kort niet beschikbaar (?:wegens|vanwege) gepland onderhoud|"
    r"kortvarig utilgjengelig (?:grunnet|på grunn av) planlagt vedlikehold"
)
# "I'll check back in a minute": the writer's own next step, never the notice
_WRITER_WILL = re.compile(r"\b(?:i'll|i will|i'd|we'll|we will|i can|let me|i shall)\s+$")
# The writer's or caller's own words for "it stays on it", one class a language: all the time
# ("dauernd", "steeds", "hele tiden"), a one-hour span ("for an hour", "i en time"), never going
# away ("it never comes back"), whatever the visitors do ("whatever they click", "wat ze ook
# proberen", "uansett hva de trykker"), stuck on it ("blijft ... hangen op").
_STUCK_SAID: dict[str, str] = {
    "en": (
        r"\b(?:all the time|the whole time|constantly|permanently|non-?stop)\b|"
        r"\bfor (?:an|one|half an|a full|over an|more than an) hour\b|"
        r"\b(?:never|doesn't|does not|won't|will not) (?:come|comes|go|goes) (?:back|away)\b|"
        r"\bwhatever (?:they|we|you|i|people|customers|visitors) (?:click|do|try|open)\b|"
        r"\bno matter what (?:they|we|you|i|people|customers|visitors)\b"
    ),
    "de": (
        r"\b(?:dauernd|ständig|andauernd|permanent|die ganze zeit|seit einer stunde)\b|"
        r"\b(?:kommt|geht) (?:sie |es |die seite )?(?:nicht|nie) (?:mehr )?(?:wieder|weg)\b|"
        r"\begal (?:was|wo|wohin) (?:sie|wir|man|die kunden|ich)\b"
    ),
    "nl": (
        r"\b(?:steeds|constant|voortdurend|de hele tijd|al een uur)\b|"
        r"\bblijft\b(?:\s+\w+){0,5}\s+hangen\b|\bhangen op\b|"
        r"\b(?:komt|gaat) (?:hij |het |ze )?(?:niet|nooit) (?:meer )?(?:terug|weg)\b|"
        r"\bwat (?:ze|we|je|ik|klanten|bezoekers) ook "
        r"(?:proberen|probeert|doen|doet|klikken|klikt)\b"
    ),
    "no": (
        r"\b(?:hele tiden|hele tida|konstant|hele timen)\b|"
        r"\bi (?:en|én|ei|over en) time\b|"
        r"\b(?:kommer|går) (?:den |det )?(?:ikke|aldri) (?:tilbake|bort|vekk)\b|"
        r"\buansett hva (?:de|vi|du|jeg|kundene|folk|man)\b"
    ),
}
_STUCK_NOW = re.compile(
    "|".join(_STUCK_SAID.values()) + "|"
    # how long it has lasted
    r"\b(?:since|seit|seitdem|sinds|siden (?:i\b|kl|klokka|\d|forrige|sist|lørdag|søndag|"
    r"mandag|tirsdag|onsdag|torsdag|fredag)|sidan)\b|"
    r"\bfor (?:\w+ )?(?:hours|days|ages)\b|\bhours (?:now|later)\b|"
    r"\ball (?:day|night|morning|afternoon|evening|weekend)\b|"
    r"\bstundenlang\b|\bseit stunden\b|\b(?:den ganzen|die ganze|das ganze) "
    r"(?:tag|morgen|vormittag|nachmittag|abend|nacht|wochenende)\b|"
    r"\burenlang\b|\bal (?:uren|de hele|een paar uur|\w+ uur)\b|\bde hele "
    r"(?:dag|ochtend|middag|avond|nacht|morgen)\b|"
    r"\bi (?:flere )?timer\b|\bi timevis\b|\bhele (?:dagen|morgenen|formiddagen|ettermiddagen|"
    r"kvelden|natten|natta|helgen)\b|"
    # stuck
    r"\b(?:stuck|hangs|hung|hängt|hängen|hängengeblieben|steckt fest|hangt|blijft hangen|"
    r"henger|står fast|sitter fast|hengt seg)\b|"
    # still, said of what the site shows
    r"\bstill (?:says|shows|showing|displays|there|up|does|do|the same)\b|"
    r"\b(?:says|shows|showing|there) still\b|\bkeeps? (?:showing|saying)\b|"
    r"\b(?:immer noch|noch immer|nach wie vor|weiterhin)\b|"
    r"\bnog (?:steeds|altijd)\b|\b(?:fortsatt|fremdeles|stadig vekk)\b|"
    # nothing else shown
    r"\b(?:only|just) (?:says|shows|showing|get|gets|see|sees)\b|\bnothing (?:else|but)\b|"
    r"\b(?:kommt|steht|erscheint|zeigt|sehen|sieht|bekommen|bekommt)\s+(?:\w+\s+)?nur\b|"
    r"\bnur noch\b|"
    r"\b(?:staat|toont|zie|zien|ziet|krijg|krijgen|krijgt)\s+(?:er\s+)?(?:\w+\s+)?alleen\b|"
    r"\b(?:står|kommer|viser|ser|får)\s+(?:det\s+)?(?:\w+\s+)?(?:bare|kun)\b|"
    # everyone sees it
    r"\b(?:every(?:one|body)|every (?:visitor|customer|user|member)|all (?:visitors|customers|"
    r"users|members|parents))\b|"
    r"\b(?:alle (?:sehen|besucher|kunden|nutzer|eltern|mitglieder)|jede[rn]? (?:sieht|besucher))\b|"
    r"\b(?:iedereen (?:ziet|krijgt)|alle (?:bezoekers|klanten|gebruikers|leden|ouders))\b|"
    r"\balle (?:som|ser|besøkende|kunder|kundene|brukere|medlemmer|foreldre)\b"
)


def _notice_stuck_at(parts: list[str], k: int) -> bool:
    """Sentence `k` of `parts` (with the one before and after) says the notice stays."""
    return any(_STUCK_NOW.search(part) for part in parts[max(0, k - 1) : k + 2])


def _drop_notice_second_sentence_alone(
    text: str, found: dict[int, FiredRule], new: set[int]
) -> None:
    """Forget a stuck-maintenance match of the notice's second sentence said alone (above)."""
    chosen = [
        i
        for i in new
        if found[i].id.endswith(_MAINTENANCE_RULE) and _NOTICE_SECOND.fullmatch(found[i].matched)
    ]
    if not chosen:
        return
    lowered = text.lower().replace("’", "'")
    if _NOTICE_FIRST.search(lowered):
        return
    parts = sentences(lowered)
    starts, at = [], 0
    for part in parts:
        at = lowered.find(part, at)
        starts.append(at)
        at += len(part)
    for m in _NOTICE_SECOND_IN_TEXT.finditer(lowered):
        if _WRITER_WILL.search(lowered, max(0, m.start() - 20), m.start()):
            continue
        k = max((n for n, s in enumerate(starts) if s <= m.start()), default=0)
        if _notice_stuck_at(parts, k):
            return
    for i in chosen:
        del found[i]
        new.discard(i)


# German "Seite" is the site and a page: "der Link führt auf eine Seite mit 403 Forbidden"
# names a page (the indefinite article), not the site ("die Seite ist nicht erreichbar").
# A critical match made of such a "Seite" is no outage of the site.
_A_PAGE = re.compile(r"\b(eine|einer|einem|ein)\s+(\w+\s+)?$")


def _drop_indefinite_page(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget critical matches whose "seite" is every time "eine Seite" (a page)."""
    lowered = text.lower()
    if "seite" not in lowered or not ("eine " in lowered or "einer " in lowered):
        return
    for i in list(new):
        f = found[i]
        if f.level != "critical" or not f.matched.startswith("seite "):
            continue
        starts = [m.start() for m in re.finditer(r"\bseite\b", lowered)]
        if starts and all(_A_PAGE.search(lowered, max(0, at - 30), at) for at in starts):
            del found[i]


# "The programme is only on the website", "het programma staat alleen op de site", "das
# Programm steht nur auf der Website", "programmet står bare på nettsiden": the site named as
# where something is published is no limit of a failure ("only on mobile" is). A limited-scope
# match of such an "only on" whose every occurrence names the site as a whole is forgotten.
_ONLY_ON_WORDS = frozenset(["only on", "alleen op", "nur auf", "bare på", "kun på"])
_SITE_AS_PLACE = re.compile(
    r"\s+((the|our|your|their|this|de|onze|jullie|hun|deze|der|unserer|eurer|ihrer|dieser)\s+)?"
    r"(web ?site|site|webseite|internetseite|nettsiden|nettsida|nettstedet|hjemmesiden|"
    r"hjemmesida|websiden)\b"
)
# "die Einladung steht nur auf der Seite.", "står bare på siden.": "Seite" and "siden" name a
# page as well as the site; said bare, with nothing after them in the sentence ("nur auf der
# Seite mit den Terminen", "nur auf dieser Seite" name a page), after a verb that places a
# thing there ("steht", "stehen", "findet man", "gibt es", "står", "finnes", "ligger"), they
# are the site where it is published. After a failure ("Beim Produkt 4711 kommt ein Fehler
# 500, aber nur auf der Seite.") the bare page is the one the sentence named: a limit.
_BARE_SITE_AT_END = re.compile(
    r"\s+((der|unserer|eurer|ihrer)\s+seite|siden|sida)(?=[ \t]*(?:[.!?;\n]|$))"
)
_PLACED_BEFORE = re.compile(
    r"\b(steht|stehen|stand|standen|gibt es|gab es|findet man|fand man|finden sie|findet sich|"
    r"finden sich|veröffentlicht|står|sto|stod|finnes|fins|fantes|ligger|lå|publisert)"
    r"(\s+(ja|auch|leider|aktuell|momentan|derzeit|jetzt|bisher|noch|immer noch|doch|jo|også|"
    r"dessverre|nå|fortsatt|foreløpig))?\s+$"
)


def _names_site_as_place(lowered: str, start: int, end: int) -> bool:
    """The "only on" at `start`-`end` names the whole site as where a thing is."""
    if _SITE_AS_PLACE.match(lowered, end):
        return True
    return bool(
        _BARE_SITE_AT_END.match(lowered, end)
        and _PLACED_BEFORE.search(lowered, max(0, start - 40), start)
    )


def _drop_site_as_place(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget limited-scope matches of "only on" that every time name the whole site."""
    for i in list(new):
        f = found[i]
        if f.level != "demote" or f.matched not in _ONLY_ON_WORDS:
            continue
        lowered = text.lower()
        spans = [m.span() for m in re.finditer(r"\b" + f.matched + r"\b", lowered)]
        if spans and all(_names_site_as_place(lowered, start, end) for start, end in spans):
            del found[i]


# "Kan vi få en chat-boble nede i hjørnet på nettsiden?", "knappen nede til høyre", "lenger
# nede på siden", "langt nede", "nede i bunnen": Norwegian "nede" as a place on the page (low
# on it), not the site down. A critical match with a "nede" piece whose every "nede" in the
# text is such a place is forgotten ("nettsiden er nede i hele dag", "nede i to timer", "nede
# på mobil" stay down).
_NEDE = re.compile(r"\bnede\b")
_NEDE_PLACE_BEFORE = re.compile(r"\b(lenger|lengre|langt|her|der)\s+$")
_NEDE_PLACE_AFTER = re.compile(
    r"\s+(i|til|på|ved|mot)\s+((høyre|venstre|nedre)\s+)?"
    r"(hjørnet|hjørne|bunnen|bunn|footeren|footer|bunnteksten|høyre|venstre|kanten|"
    r"siden|sida|skjermen)\b"
)


def _drop_nede_as_place(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget critical "nede" matches whose "nede" is, every time, a place on the page."""
    lowered = None
    for i in list(new):
        f = found[i]
        if f.level != "critical" or "nede" not in _pieces(f):
            continue
        lowered = lowered if lowered is not None else text.lower()
        spans = [m.span() for m in _NEDE.finditer(lowered)]
        if spans and all(
            _NEDE_PLACE_BEFORE.search(lowered[max(0, start - 20) : start])
            or _NEDE_PLACE_AFTER.match(lowered, end)
            for start, end in spans
        ):
            del found[i]


# "The search on the shop is completely dead", "de zoekfunctie van de webshop is helemaal dood",
# "die Suche im Shop ist komplett tot", "søket i nettbutikken er helt dødt": the clause's subject
# is one side function of the site (its search, a filter, the contact form, the menu); the site
# named after it is where that function lives, not what fails. The critical matches that lie
# wholly in such a clause (from the function to the clause's end or its next "and"/"but") are
# forgotten ("shop is completely dead", "completely dead"); the same words said outside it ("the
# search is dead and the whole shop is down") still count.
_SIDE_FUNCTION = (
    r"search|search function|search bar|search field|site search|product search|filters?|"
    r"product filters?|contact form|newsletter sign-?up|menu|live chat|chat|"
    r"zoekfunctie|zoekbalk|zoekveld|contactformulier|"
    r"suche|suchfunktion|suchleiste|suchfeld|produktsuche|kontaktformular|menü|"
    r"søket|søkefunksjonen|søkefeltet|filteret|filtrene|kontaktskjemaet|menyen|chatten"
)
# "The contact form is full of messages from customers that the shop is completely dead", "The
# live chat is full of customers telling us the shop is dead", "Het contactformulier staat vol
# met berichten van klanten dat de hele webshop plat ligt": what a channel reports is said in a
# clause of its own; the function's clause ends at "that"/"dat"/"dass"/"at" (Norwegian "at"
# only before a subject: English "at" is a place) or a reporting verb.
_FUNCTION_CLAUSE_ENDS = (
    r"\b(?:that|dat|dass|telling|tell|tells|told|saying|say|says|said|reporting|reports?|"
    r"complaining|complain|melden|meldet|sagen|sagt|schreiben|schreibt|zeggen|zegt|melden|"
    r"meldt|schrijven|schrijft|klagen|sier|skriver|melder|forteller|klager)\b|"
    r"\bat(?=\s+(?:hele|nettbutikken|butikken|siden|sida|nettsiden|nettsida|det|den|de|vi|alt|"
    r"ingen|ingenting)\b)"
)
_FUNCTION_AS_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?;:] )|(?<=\n))[ \t]*"
    r"(?:(?:urgent|dringend|spoed|haster|eilt|emergency|notfall|noodgeval|nødsituasjon)[:!,]*\s+)?"
    r"(?:(?:the|our|your|de|onze|het|die|der|unsere|eure|vår)\s+)?"
    # (not a search engine: "search engines show our site as down")
    rf"(?:{_SIDE_FUNCTION})\b(?![ -]?(?:engines?|results?|console))"
    r"(?:(?!\b(?:and|but|und|aber|en|maar|og|men)\b|"
    + _FUNCTION_CLAUSE_ENDS
    + r")[^.!?;,\n]){0,120}",
    re.IGNORECASE,
)
_FUNCTION_GATE = Prefilter(_FUNCTION_AS_SUBJECT)
# the site's outage words only: a breach told of a side function ("the contact form has been
# hacked") stays
_SITE_OUTAGE_RULES = (
    ".site_down",
    ".site_not_working",
    ".site_verb_apart",
    ".server_unreachable",
    ".critical_object_total_failure_near",
    ".outage_symptom",
    ".outage_scope_all",
)


def _drop_function_as_subject(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget the site's outage matches that lie wholly in a clause whose subject is a side
    function."""
    outage = {i for i in new if found[i].id.endswith(_SITE_OUTAGE_RULES)}
    if not outage:
        return
    lowered = text.lower()
    if not _FUNCTION_GATE.may_match(text, lowered):
        return
    cases = list(_FUNCTION_AS_SUBJECT.finditer(lowered))
    if not cases:
        return
    rest, end = [], 0
    for m in cases:
        rest.append(lowered[end : m.start()])
        end = m.end()
    rest.append(lowered[end:])
    _forget_matches_in(
        [_joined_words(m.group(0)) for m in cases],
        found,
        outage,
        levels=("critical",),
        told=_joined_words(" | ".join(rest)),
    )


# "Herr Brandt ist im Urlaub und liest nur sporadisch Mails", "he only checks his email now and
# then", "hij leest af en toe zijn mail", "han sjekker e-post bare av og til": how often someone
# reads or answers mail is no failure that comes and goes. A frequency word (a limited-scope or
# intermittent demote) whose every occurrence lies in a clause about reading, checking or
# answering mail is forgotten.
_FREQUENCY_WORDS = frozenset(
    ["sometimes", "occasionally", "now and then", "from time to time", "intermittently",
     "manchmal", "gelegentlich", "ab und zu", "zeitweise", "sporadisch", "soms", "af en toe",
     "zo nu en dan", "av og til", "iblant", "innimellom", "sporadisk"]
)  # fmt: skip
_MAIL_WORD = re.compile(
    r"\b(e-?mails?|mails?|e-?mail(s|en)?|messages|nachrichten|berichten|inbox|mailbox|"
    r"posteingang|postfach|postvak|innboks(en)?|e-?post(en)?|meldinger)\b"
)
_READS = re.compile(
    r"\b(reads?|reading|checks?|checking|answers?|answering|replies|liest|lesen|checkt|"
    r"checken|schaut|schauen|abrufen|ruft|beantwortet|antwortet|leest|lezen|checkt|bekijkt|"
    r"kijkt|beantwoordt|antwoordt|leser|lese|sjekker|sjekke|svarer)\b"
)
# "Sometimes when I check my email in the webmail, the mail server is down for a few minutes":
# the mail itself fails, now and then; the frequency word tells of the failure and keeps its
# step. A mail thing (the mail, webmail, the mail server, the inbox) with a failure word at most
# four words after it, in the frequency word's sentence.
_MAIL_THING = (
    r"e-?mails?|mails?|web ?mail(en)?|(e-?)?mail-? ?server(en)?|(e-?)?post-? ?server(en)?|"
    r"e-?post(en)?|inbox|mailbox|postfach|posteingang|postvak|innboks(en)?|outlook|imap|smtp"
)
_MAIL_FAILS = re.compile(
    rf"\b({_MAIL_THING})\b(?:\s+\S+){{0,4}}?\s+(down|offline|unreachable|unavailable|"
    r"not reachable|not available|not working|doesn't work|does not work|won't load|doesn't load|"
    r"not loading|won't open|fails|failing|failed|crash\w*|times out|timing out|hangs|"
    r"nicht erreichbar|nicht verfügbar|ausgefallen|weg|geht nicht|funktioniert nicht|"
    r"lädt nicht|hängt|plat|eruit|onbereikbaar|niet bereikbaar|werkt niet|laadt niet|hangt|"
    r"nede|utilgjengelig|ikke tilgjengelig|virker ikke|fungerer ikke|laster ikke|henger)\b"
)
_SENTENCE_REACH = 300  # characters looked at around a frequency word for its sentence


def _mail_fails_in_sentence(lowered: str, start: int, end: int) -> bool:
    """Whether the sentence around `lowered[start:end]` says the mail itself fails."""
    marks = [
        m.end() for m in _SENTENCE_MARK.finditer(lowered, max(0, start - _SENTENCE_REACH), start)
    ]
    first = marks[-1] if marks else max(0, start - _SENTENCE_REACH)
    after = _SENTENCE_MARK.search(lowered, end, end + _SENTENCE_REACH)
    last = after.start() if after else end + _SENTENCE_REACH
    return _MAIL_FAILS.search(lowered, first, last) is not None


def _drop_frequency_of_reading(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget frequency-word demotes that every time tell how often someone reads mail."""
    lowered = None
    for i in list(new):
        f = found[i]
        if f.level != "demote" or f.matched not in _FREQUENCY_WORDS:
            continue
        if lowered is None:
            lowered = text.lower()
            if not _MAIL_WORD.search(lowered):
                return
        spans = [m.span() for m in re.finditer(r"\b" + f.matched + r"\b", lowered)]
        if not spans:
            continue
        clauses = []
        for start, end in spans:
            before = [m.end() for m in _CLAUSE_MARK.finditer(lowered, max(0, start - 80), start)]
            after = _CLAUSE_MARK.search(lowered, end, end + 80)
            clauses.append(
                lowered[
                    before[-1] if before else max(0, start - 80) : after.start()
                    if after
                    else end + 80
                ]
            )
        if all(_MAIL_WORD.search(c) and _READS.search(c) for c in clauses) and not any(
            _mail_fails_in_sentence(lowered, start, end) for start, end in spans
        ):
            del found[i]


# "Der Shop zeigt bei uns im Büro, im Lager und auf allen Handys 502", "op kantoor, in het
# magazijn en thuis", "på kontoret, på lageret og hjemme": the warehouse named in a list of
# places where the failure is seen is one of them, no "only after the sale" cue (orders that
# do not reach the warehouse). Such a match whose every occurrence stands in a list beside
# another place (a comma or "and" between them) is forgotten.
_WAREHOUSE_PLACES = frozenset(["im lager", "in het magazijn", "på lageret"])
_OTHER_PLACE = (
    r"(im büro|bei uns|zu hause|zuhause|im homeoffice|im laden|in der filiale|auf allen \w+|"
    r"auf dem handy|am handy|op kantoor|bij ons|thuis|in de winkel|op alle \w+|op mijn telefoon|"
    r"på kontoret|hos oss|hjemme|i butikken|på alle \w+|på mobilen)"
)
_LISTED_BEFORE = re.compile(_OTHER_PLACE + r"\s*(,|\bund|\ben|\bog)\s*$")
_LISTED_AFTER = re.compile(r"\s*(,|und\b|en\b|og\b)\s*" + _OTHER_PLACE)
# "ook de 400 dozen Rioja die hier gewoon in het magazijn staan", "Ware, die im Lager liegt",
# "varene som står på lageret": the warehouse where the goods stand or lie is where the stock
# is, no cue that only the orders' way to the warehouse fails (batch65: every product shown
# sold out after a stock import, with the wine "in het magazijn", critical -> urgent). A stock
# verb right after the place, or right before it, with only a few plain adverbs between
# ("staan niet in het magazijn", a negation between, is none).
_STOCK_VERB = (
    r"(stehen|steht|stand|standen|liegen|liegt|lag|lagen|lagern|lagert|"
    r"staan|staat|stond|stonden|liggen|ligt|"
    r"står|stod|ligger|lå)"
)
_STOCK_ADVERBS = (
    r"(\s+(hier|da|noch|gewoon|nog|wel|ook|gerade|her|fortsatt|fremdeles|fysisk|physisch|fysiek))"
)
_STOCK_BEFORE = re.compile(r"\b" + _STOCK_VERB + _STOCK_ADVERBS + r"{0,2}\s+$")
_STOCK_AFTER = re.compile(_STOCK_ADVERBS + r"{0,2}\s+" + _STOCK_VERB + r"\b")


def _drop_warehouse_as_place(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget "after the sale" matches of the warehouse that every time list it as a place
    or name it where the goods stand."""
    lowered = None
    for i in list(new):
        f = found[i]
        if not (f.level == "demote" and f.matched in _WAREHOUSE_PLACES):
            continue
        lowered = lowered if lowered is not None else text.lower()
        spans = [m.span() for m in re.finditer(r"\b" + f.matched + r"\b", lowered)]
        if spans and all(
            _LISTED_BEFORE.search(lowered[max(0, start - 40) : start])
            or _LISTED_AFTER.match(lowered, end)
            or _STOCK_BEFORE.search(lowered[max(0, start - 40) : start])
            or _STOCK_AFTER.match(lowered, end)
            for start, end in spans
        ):
            del found[i]


# "The sync between the till and the online shop has stopped working", "die Synchronisation
# zwischen Kasse und Onlineshop funktioniert nicht mehr", "de koppeling tussen de kassa en de
# webshop is gestopt", "synkroniseringen mellom kassa og nettbutikken har stoppa": the shop or
# the till named as an end of a link is no subject of its own; the link between them fails (an
# integration, urgent; batch65's voicemail about a stopped till sync was critical). A critical
# match whose every occurrence starts right after "between ... and" (a few words between, no
# clause mark), or right after "between" with its "and" a few words on, is forgotten. "Both
# the till and the online shop have stopped", "between Christmas and New Year the shop has
# stopped" stay.
_LINK_ARTICLE = (
    r"((the|our|your|its|dem|der|den|unserem|unserer|de|het|ons|onze|vår|vårt|våre)\s+)?"
)
_LINK_PAIR_BEFORE = re.compile(
    r"\b(between|zwischen|tussen|mellom)((\s+[\w-]+){1,6}\s+(and|und|en|og))?\s+"
    + _LINK_ARTICLE
    + "$"
)
_LINK_PAIR_WORDS = ("between", "zwischen", "tussen", "mellom")
_LINK_AND_AFTER = re.compile(r"(\s+[\w-]+){0,5}?\s+(and|und|en|og)\s")


# "The portfolio page shows a screenshot of a completely different website next to our domain
# name": another site pictured ("a screenshot of", "ein Bild einer", "een afbeelding van", "et
# skjermbilde av", right before it) is a picture on a page, nobody arriving there. "I typed in
# our address on the staging server and get a completely different site": the typing on a test
# system (a `.test_system` cue in the clause with the domain or the typing) is that system's
# setup; the live domain is not said to lead elsewhere. Either way the domain that leads to
# another company's site (`<lang>.cx_domain_leads_to_other_site_near`) is forgotten; the domain
# said to lead there in a clause of its own beside a test system named stays.
_OTHER_SITE_RULE = ".cx_domain_leads_to_other_site_near"
_TEST_SYSTEM_CUE = ".test_system"
_PICTURE_WORDS = frozenset(
    ["screenshot", "screenshots", "picture", "pictures", "image", "images", "photo", "photos",
     "mockup", "mock-up", "preview", "thumbnail", "bild", "bilder", "foto", "fotos", "abbildung",
     "vorschaubild", "grafik", "afbeelding", "plaatje", "schermafbeelding", "bilde", "bildet",
     "skjermbilde", "skjermdump"]
)  # fmt: skip
_PICTURE_REACH = 2  # words before the other site looked at
_OTHER_SITE_CLAUSE_MARK = re.compile(
    r"[,;:.!?\n]|\b(?:aber|but|men|maar|doch|jedoch|however)\b|" + _AND_NEW_SUBJECT
)


def _drop_other_site_not_the_domain(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget the domain that leads to another company's site when that site is pictured, or
    the domain is typed on a test system (see above)."""
    leads = [i for i in new if found[i].id.endswith(_OTHER_SITE_RULE)]
    if not leads:
        return
    lowered = text.lower()
    words = _joined_words(lowered).split()
    tests = [f for f in found.values() if f.id.endswith(_TEST_SYSTEM_CUE)]
    clauses = [_joined_words(c) for c in _OTHER_SITE_CLAUSE_MARK.split(lowered)] if tests else []
    for i in leads:
        f = found[i]
        pieces = _pieces(f)
        pictured = any(
            not _PICTURE_WORDS.isdisjoint(words[max(0, k - _PICTURE_REACH) : k])
            for piece in pieces
            if (size := len(piece.split()))
            for k in range(len(words) - size + 1)
            if words[k : k + size] == piece.split()
        )
        on_test = any(
            any(piece in clause for piece in pieces) and any(_lies_within(t, clause) for t in tests)
            for clause in clauses
        )
        if pictured or on_test:
            del found[i]


def _drop_end_of_a_link(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget critical matches whose object is, every time, an end of a link."""
    critical = [i for i in new if found[i].level == "critical"]
    if not critical:
        return
    lowered = text.lower()
    # Most mail names no link: then no match is looked up again (0.25 ms on a 5 KB mail
    # whose critical phrase it repeats).
    if not any(word in lowered for word in _LINK_PAIR_WORDS):
        return
    for i in critical:
        f = found[i]
        head = f.matched.split(" … ")[0].split()
        if not head:
            continue
        pattern = r"\b" + r"\s+".join(re.escape(w) for w in head) + r"\b"
        starts = [m.start() for m in re.finditer(pattern, lowered)]
        if starts and all(_end_of_a_link(lowered, start, len(head[0])) for start in starts):
            del found[i]


def _end_of_a_link(lowered: str, start: int, first: int) -> bool:
    """The words from `start` (its first word `first` long) stand right after "between ...
    and", or right after "between" with an "and" to follow."""
    before = _LINK_PAIR_BEFORE.search(lowered[max(0, start - 80) : start])
    if before is None:
        return False
    return before.group(2) is not None or _LINK_AND_AFTER.match(lowered, start + first) is not None


# "The stock isn't syncing from our ERP. The log says: Connection refused on every attempt": a
# sync or integration said to fail, and a refused connection (`.server_down_state`) the
# integration's log shows: that link is down (the table's "integration down", urgent), not the
# site's server. Forgotten unless a sentence with the refusal names the site or its server ("the
# website gives connection refused on every request, so the sync has stopped too").
_SYNC_FAILS = (
    ".integration_down",
    ".integration_failure_near",
    ".sync_stopped_near",
    ".orders_not_reaching_system_near",
)
_REFUSED = re.compile(
    r"\b(connection refused|verbindung abgelehnt|verbinding geweigerd|"
    r"tilkobling nektet)\b"
)
# (the refusal said of the site: the customers or visitors who get it, "Customers get
# connection refused on every attempt to open a page"; not a page of the admin, "the sync log
# page in the admin says ... Connection refused")
_SITE_OR_SERVER = re.compile(
    r"\b(web ?sites?|sites?|web ?shop|shop|store|home ?page|servers?|webserver|hosting|"
    r"webseite|website|nettsiden|nettbutikken)\b|"
    r"\b(customers|visitors|users|kunden|besucher|nutzer|klanten|bezoekers|gebruikers|kunder|"
    r"kundene|besøkende|brukere|brukerne)\s+(get|see|receive|are getting|bekommen|sehen|erhalten|"
    r"kriegen|krijgen|zien|får|ser)\b"
)


def _drop_refusal_of_a_sync(texts: list[str], found: dict[int, FiredRule]) -> None:
    """Forget a server's refused connection that a failing sync's log shows."""
    refused = [
        i
        for i, r in found.items()
        if r.id.endswith(".server_down_state") and _REFUSED.search(r.matched)
    ]
    if not refused or not any(r.id.endswith(_SYNC_FAILS) for r in found.values()):
        return
    for text in texts:
        for sentence in sentences(text):
            lowered = sentence.lower()
            if _REFUSED.search(lowered) and _SITE_OR_SERVER.search(lowered):
                return
    for i in refused:
        del found[i]


# `<lang>.cx_others_data_seen_near` wants another person whose records were shown to the wrong
# one. Two of its words can name something else:
# - one child's word as the first half of a compound or the modifier of a noun ("bei einem
#   anderen Baby-Produkt", "at another baby shop", "een andere baby-winkel", "einem anderen
#   jungen Unternehmen"): a product, a shop, a company, no child ("other kids", a group, is
#   left as it was before the child's words came);
# - a "see" said to the reader of an attachment ("die Fotos sehen Sie im Anhang", "you can see
#   the photos in the attachment", "de foto's ziet u in de bijlage", "bildene ser du i
#   vedlegget"): the writer's own photos sent along, nothing shown to anyone.
# Such words are set aside and the rule is looked for again in the rest of the text, so a
# breach told beside them in other words ("eine Mutter sah die Fotos eines anderen Kindes,
# Screenshots sehen Sie im Anhang") still fires it.
_OTHERS_SEEN = ".cx_others_data_seen_near"
_CHILD_AFTER_OTHER = re.compile(
    r"\b(?:another|different|other|anderen|andere|anderes|anderer|ander|annen|anna|annet|"
    r"andre)\s+(?:(?:little|small|kleinen|kleine|kleines|klein|liten|lita|lite|små)\s+)?"
    r"(?P<child>babys|baby|toddler|boy|girl|child|kid|kindes|kindje|"
    r"kind|jungen|junge|mädchens|mädchen|meisje|jongetje|jongen|kleintje|peuter|kleuter|gutt|"
    r"jente|barn)\b",
    re.IGNORECASE,
)
# what follows a child's word that makes it a modifier: a hyphen that joins it to a noun, or
# (in English) a noun of a product, a shop or an event
_CHILD_AS_MODIFIER = re.compile(
    r"-(?=[^\W\d_])|\s+(?:shops?|stores?|brands?|products?|range|line|shoots?|shooting|"
    r"clothes|clothing|food|monitors?|carriers?|strollers?|prams?|items?|company|companies|"
    r"business|retailers?|labels?|fairs?|expo|show|shower|markets?|boutiques?|sites?|"
    r"websites?|webshops?|class|classes|course|courses|gear|equipment|boxes|"
    r"box|subscriptions?|photographers?|photography)\b",
    re.IGNORECASE,
)
# ... but a group, a registry, a profile, an account or an album of a child is the other
# family's records ("another toddler group", "another baby registry", "een andere
# baby-groep", "ein anderes Baby-Profil", "en annen baby-profil"), hyphen or not
_CHILD_OWN_RECORDS = re.compile(
    r"[-\s]?(?:groups?|groep\w*|gruppe\w*|registry|registries|profile?s?|profiel\w*|"
    r"profil\w*|account\w*|konto\w*|album\w*|records?|files?|dossier\w*|akte\w*|"
    r"journal\w*|mappe\w*)\b",
    re.IGNORECASE,
)
# German "einem anderen jungen Unternehmen": "jungen" written small before a capitalised noun
# is the adjective "young", not the boy ("eines anderen Jungen")
_GERMAN_YOUNG = re.compile(r"\s+[A-ZÄÖÜ]")
_READER_SEES = re.compile(
    r"\byou(?:'ll)?\s+(?:can\s+|will\s+|may\s+|might\s+|should\s+)?(?P<v1>see|view|find)\b|"
    r"\b(?P<v2>see)\s+(?:the\s+)?(?:attach|enclosed)|"
    r"\b(?P<v3>sehen|finden)\s+sie\b|\b(?P<v4>siehe|siehst|seht)\b|"
    r"\b(?:sie|du|ihr)\s+(?:\w+\s+){0,4}?(?P<v5>sehen|siehst|seht)\b|"
    r"\b(?P<v6>ziet|zien|zie)\s+(?:u|je|jullie)\b|"
    r"\b(?:u|je|jullie)\s+(?:\w+\s+){0,4}?(?P<v7>zien|ziet|zie)\b|\b(?P<v8>zie)\s+(?:de\s+)?bijlage|"
    r"\b(?P<v9>ser|se)\s+(?:du|dere)\b|\b(?:du|dere)\s+(?:\w+\s+){0,4}?(?P<v10>ser|se)\b|"
    r"\b(?P<v11>se)\s+vedl",
    re.IGNORECASE,
)
_ATTACHMENT = re.compile(
    r"\b(?:attach\w*|enclosed|anhang|anlage|anbei|angehängt\w*|beigefügt\w*|bijlage\w*|"
    r"bijgevoegd\w*|bijgaand\w*|vedlegg\w*|vedlagt\w*)\b",
    re.IGNORECASE,
)


# ... but "in de bijlage ziet u dat het ouderportaal de foto's van een ander kind toont": what
# the reader sees there is told, a fact ("that", "how")
_SEEN_THAT = re.compile(
    r"(?:\s+\w+){0,3}?,?\s+(?:that|how|dass|wie|dat|hoe|at|hvordan)\b", re.IGNORECASE
)
# ... and "in de bijlage ziet u de foto's van een ander kind die in het account van een moeder
# stonden", "I vedlegget ser du bildene ... som dukket opp på kontoen til en mor": the rest of
# the sentence tells where the records were shown (an account, a login, a portal, an app, or
# "showed up"): the screenshot of the breach, not the writer's own photos
_SHOWN_SOMEWHERE = re.compile(
    r"\b(?:accounts?|account\w*|konto\w*|logg\w*|log\w* in|ingelogd|inloggen|eingeloggt|"
    r"login|portal\w*|portaal\w*|app|appen|showed up|shown|appeared|turned up|"
    r"angezeigt|aufgetaucht|erschienen|stonden|stond|verscheen|verschenen|getoond|"
    r"dukket opp|fikk opp|kom opp|vist|vises)\b",
    re.IGNORECASE,
)


def _words_not_of_others_seen(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that name no person seen (a child's word as a modifier) and no
    seeing (the reader's "see" of an attachment)."""
    spans = []
    for m in _CHILD_AFTER_OTHER.finditer(text):
        child = m.group("child")
        if (
            _CHILD_AS_MODIFIER.match(text, m.end()) and not _CHILD_OWN_RECORDS.match(text, m.end())
        ) or (child in ("jungen", "junge") and _GERMAN_YOUNG.match(text, m.end())):
            spans.append(m.span("child"))
    if _ATTACHMENT.search(text):
        for m in _READER_SEES.finditer(text):
            opening = max((c.end() for c in _CLAUSE_MARK.finditer(text, 0, m.start())), default=0)
            closing = _CLAUSE_MARK.search(text, m.end())
            clause = text[opening : closing.start() if closing else len(text)]
            ending = _SENTENCE_MARK.search(text, m.end())
            told = text[m.end() : ending.start() if ending else len(text)]
            if (
                _ATTACHMENT.search(clause)
                and not _SEEN_THAT.match(text, m.end())
                and not _SHOWN_SOMEWHERE.search(told)
            ):
                verb = next(name for name, word in m.groupdict().items() if word)
                spans.append(m.span(verb))
    return spans


def _drop_others_not_seen(
    text: str,
    found: dict[int, FiredRule],
    new: set[int],
    again: tuple[RuleSet, str, Callable[[str], list[str]]],
) -> None:
    """Forget `<lang>.cx_others_data_seen_near` when its words are a child's word as a modifier
    or the reader's "see" of an attachment, unless it fires again without them."""
    seen = [i for i in new if found[i].id.endswith(_OTHERS_SEEN)]
    if not seen:
        return
    spans = _words_not_of_others_seen(text)
    if not spans:
        return
    rest, at = [], 0
    for start, end in sorted(spans):
        rest.append(text[at:start])
        rest.append("x" * (end - start))
        at = end
    rest.append(text[at:])
    forgotten = {i: found.pop(i) for i in seen}
    new.difference_update(forgotten)
    rs, field, split = again
    _fires_again(rs, "".join(rest), field, found, forgotten, split)


# "The image couldn't be loaded in my email client", "in Outlook steht 'Fehler beim Laden der
# Bilder'", "in de nieuwsbrief kon de foto niet worden geladen", "i e-posten fra dere kunne
# ikke bildene lastes": a loading error the writer's mail program shows, in an email or a
# newsletter, is no part of the site broken. `<lang>.cx_error_loading_content` whose match
# lies in such a sentence is forgotten, unless the same words are said of the site elsewhere.
# (Not the newsletter's sign-up form or archive: those are parts of the site.)
_LOADING_ERROR = ".cx_error_loading_content"
_MAIL_VIEW = re.compile(
    r"\b(?:e-?mail[ -]?(?:client|program(?:me)?|app)s?|mail[ -]?(?:client|program(?:me)?|app)s?|"
    r"e-?mail-?programms?|e-?mail-?programmen?|mail-?programms?|e-?mail-?clients?|"
    r"e-?mailprogramma'?s?|mailprogramma'?s?|e-?mailclients?|"
    r"e-?post-?program(?:met)?|e-?post-?klient(?:en)?|e-?post-?app(?:en)?|mail-?app(?:en)?|"
    r"outlook|thunderbird|apple mail|gmail|"
    r"newsletters?|nieuwsbrie(?:f|ven)|nyhetsbrev(?:et|ene)?|mailings?|"
    r"(?:in|open|opened|opening)\s+(?:the|your|my|this|that|our|an)\s+e-?mails?|"
    r"in\s+(?:der|ihrer|eurer|deiner|dieser|meiner)\s+e-?mail|in\s+(?:der|ihrer|eurer|dieser)\s+mail|"
    r"in\s+(?:de|jullie|uw|je|die|deze|mijn)\s+e-?mail|in\s+(?:de|jullie|uw|die|deze)\s+mail|"
    r"i\s+(?:e-?posten|eposten|mailen|e-?mailen))\b",
    re.IGNORECASE,
)
# the newsletter's sign-up form or archive page, before or after its name ("das Formular zur
# Newsletter-Anmeldung", "het aanmeldformulier voor de nieuwsbrief", "påmeldingsskjemaet for
# nyhetsbrevet"): a part of the site
_NEWSLETTER_ON_THE_SITE = re.compile(
    r"sign[ -]?up|subscri|anmeld|aanmeld|inschrijf|inschrijv|påmeld|abonn|\bforms?\b|formular|"
    r"formulier|skjema|archiv|archief|arkiv",
    re.IGNORECASE,
)


# the site or a part of its backend named in the same sentence ("In the Mailings module of our
# CMS", "auf der Buchungsseite ... der Outlook-Kalender-Export", "on our website the Gmail
# sign-in button"): a mail word there names a part of the site, not the mail program
_SITE_PART_NAMED = re.compile(
    r"\b(?:cms|backend|back-end|backoffice|admin|modul|module|modules|moduls|website|websites|"
    r"webseite|webshop|site|page|\w+seite|\w+pagina|pagina|nettsiden|nettstedet|nettbutikken|"
    r"nettsted)\b",
    re.IGNORECASE,
)


def _drop_loading_error_in_mail(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget a loading error told of the writer's mail program, an email or a newsletter."""
    loading = {i for i in new if found[i].id.endswith(_LOADING_ERROR)}
    if not loading or not _MAIL_VIEW.search(text):
        return
    in_mail: list[str] = []
    told: list[str] = []
    for sentence in sentences(text):
        in_a_mail = (
            _MAIL_VIEW.search(sentence)
            and not _NEWSLETTER_ON_THE_SITE.search(sentence)
            and not _SITE_PART_NAMED.search(sentence)
        )
        (in_mail if in_a_mail else told).append(_joined_words(sentence))
    _forget_matches_in(in_mail, found, loading, levels=("standard",), told=" | ".join(told))
