"""Failures supposed, feared, asked about or denied: told as a case, not as what happens."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from classifiers.cues import (
    _AFTER_THE_WORK,
    _LONG_AGO_GATE,
    _LOOKED_FOR_ELSEWHERE,
    _NOW_OK_CORE_GATES,
    _NOW_OK_GATES,
    _OVER_GATES,
    _PLANNED,
    _RECENT_GATES,
)
from classifiers.literals import NeedleIndex, Prefilter
from classifiers.matching import _forget_matches_in, _joined_words, _occurs, _scan_regexes
from classifiers.model import FiredRule
from classifiers.rules import RuleSet
from classifiers.scan import scan_phrases
from classifiers.words import _tokens

# A question about a hypothetical ("what happens if the site goes down?") reports nothing.
_HYPOTHETICAL = re.compile(
    r"\b(if|in case|should the|what happens|als|mocht|indien|wat gebeurt|wenn|falls|dann|"
    r"was passiert|hvis|dersom|hva skjer|hva gjør|"
    # "Stel dat de site plat gaat, ...?", "Suppose the shop goes down, ...?", "Angenommen,
    # der Shop fällt aus, ...?", "Sett at siden går ned, ...?": a supposed outage
    r"stel dat|stel je voor|gesteld dat|suppose|supposing|what if|angenommen|gesetzt den fall|"
    r"sett at|tenk om|anta at|"
    # "Wie schnell könnte im Notfall (Serverausfall, Hackerangriff) wiederhergestellt werden?":
    # an emergency supposed; "... houden zodat niemand anders hem kan registreren?": a purpose
    # asked about, not a failure told
    r"im notfall|im ernstfall|in an emergency|in the event of|in geval van|in noodgevallen|"
    r"bij een calamiteit|i en nødssituasjon|i en nødsituasjon|i verste fall|worst case|"
    r"so that|zodat|damit|sodass|slik at|"
    # "Können Sie es so einrichten, dass ...?", "Kunnen jullie het zo instellen dat ...?": the
    # same "so that", its two words apart around a verb of arranging
    r"so\s+(?:\w+\s+){0,2}?(?:einrichten|einstellen|umstellen|machen|ändern|anpassen|"
    r"konfigurieren|programmieren|bauen)\W+dass|"
    r"zo\s+(?:\w+\s+){0,2}?(?:instellen|inrichten|maken|aanpassen|veranderen|configureren|"
    r"programmeren|bouwen)\W+dat)\b",
    re.IGNORECASE,
)
# "Could we get hacked too?", "Können wir gehackt werden?", "Kan vi bli hacket?": a question
# whether a breach could happen asks for advice; it reports none.
_SECURITY_QUESTION = re.compile(
    r"\b(could|can|might|may|would|will)\b[^.!?]{0,40}\b(get|be|become)\s+(hacked|breached|"
    r"compromised|infected)\b|\b(safe|protected|secure)\s+(from|against)\b|"
    r"\b(kunnen|kan|zou|zouden|kunnen)\b[^.!?]{0,40}\bgehackt\s+(worden|raken)\b|"
    r"\bgehackt\s+(kunnen|zou|zouden)\s+worden\b|"
    r"\b(können|kann|könnte|könnten)\b[^.!?]{0,40}\bgehackt\s+werden\b|"
    r"\bgehackt\s+werden\s+(können|kann|könnte|könnten)\b|"
    r"\b(kan|kunne|vil|blir)\b[^.!?]{0,40}\bbli\s+(hacket|hacka|hackeT|angrepet)\b",
    re.IGNORECASE,
)
# ... or tells the failure as now ("Kann es sein, dass jetzt kein Kunde mehr bezahlen kann?"
# after "wir haben gestern die Umstellung gemacht"): told, not supposed; unless the question
# also asks about the time of the work ("Will the checkout be down then, or can people still
# pay right now?")
_TOLD_NOW = re.compile(
    r"\b(now|right now|currently|jetzt|gerade|momentan|nu|momenteel|op dit moment|nå|"
    r"for øyeblikket)\b",
    re.IGNORECASE,
)
_ASKED_OF_THE_WORK = re.compile(
    r"\b(will|'ll|going to|then|wird|werden|dann|zal|zullen|gaat|dan|blir|vil|skal|da)\b",
    re.IGNORECASE,
)
# "Can members see each other's names on the class list? We'd like that feature.": a question
# about what the site can do, in a mail that asks for a feature, reports nothing.
# The question may follow a greeting in its sentence ("Hi, can parents see another baby's
# photos in the gallery? We want that for the family feature.").
_CAPABILITY_QUESTION = re.compile(
    r"^\W*(?P<greeting>(?:hi|hello|hey|dear|hallo|hoi|hei|heisann|moin|servus|liebe|lieber|liebes|"
    r"beste|geachte|kjære|good (?:morning|afternoon)|guten (?:tag|morgen)|goedemorgen|"
    r"goedemiddag|god morgen|god dag)\b[^,.!?\n]{0,30}[,!]\s*)?"
    r"(can|could|would it be possible|is it possible|kunnen|kan|zou|is het mogelijk|"
    r"können|könnten|kann|ist es möglich|wäre es möglich|er det mulig|går det an)\b"
    # ... not "can it be that", "kann es sein, dass", "kan het zijn dat", "kan det stemme at":
    # the worried opening of a report ("Hi, can it be that parents see another child's
    # photos?"), whether something is happening, not whether it can be done
    r"(?!\s+(?:it\s+be|it\s+really\s+be|es\s+sein|es\s+wirklich\s+sein|het\s+zijn|"
    r"het\s+kloppen|det\s+være|det\s+stemme|det\s+virkelig\s+være)\b)",
    re.IGNORECASE,
)
# ... and the wish may be the thing wanted ("Dat willen we voor de familiefunctie", "das
# hätten wir gern", "det vil vi ha") or what it is for ("für die Familienfunktion", "til
# familiefunksjonen"): a feature's compound is only a wish after "for" ("die Suchfunktion
# geht nicht" names a function that fails).
_FEATURE_WISH = re.compile(
    r"\b(feature|functionality|we'?d like|we would like|would be nice|functie|functionaliteit|"
    r"zouden (graag|het fijn)|willen graag|zou fijn|funktion|möchten|hätten gern|wünschen|"
    r"wäre schön|funksjon|funksjonalitet|ønsker|vil gjerne|hadde vært fint|"
    r"we(?:'d| would)? want (?:that|this) (?:for|as|in|on)|dat willen we|dat zouden we willen|"
    r"das wollen wir|das hätten wir gerne?|det vil vi ha|det vil vi gjerne|"
    r"(?:for|voor|für|fürs|til) (?:(?:the|a|an|our|de|het|een|onze|die|eine|unsere|den|"
    r"einen|en|et|ei|vår|vårt|sin|sitt) )?\w+(?:features?|functie|funktion|funksjonen|funksjon))\b",
    re.IGNORECASE,
)
# After a greeting the question opens a mail as a worried report does ("Hi, can parents see
# another child's photos? A mother reported it, it is in the family feature"): only a wish
# said as one counts there, not the feature's bare noun (`_FEATURE_NOUN`).
_FEATURE_NOUN = re.compile(
    r"\b(?:feature|functionality|functie|functionaliteit|funktion|funksjon|funksjonalitet)\b",
    re.IGNORECASE,
)
_PLANNED_GATE = Prefilter(_PLANNED)
_FEATURE_WISH_GATE = Prefilter(_FEATURE_WISH)


# "Please renew it before our website is no longer reachable!!!", "bevor unsere Website
# nicht mehr erreichbar ist", "voordat de site onbereikbaar wordt", "før nettsiden går ned": a
# failure feared, in a clause after "before", not one told (a clause with a past verb, "before
# the site went down", tells one; a number after it, "before 11", is a time).
_FEARED_BEFORE = re.compile(
    # not "before" as an adverb ("it worked before and now nobody can pay", "aldri sett før og
    # nå får ingen betalt"): a conjunction or "now" right after it starts the next clause
    r"\b(?:before|bevor|ehe|voordat|før)\s+(?!\d|(?:and|but|now|then|og|men|nå|så|und|aber|"
    r"jetzt|dann|en|maar|nu|dan)\b)[^.!?;:,\n]{3,100}",
    re.IGNORECASE,
)
# its literals: most mail has none of the five words, and then the search is skipped
_FEARED_BEFORE_GATE = Prefilter(_FEARED_BEFORE)
_PAST_IN_CLAUSE = re.compile(
    r"\b(?:went|was|were|had|could|crashed|stopped|war|waren|ging|fiel|hatte|hatten|wurde|konnte"
    r"|kon|konden|lag|werd|gingen|var|gikk|ble|hadde|kunne)\b",
    re.IGNORECASE,
)


def _drop_feared_before(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget critical rules whose every match lies in a "before ..." clause that fears a
    failure (`_FEARED_BEFORE`), unless the same words are said outside it too. Only critical
    ones: "members who joined before the migration can't log in", "it spins for ages before
    it goes through" run on past the clause's end, and their urgent words are told."""
    if not any(found[i].level == "critical" for i in new):
        return
    if not _FEARED_BEFORE_GATE.may_match(text, text.lower()):
        return
    spans = [m for m in _FEARED_BEFORE.finditer(text) if not _PAST_IN_CLAUSE.search(m.group())]
    if not spans:
        return
    rest, at = [], 0
    for m in spans:
        rest.append(text[at : m.start()])
        at = m.end()
    rest.append(text[at:])
    parts = [_joined_words(m.group()) for m in spans]
    _forget_matches_in(parts, found, new, ("critical",), told=_joined_words(" ".join(rest)))


# A spoken question about a supposed outage: what it costs or what happens if ... (the
# words up to `_SPOKEN_IF_SPAN` after its "if" are the supposed case).
_SPOKEN_HYPOTHETICAL = re.compile(
    r"\b(what would (it|that|this) cost|how much would (it|that) (cost|be)|what would happen|"
    r"what would we do|wat kost (het|dat)|wat zou het kosten|wat zou er gebeuren|"
    r"was kostet (es|das)|was würde (es|das) kosten|was würde passieren|"
    r"hva koster (det|dette)|hva ville det koste|hva ville skje|"
    # the same in the present ("wat gebeurt er als de webshop dan plat gaat"); not "what
    # happens is, if I click pay ...", which tells what goes on
    r"what happens(?! is\b)|wat gebeurt er|was passiert(?! ist\b)|hva skjer)"
    r"\b(\s+\w+){0,3}?,?\s+"
    r"(if|in case|als|mocht|indien|wenn|falls|hvis|dersom)((\s+[\w'-]+){1,8})",
    re.IGNORECASE,
)
_SPOKEN_GATE = ("what", "how much", "wat ", "was ", "hva ")


def _drop_spoken_hypothetical(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget incident rules whose match lies in a spoken question about a supposed outage,
    in a text without question marks (a voicemail, a phone mail): "what would it cost if the
    site went down on a saturday", "wat kost het als de site plat gaat", "was würde es
    kosten, wenn der Shop ausfällt", "hva koster det hvis siden går ned" (its words up to
    eight past the "if" are the supposed case)."""
    if not any(found[i].level in ("critical", "urgent") for i in new):
        return
    lowered = text.lower()
    if not any(word in lowered for word in _SPOKEN_GATE):
        return
    asked = [_joined_words(m.group(0)) for m in _SPOKEN_HYPOTHETICAL.finditer(text)]
    if asked:
        _forget_matches_in(asked, found, new)


# 'krijg je een pagina met "Is dit domein te koop? Doe een bod"', 'it says “Forgot your
# password?” and nothing else': a question mark inside double quotes is the page's or the
# message's, not the writer's question (single quotes are left alone: apostrophes).
_QUESTION_IN_QUOTES = re.compile(
    r'"[^"\n]{0,200}"|“[^”\n]{0,200}”|„[^“”\n]{0,200}[“”]|«[^»\n]{0,200}»'
)


def _without_quoted_questions(text: str) -> str:
    """`text` with the question marks inside double quotes taken out."""
    return _QUESTION_IN_QUOTES.sub(lambda m: m.group(0).replace("?", ""), text)


def _drop_supposed(
    text: str, found: dict[int, FiredRule], new: set[int], split: Callable[[str], list[str]]
) -> None:
    """Forget incident rules whose match lies in a supposed case: a question about one
    ("what happens if the site goes down?"), or, in a text without question marks (a
    voicemail), a spoken one ("what would it cost if the site went down"). A question
    quoted from a page ('"Is dit domein te koop?"') is no question of the writer's."""
    _drop_feared_before(text, found, new)
    if "?" in text and any(q in text for q in '"“„«'):
        text = _without_quoted_questions(text)
    if "?" in text:
        _drop_hypothetical(text, found, new, split)
    else:
        _drop_spoken_hypothetical(text, found, new)


def _drop_hypothetical(
    text: str, found: dict[int, FiredRule], new: set[int], split: Callable[[str], list[str]]
) -> None:
    """Forget incident rules whose match lies in a hypothetical question."""
    if not any(found[i].level in ("critical", "urgent") for i in new):
        return  # only those are forgotten
    questions = [s for s in split(text) if s.strip().endswith("?")]
    if not questions:
        return
    # Searches of the whole text cost most: each is made at most once, and only when the
    # question's own words leave it open (the same test as `planned or hypothetical or
    # (wish and capability question)`).
    said: dict[Prefilter, bool] = {}
    lowered = text.lower()

    def says(gate: Prefilter) -> bool:
        if gate not in said:
            said[gate] = _occurs(gate, text, lowered)
        return said[gate]

    asked = [
        _joined_words(s)
        for s in questions
        if _HYPOTHETICAL.search(s)
        or _SECURITY_QUESTION.search(s)
        or _asks_for_a_feature(s, text, says)
        or (says(_PLANNED_GATE) and not _AFTER_THE_WORK.search(s) and not _told_now(s))
    ]
    if not asked:
        return
    _forget_matches_in(asked, found, new)


def _asks_for_a_feature(question: str, text: str, says: Callable[[Prefilter], bool]) -> bool:
    """`question` asks whether people can do something, in a mail (`text`) that wants it as a
    feature; after a greeting, a wish said as one (not the feature's bare noun)."""
    asked = _CAPABILITY_QUESTION.match(question)
    if not asked or not says(_FEATURE_WISH_GATE):
        return False
    if not asked.group("greeting"):
        return True
    return any(not _FEATURE_NOUN.fullmatch(m.group(0)) for m in _FEATURE_WISH.finditer(text))


def _told_now(question: str) -> bool:
    """A question that tells the failure as now, not as the time of the work."""
    return bool(_TOLD_NOW.search(question)) and not _ASKED_OF_THE_WORK.search(question)


def _fires_again(
    rs: RuleSet,
    rest: str,
    field: str,
    found: dict[int, FiredRule],
    forgotten: dict[int, FiredRule],
    split: Callable[[str], list[str]],
) -> None:
    """Take back the rules `_drop_past` forgot that fire in `rest`, the sentences not past:
    "The shop was offline for an hour last night. The shop is offline again." fires
    "shop ... offline" once, in the first sentence; the second says it as well."""
    if not rest.strip() or not any(f.level in ("critical", "urgent") for f in forgotten.values()):
        return
    tokens = _tokens(rest)
    # Only the forgotten rules are looked for: the scans leave a rule already found alone, so
    # every other one is entered as found (each rule fires or not on its own words alone).
    again: dict[int, FiredRule] = dict.fromkeys(range(len(rs.rules)), _LOOKED_FOR_ELSEWHERE)
    for i in forgotten:
        del again[i]
    scan_phrases(rs, tokens, field, False, again, 1.0)
    _scan_regexes(rs, rest, tokens, field, again)
    fired = {i: again[i] for i in forgotten if i in again}
    _drop_supposed(rest, fired, set(fired), split)
    found.update(fired)


# "It is not the case that the site is down", "Det er ikke slik at siden er nede": a denial
# frame whose "not" stands too far before the claim for the negation window. What follows
# it, up to "but"/"men"/"maar"/"aber" or the end of the sentence, is denied.
_DENIAL = re.compile(
    r"\b(it'?s not (the case|true|like|that)|it is not (the case|true|like)|not that|"
    r"het is niet (zo|waar)|niet dat|es ist nicht (so|wahr|etwa so)|nicht dass|"
    r"det er ikke (slik|sånn|sant|snakk om)|ikke det at|"
    # "Es gibt keine Hinweise, dass jemand eingedrungen ist", "no sign that anyone got in",
    # "geen aanwijzingen dat er iets gelekt is", "ingen tegn på at noen har kommet inn": what
    # the writer found no sign of is denied, not reported
    r"no (signs?|evidence|indications?) (that|of)|"
    r"geen (aanwijzingen|aanwijzing|tekenen|bewijs)( voor| van)?|"
    r"keine (hinweise|anzeichen|indizien|belege)( auf| für)?|"
    r"kein (hinweis|anzeichen|beleg)( auf| für)?|"
    r"ingen (tegn|indikasjoner|indikasjon|bevis) på)\b,?\s*(?:that|dat|dass|at)?"
    r"(?P<claim>[^.!?;:,]*?)(?=\b(?:but|men|maar|aber|sondern|however|wel)\b|[.!?;:,]|$)",
    re.IGNORECASE,
)


_DENIAL_GATE = Prefilter(_DENIAL)
# The literals of the whole-text gates (past outage, works again, denial), looked for in one
# read of the text (each gate's `may_match` asks it): most mail has none of them, and a read
# per literal cost more than the rest.
_GATE_NEEDLES = NeedleIndex(
    (
        _LONG_AGO_GATE,
        *_RECENT_GATES,
        *_OVER_GATES,
        *_NOW_OK_GATES,
        *_NOW_OK_CORE_GATES,
        _DENIAL_GATE,
    )
)


def _drop_denied(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget incident rules whose match lies wholly inside a denial frame."""
    if not any(found[i].level in ("critical", "urgent") for i in new):
        return
    if not _DENIAL_GATE.may_match(text, text.lower()):
        return  # no denial frame: nothing is denied
    spans = [_joined_words(m.group("claim")) for m in _DENIAL.finditer(text)]
    claims = [span for span in spans if span]
    if claims:
        _forget_matches_in(claims, found, new)


# "Im Falle einer Datenpanne informieren wir Sie", "in the event of a data breach we will tell
# you", "if you suspect your account has been compromised, ...": a breach supposed by the
# standard text of a privacy statement or a signature, not one told. Its words, up to the end of
# the sentence (at most 100 characters), do not count towards a critical.
# Each family a pattern of its own with its own gate: their needles are often common words
# ("could", "what", "vil"), and one alternation of them all cost about 0.1 ms of every
# incident mail.
_WORK = (
    r"(maintenance|migration|server move|move|onderhoud|migratie|verhuizing|serververhuizing|"
    r"wartung|wartungsarbeiten|umzug|serverumzug|umstellung|vedlikehold|vedlikeholdet|"
    r"flytting|flyttingen|serverflytting|migrering|migreringen)"
)
_PLANNED_WORD = (
    r"(planned|scheduled|announced|gepland|geplande|aangekondigd|geplant|geplante|"
    r"angekündigt|planlagt|planlagte|varslet)"
)
# (nor a contrast or the work said to be done: "the planned maintenance is finished but checkout
# won't load" tells a failure now)
_NOW_PAST_OR_CONTRAST = (
    r"now|nu|jetzt|nå|since|seit|sinds|sindsdien|seitdem|was|were|war|waren|var|"
    r"ble|werd|after|nach|na|etter|still|noch|nog|fortsatt|again|wieder|weer|igjen|"
    r"but|aber|doch|maar|men|done|finished|complete|completed|over|fertig|vorbei|beendet|"
    r"abgeschlossen|klaar|afgerond|voorbij|ferdig|avsluttet"
)
_NOT_NOW_NOR_PAST = rf"(?:(?!\b(?:{_NOW_PAST_OR_CONTRAST})\b)[^.!?;:\n])"
_WORK_PLANNED = (
    rf"\b({_WORK}\b{_NOT_NOW_NOR_PAST}{{0,40}}?\b{_PLANNED_WORD}|"
    rf"{_PLANNED_WORD}\b{_NOT_NOW_NOR_PAST}{{0,40}}?\b{_WORK})\b"
)
# a word of what is to come ("will", "dann", "da"; not "siden da", since then)
_TO_COME = (
    r"\b(will|won't|would|wird|würde|werden|zal|zullen|zou|dann|dan|then|(?<!siden )da|vil|"
    r"skal|blir)\b"
)
_PLANNED_WORK_DOWNTIME = (
    f"{_WORK_PLANNED}{_NOT_NOW_NOR_PAST}{{0,80}}?{_TO_COME}{_NOT_NOW_NOR_PAST}{{0,80}}"
)
# A time to come: a day, a night or a week ahead, or an hour range ("from 2 to 4 am", "von 2
# bis 4 Uhr", "van 2 tot 4 uur", "fra kl. 2 til 4").
_DAY = (
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|"
    r"donderdag|vrijdag|zaterdag|zondag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonnabend|sonntag|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)"
)
_TIME_TO_COME = (
    rf"(on {_DAY}|this (coming )?({_DAY}|weekend|evening)|next (week|weekend|month|{_DAY})|"
    rf"tomorrow|tonight|later today|over the weekend|"
    rf"am {_DAY}|am (kommenden |nächsten )?wochenende|(nächste|kommende) woche|"
    rf"nächsten ({_DAY}|monat)|übermorgen|heute abend|morgen (früh|abend|nacht|vormittag)|"
    rf"(op |komende |aanstaande |volgende )?{_DAY}(avond|nacht|ochtend|middag)?|"
    rf"(dit|komend|volgend) weekend|volgende (week|maand)|vanavond|overmorgen|"
    rf"(på |neste |kommende )?{_DAY}(skveld|snatt|smorgen)?|i (kveld|morgen|helgen)|"
    rf"neste (uke|helg|måned)|i overmorgen|"
    r"(from|between|von|zwischen|van|tussen|fra|mellom) (kl\.? )?\d{1,2}([:.]\d\d)? ?"
    r"(am|pm|uhr|uur)? "
    r"(to|and|bis|und|tot|en|til|og) (kl\.? )?\d{1,2})"
)
# The site said to be down when that time comes, or for the work it waits for, with a verb of
# the future: "The site will be down for maintenance on Sunday night", "Der Shop wird am
# Sonntag wegen Wartung offline sein", "De webshop zal zondag offline zijn", "Nettbutikken vil
# være nede på søndag". One clause only, from its start (a stop, a colon or a comma; the
# rules' near matches start at its subject: "the shop ... will be offline") to the time or
# the work: not past a comma or a word that joins another clause ("Die Seite ist down und
# wird bis Montag offline bleiben": the outage told before "und" is told), nor a word that
# places it now or before, says it goes on or contrasts it, nor "until" (down until then is
# down now); and no condition in the sentence ("... tomorrow for the sale if you do nothing":
# a threat, not a plan). Not in a question either (the worried question above has its own
# case). A present tense with a day ("De webshop is zondag offline vanwege onderhoud") is
# left out: in the same words a clause that denies the work ("the maintenance is only
# planned for next week, so this is something else") tells an outage now.
_DOWN_TO_COME = (
    r"(down|offline|unavailable|unreachable|inaccessible|closed|nicht erreichbar|"
    r"nicht verfügbar|nicht aufrufbar|vom netz|geschlossen|onbereikbaar|niet bereikbaar|"
    r"niet beschikbaar|uit de lucht|gesloten|nede|utilgjengelig|stengt)"
)
_CONDITION = r"(if|unless|wenn|falls|sofern|als|tenzij|indien|hvis|dersom|med mindre)"
# "too", "as well": said of the downtime to come, it is down now as well
_AS_WELL = r"(too|as well|also|auch|ebenfalls|ook|også)"
# Words that end the clause or place it now, before or in a condition.
_NOT_IN_THE_CLAUSE = (
    rf"({_NOW_PAST_OR_CONTRAST}|"
    r"and|und|en|og|or|oder|eller|so|dus|daher|deshalb|så|because(?! of)|weil|omdat|fordi|"
    r"until|till|(?<!\d )(?<!uhr )bis|(?<!\d )(?<!uur )tot|totdat|inntil|"
    rf"til(?= {_DAY}| i morgen| neste)|{_CONDITION}|"
    # a time past or a failure, for the work of the clause ("Nach der gescheiterten Migration
    # gestern wird die Seite stundenlang nicht erreichbar sein": it is down now)
    r"yesterday|last night|gestern|gisteren|i går|i forgårs|failed|gescheitert\w*|"
    r"fehlgeschlagen\w*|schiefgegangen|mislukt\w*|misgegaan|misslykket|mislyktes|feilet|"
    # ... or already so, or so as well ("the shop will be down tomorrow as well", "this
    # morning", "schon", "al", "allerede"): down now too
    rf"already|this morning|{_AS_WELL}|schon|bereits|heute früh|heute morgen|"
    r"al|vanochtend|vanmorgen|eveneens|allerede|i morges|i dag tidlig)"
)
_PAYING = (
    r"(checkout|payments?|pay|card|kasse|kassa|kassen|zahlung\w*|bezahl\w*|afreken\w*|"
    r"betaal\w*|betaling\w*|betale|vipps|paypal|stripe|klarna|mollie|ideal)"
)
_IN_ONE_CLAUSE = rf"(?:(?!\b{_NOT_IN_THE_CLAUSE}\b)[^.!?;:,\n])"
# The clause's subject: a few words, none a verb of being or a word of the outage, so an
# outage told just before without a stop ("The checkout is down the site will be down
# tomorrow") stays outside.
_SUBJECT_WORD = rf"(?!(?:{_NOT_IN_THE_CLAUSE}|is|are|ist|sind|er|zijn|{_DOWN_TO_COME})\b)\w[\w'-]* "
# The verbs of the future (English "is/are going to" besides)
_FUTURE_VERBS = r"will|'ll|shall|wird|werden|zal|zullen|gaat|gaan|geht|gehen|vil|skal|blir"
# The clause's words up to the outage: its subject, the verb of the future, the outage.
_FUTURE_DOWN = (
    rf"(?:{_SUBJECT_WORD}){{0,6}}?"
    rf"\b(is going to|are going to|{_FUTURE_VERBS})"
    rf"{_IN_ONE_CLAUSE}{{0,60}}?\b(be|go|stay|remain|sein|gehen|bleiben|zijn|blijven|"
    r"være|bli|gå)?\s?"
    rf"\b{_DOWN_TO_COME}\b"
)
_DOWNTIME_TO_COME = (
    # from the start of the clause: a word before the subject may place it ("Etter
    # migreringen i natt vil siden ...", "After the failed migration the site will ...")
    r"(?<![^.!?;:,\n])\s*"
    # the outage in the future first: the clause is read for its time or work, and the
    # sentence for a question or a condition, only where one is told
    rf"(?={_FUTURE_DOWN})"
    rf"(?={_IN_ONE_CLAUSE}*\b({_TIME_TO_COME}|{_WORK})\b)(?![^.!?;\n]*\?)"
    rf"(?![^.!?;\n]*\b{_CONDITION}\b)"
    # ... nor said of the checkout or the payments: a payment account closed or suspended
    # makes "checkout will be unavailable tonight" an outage on its way now
    rf"(?!{_IN_ONE_CLAUSE}*\b{_PAYING})"
    # ... nor the clause followed by "too" ("... down tomorrow too"): down now as well
    rf"(?!{_IN_ONE_CLAUSE}*\b{_AS_WELL}\b)"
    rf"{_FUTURE_DOWN}"
    # up to the time or the work when they follow, and no further: what comes after them may
    # be a failure of its own ("... blir nede under flyttingen betalingen feiler hele tiden")
    rf"(?:{_IN_ONE_CLAUSE}{{0,60}}?\b({_TIME_TO_COME}|{_WORK})\b)?"
)
_FUTURE_VERB = re.compile(rf"\b(going to|{_FUTURE_VERBS})\b", re.IGNORECASE)
_CLAUSE_ENDS = ".!?;:,\n"


class _FromClauseStarts(Prefilter):
    """A pattern that begins at a clause's start (`_DOWNTIME_TO_COME`), tried only at the
    start of the clauses that hold a verb of the future, with the same matches: tried at
    every clause start, its subject words cost a varied 5 KB mail 6 ms more per
    classification (bench/classify_speed.py), and few clauses hold such a verb."""

    def finditer(self, text: str, *, lowered: bool = False) -> Iterator[re.Match[str]]:
        starts = {
            max(text.rfind(mark, 0, verb.start()) for mark in _CLAUSE_ENDS) + 1
            for verb in _FUTURE_VERB.finditer(text)
        }
        end = 0
        for start in sorted(starts):
            if start < end:
                continue  # inside a case already found, as finditer's matches never overlap
            m = self.pattern.match(text, start)
            if m is not None:
                end = m.end()
                yield m


_PHRASED_CASES = tuple(
    Prefilter(re.compile(pattern, re.IGNORECASE))
    for pattern in (
        r"\b(in the event of|in case of|if you suspect|should you suspect|im falle? (einer|eines)|"
        r"falls sie vermuten|sollten sie vermuten|in (het )?geval van|mocht u vermoeden|"
        r"als u vermoedt|i tilfelle|hvis du mistenker)\b[^.!?;:]{0,100}",
        # what is to be prevented or planned for ("so that we never get hacked", "voorkomen dat
        # we ooit gehackt worden", "eine Plan für einen Hackerangriff", "hva vi gjør ved et
        # datainnbrudd"): a measure asked for, no breach told
        r"\b(to prevent|prevent (that|it|us|our|the|a|an|any)|protect (us|our\w*|the site) against|"
        r"what (we|to) do (if|when|in)|te voorkomen|voorkomen dat|beschermen tegen|"
        r"wat (we|wij) doen (als|bij)|zu verhindern|verhindern,? dass|vorzubeugen|schützen vor|"
        r"was (wir|zu) tun(,? ist)?,? (wenn|bei)|for å (unngå|hindre)|(unngå|hindre) at|"
        r"beskytte (oss|nettsiden\w*) mot|hva (vi|man) gjør (hvis|ved|om))\b[^.!?;:]{0,100}",
        # a check asked for ("could you check whether our server is on a blacklist"): the
        # question, up to the sentence's end
        r"\b(can|could|would|please|should) (you |we )?(check|find out|see|verify) (whether|if)\b"
        r"[^.!?;:]{0,100}|\b(prüfen|nachsehen|checken|schauen),? ob\b[^.!?;:]{0,100}|"
        r"\b(controleren|nakijken|checken|kijken),? of\b[^.!?;:]{0,100}|"
        r"\b(sjekke|undersøke|se),? om\b[^.!?;:]{0,100}",
        # a security measure named by its threat ("malware scanning", "Malware-Schutz",
        # "virusscanner"): the measure, not the threat found (the words after it still count)
        r"\b(malware|virus|hacker|phishing)[- ]?(scan\w*|skann\w*|protection|schutz\w*|bescherming|"
        r"beskyttelse|check\w*|filter\w*|training\w*|opleiding|schulung\w*|kurs\w*)\b",
        # the site taken offline on purpose, as the writer wishes or plans ("Wir möchten den Shop
        # über Weihnachten offline nehmen", "we'd like to take the shop offline in August"):
        # a change asked for, no outage (the whole wish, up to its verb)
        r"\b(want|wish|would like|'d like|plan|planning|going|could you|can you|please)\b"
        r"[^.!?;:]{0,60}\b(take|put|switch|turn)\b[^.!?;:]{0,40}\b(offline|down)\b|"
        r"\b(möchten|möchte|wollen|will|würden|planen|können sie|könnten sie|bitte)\b"
        r"[^.!?;:]{0,80}\b(offline|vom netz) (nehmen|schalten|gehen)\b|"
        r"\b(willen|wil|zouden|gaan|kunnen jullie|kunt u|graag)\b[^.!?;:]{0,80}"
        r"\b(offline|uit de lucht) (halen|zetten|nemen|gaan)\b|"
        r"\b(vil|ønsker|skal|planlegger|kan dere)\b[^.!?;:]{0,60}\b(ta|stenge|slå)\b"
        r"[^.!?;:]{0,40}\b(ned|offline|av)\b",
        # what is to be prevented, named before its verb or after a noun of protection ("Om
        # dataverlies te voorkomen", "Um Datenverlust zu vermeiden", "wir wollen Datenverlust
        # vermeiden", "zur Vermeidung von", "som beskyttelse mot hackere", "for å forebygge
        # datatap"): a measure asked for. Not past a comma ("die Firewall als Schutz gegen
        # Hacker hat versagt, der Shop ist gehackt"), not after a clock time ("um 3 Uhr") and
        # not a prevention that failed ("klarte ikke å forhindre").
        r"\b(om (?!\d)[^.!?;:,]{0,60}?\bte (voorkomen|vermijden)|"
        r"um (?!\d)[^.!?;:,]{0,60}?\bzu (vermeiden|verhindern|verhüten)|"
        r"(willen|wil|moeten|zouden)\b[^.!?;:,]{0,60}?\b(voorkomen|vermijden)|"
        r"(wollen|möchten|möchte|will|müssen|sollten)\b[^.!?;:,]{0,60}?\b(vermeiden|verhindern)"
        r")\b|"
        # ... and after the noun, only the thing itself: up to three words. A protection that
        # did not hold ("despite our protection against hackers the site is hacked") is no
        # measure asked for (`despite`: the match is not a supposed case).
        r"\b(?P<despite>(despite|in spite of|trotz|ondanks|tross for)( \w+){0,2} )?"
        r"((ter|zur) (voorkoming|vermijding|vermeidung|verhinderung|vorbeugung)( van| von)?|"
        r"(precaution|protection) against|(bescherming|voorzorg) tegen|(vorsorge|schutz) gegen|"
        r"(beskyttelse|vern|forholdsregel) mot|(?<!ikke å )(?<!ikke )(forebygge|forhindre))"
        r"( [\w-]+){1,3}",
        # a worried question whether the site will go down ("Will the site go offline
        # tonight?", "Gaat de site vannacht uit de lucht?", "Geht die Seite dann offline?", "Går
        # nettsiden ned i natt?"): a question about what may come, no outage told (the question,
        # from its first word to its question mark), also after a word of haste and its colon
        # ("DRINGEND: gaat alles plat???", "URGENT: will everything go down?"; a subject's
        # "Label:" is read as "Label", `label_lines`)
        r"(?:^|(?<=[.!?:] )|(?<=\n))(?:(?:urgent|dringend|spoed|haster|eilt|emergency|notfall|"
        r"noodgeval|nødsituasjon|asap|help|hilfe|hjelp)[:!,]*\s+)?"
        r"(?:(will|is|are)\b[^.!?\n]{0,40}\b(go|going to|be)\b|"
        r"(gaat|gaan|zal|wordt)\b[^.!?\n]{0,40}\b(uit de lucht|offline|plat|down|onbereikbaar)\b|"
        r"(geht|gehen|wird)\b[^.!?\n]{0,40}\b(offline|vom netz|down|nicht mehr erreichbar)\b|"
        r"(går|blir|vil)\b[^.!?\n]{0,40}\b(ned|nede|borte|offline|stengt)\b)[^.!?\n]{0,40}\?",
        # planned work announced, and the downtime it will bring ("maintenance is scheduled for
        # Saturday and the shop will be down then", "er staat onderhoud gepland en dan is de
        # website niet bereikbaar", "eine Wartung ist geplant, die Seite ist dann nicht
        # erreichbar"): an outage to come, none told. Not past a word that places it now or
        # before ("was scheduled for last night and now the site is down").
        _PLANNED_WORK_DOWNTIME,
    )
)
_SUPPOSED_CASES = (
    *_PHRASED_CASES,
    # downtime told for a time to come, or for the work it waits for (`_DOWNTIME_TO_COME`)
    _FromClauseStarts(re.compile(_DOWNTIME_TO_COME, re.IGNORECASE)),
)
# Their literals, looked for in one read of the text (about 120 substring searches of the
# whole mail, each time a critical fired, were a tenth of classifying a long one).
_SUPPOSED_NEEDLES = NeedleIndex(_SUPPOSED_CASES)


def _drop_supposed_case(
    text: str,
    found: dict[int, FiredRule],
    new: set[int],
    again: tuple[RuleSet, str, Callable[[str], list[str]]] | None = None,
) -> None:
    """Forget critical rules whose match lies wholly inside a supposed case; with `again`
    (the rule set, the field, the splitter), take back those that fire outside the cases:
    "Wird die Seite den ganzen Tag offline sein? Seit 8 Uhr ist sie für alle Kunden nicht
    erreichbar." matches `de.outage_symptom` once, "offline" in the question; the outage told
    in the sentence right after it ("nicht erreichbar") fires it as well."""
    if not any(found[i].level == "critical" for i in new):
        return
    lowered = text.lower()
    cases = [
        m
        for gate in _SUPPOSED_CASES
        if gate.may_match(text, lowered)
        for m in gate.finditer(lowered, lowered=True)
        if not m.groupdict().get("despite")
    ]
    if not cases:
        return
    # A word told outside the cases as well ("Wir hatten eine Datenpanne. Um eine weitere
    # Datenpanne zu vermeiden, ...") is told: only matches wholly inside a case are forgotten.
    rest, end = [], 0
    for m in sorted(cases, key=lambda m: m.start()):
        rest.append(lowered[end : m.start()])
        end = max(end, m.end())
    rest.append(lowered[end:])
    ahead = {i: found[i] for i in new}
    _forget_matches_in(
        [_joined_words(m.group(0)) for m in cases],
        found,
        new,
        levels=("critical",),
        told=_joined_words(" | ".join(rest)),
    )
    forgotten = {i: f for i, f in ahead.items() if i not in found}
    if again is not None and forgotten:
        # the sentence right after each case, outside every case: what follows the question
        after = []
        for m in cases:
            follows = _FOLLOWING_SENTENCE.match(lowered, m.end())
            if follows and not any(c.start() < follows.end() and m.end() < c.end() for c in cases):
                after.append(follows.group(0))
        rs, field, split = again
        _fires_again(rs, "\n".join(after), field, found, forgotten, split)


_FOLLOWING_SENTENCE = re.compile(r"[\s?!.]*[^.!?\n]+")
