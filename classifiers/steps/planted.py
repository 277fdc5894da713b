"""Links, scripts, posts, messages and account changes: planted by a stranger, or by the
writers themselves, or merely received.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from classifiers.cues import (
    _AND_NEW_SUBJECT,
    _LOOKED_FOR_ELSEWHERE,
    _NEW_SUBJECT,
    _QUOTE_CHARS,
    _SENTENCE_MARK,
)
from classifiers.matching import _forget_matches_in, _joined_words, _lies_within, _pieces
from classifiers.model import FiredRule
from classifiers.rules import RuleSet
from classifiers.scan import SOFT, scan_phrases
from classifiers.words import _tokens

# Spam that reaches us through the site ("we get a lot of spam through the contact form,
# mostly viagra ads", "in den Kommentaren landen jeden Tag Viagra-Links"): a nuisance to
# filter, not links planted on our pages by an intruder. A sentence names the channel it came
# by ("through the contact form", "in den Kommentaren"), and for a form or an inbox the word
# "spam" itself: "every page and even the contact form show casino links" is no such sentence.
_SPAM_PLACED_RULES = (".seo_spam", ".planted_by_stranger_near", ".spam_injection_near")
_SPAM_CHANNEL = re.compile(
    r"\b(through|via|from|over|über|durch|gjennom|fra|door|uit|per) (the |our |het |ons |onze |"
    r"das |unser\w* |den |dem |det |vårt |våre )?(contact ?forms?|web ?forms?|forms?|inbox|"
    r"mailbox|contactformulier\w*|webformulier\w*|formulier\w*|kontaktformular\w*|"
    r"formular\w*|posteingang|postfach|kontaktskjema\w*|skjema\w*|innboks\w*|"
    r"e-postkass\w*)\b"
)
_COMMENT_CHANNEL = re.compile(
    r"\b(in|under|among|onder|bij|i) (the |our |de |onze |den |unseren |die )?(\w+ )?"
    r"(comments|comment section|reacties|reactieveld|kommentare\w*|kommentarbereich|"
    r"kommentarer\w*|kommentarfelt\w*)\b"
)
# ... unless the same sentence puts it on every page ("op alle pagina's en in de reacties")
_ON_EVERY_PAGE = re.compile(
    r"\b(every|all|each|alle|elke|iedere|jede\w*|allen|hver)( \w+)? (pages?|pagina'?s?|seiten?|"
    r"sider|sidene|side)\b"
)
_SPAM_CHANNEL_WORDS = (
    "form", "inbox", "mailbox", "formulier", "formular", "posteingang", "postfach", "skjema",
    "innboks", "e-postkass", "comment", "reacties", "reactieveld", "kommentar",
)  # fmt: skip


def _drop_spam_received(
    text: str, found: dict[int, FiredRule], new: set[int], split: Callable[[str], list[str]]
) -> None:
    """Forget the planted-spam rules whose match lies only in sentences about spam that
    arrives through a form, an inbox or the comments."""
    placed = {
        i for i in new if found[i].level == "critical" and found[i].id.endswith(_SPAM_PLACED_RULES)
    }
    if not placed:
        return
    lowered = text.lower()
    if not any(word in lowered for word in _SPAM_CHANNEL_WORDS):
        return
    received, rest = [], []
    for sentence in split(lowered):
        if (
            _COMMENT_CHANNEL.search(sentence)
            or ("spam" in sentence and _SPAM_CHANNEL.search(sentence))
        ) and not _ON_EVERY_PAGE.search(sentence):
            received.append(_joined_words(sentence))
        else:
            rest.append(sentence)
    if not received:
        return
    _forget_matches_in(received, found, placed, ("critical",), told=_joined_words(" | ".join(rest)))


# "Wir haben das Klarna-Skript nie an der Kasse eingebaut. Könnt ihr das machen?", "noch nicht
# auf der Seite eingebaut", "we never added the script to the page", "we hebben het script
# nooit op de pagina gezet", "vi har aldri lagt scriptet inn på siden": what the writer says
# they never (or not yet) added is a wish, no script planted by a stranger. A clause with a
# first-person subject, a "never"/"not" and a verb of adding denies it; the planted-spam rules
# whose every match lies in such clauses are forgotten, unless the same words are said outside
# them ("... aber jemand hat ein Skript an der Kasse eingebaut" stays), and not for a "we" in a
# relative clause of what is there.
_FIRST_PERSON = frozenset(["wir", "ich", "we", "i", "wij", "ik", "vi", "jeg"])
_NEVER_NOT = frozenset(
    ["nie", "niemals", "nicht", "never", "not", "haven't", "didn't", "hadn't", "nooit", "niet",
     "aldri", "ikke"]
)  # fmt: skip
_ADDING_VERB = re.compile(
    r"\b(eingebaut|einbauen|eingefügt|einfügen|eingebunden|einbinden|installiert|installieren|"
    r"hinzugefügt|hinzufügen|integriert|integrieren|"
    r"added|add|installed|install|built|build|embedded|embed|integrated|integrate|"
    r"toegevoegd|toevoegen|geïnstalleerd|installeren|ingebouwd|inbouwen|geplaatst|plaatsen|"
    r"gezet|zetten|ingevoegd|invoegen|geïntegreerd|integreren|"
    r"lagt|legge|installert|installere|bygget|bygd|bygge|satt|sette|integrert|integrere)\b"
)
# "casinolinks die wij er niet op hebben gezet", "viagra-reklame som vi ikke har lagt inn": a
# relative clause of what is there says a stranger planted it; its "we" denies nothing.
_RELATIVE = frozenset(
    ["die", "das", "den", "dem", "der", "dat", "wat", "som", "that", "which", "who", "welche",
     "welches", "welchen"]
)  # fmt: skip
# ... and only the writer as the clause's subject, first ("wir haben ...", "bisher haben wir"):
# "Das Skript haben wir jedenfalls nicht eingebaut" after a script that skims the cards names
# that script first, the one a stranger put there.
_SUBJECT_REACH = 3
_DENIED_CLAUSE_MARK = re.compile(
    r"[,;:.!?\n]|\b(?:aber|but|men|maar|doch|jedoch|however)\b|" + _AND_NEW_SUBJECT
)
# "Wir haben nie Casino-Links eingefügt und trotzdem stehen jetzt überall ...", "I never added
# these viagra links and they are on every page of our site now", "Ik heb die casinolinks nooit
# geplaatst en ze staan nu op elke pagina": a denial the sentence goes on to set against the
# links being there ("and"/"but" with a new subject not the writer, and a word of "now", "still",
# "every" after it, no wish) says a stranger planted them: no denial.
_GOES_ON_AGAINST = re.compile(
    r"\s*[,;:]?\s*(?:and|und|en|og|but|aber|maar|men|doch|jedoch|however)\s+"
    r"(?!(?:we|wir|wij|ik|i|ich|vi|jeg)\b)(?:" + _NEW_SUBJECT + r")\b[^.!?\n]*"
)
_THERE_NOW = re.compile(
    r"\b(now|still|yet|suddenly|every|everywhere|all over|jetzt|nun|trotzdem|dennoch|plötzlich|"
    r"überall|jede[nrms]?|allen?|nu|toch|ineens|opeens|overal|elke|iedere|nå|likevel|allikevel|"
    r"plutselig|overalt|hver|alle)\b"
)
_WISH_WORD = re.compile(
    r"\b(should|would|could|want|sollte\w*|soll|würde\w*|wäre\w*|möchte\w*|moet\w*|zou\w*|"
    r"willen|wil|skal|skulle|bør|vil)\b"
)


def _set_against_what_is_there(lowered: str, end: int) -> bool:
    """The sentence goes on at `end` (a denied clause's end) to say the links are there."""
    m = _GOES_ON_AGAINST.match(lowered, end)
    return (
        m is not None
        and _THERE_NOW.search(m.group()) is not None
        and _WISH_WORD.search(m.group()) is None
    )


def _drop_never_added(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget the planted-spam rules whose match lies only in clauses where the writer says
    they never (or not yet) added it."""
    placed = {
        i for i in new if found[i].level == "critical" and found[i].id.endswith(_SPAM_PLACED_RULES)
    }
    if not placed:
        return
    lowered = text.lower()
    if not _ADDING_VERB.search(lowered):
        return
    denied, rest = [], []
    start = 0
    for mark in [*_DENIED_CLAUSE_MARK.finditer(lowered), None]:
        end = len(lowered) if mark is None else mark.start()
        clause = lowered[start:end]
        start = end if mark is None else mark.end()
        if not clause:
            continue
        toks = _tokens(clause)
        if (
            _NEVER_NOT.intersection(toks)
            and _ADDING_VERB.search(clause)
            and any(
                t in _FIRST_PERSON and (k == 0 or toks[k - 1] not in _RELATIVE)
                for k, t in enumerate(toks[:_SUBJECT_REACH])
            )
            and not _set_against_what_is_there(lowered, end)
        ):
            denied.append(_joined_words(clause))
        else:
            rest.append(clause)
    if not denied:
        return
    _forget_matches_in(denied, found, placed, ("critical",), told=_joined_words(" | ".join(rest)))


# "Ingen av oss har gjort dette før: hvordan legger vi til en ny bruker?", "None of us did this
# before, so how do we add a new user?", "Keiner von uns hat das schon mal gemacht: wie legen
# wir ... an?", "Niemand van ons heeft dat eerder gedaan, hoe ...?": "none of us" said of what
# nobody here has done before (or so far) is the writers' lack of practice, the reason for a
# how-to question, not an action the site shows that nobody here made (an administrator
# created, a login, a post). A critical match whose words hold a none-of-us subject ("none of
# us did", `.nobody_made_it`, "none of us … installed") and lie in a clause that says so is
# forgotten when the mail asks how to do it (or asks the agency to show or take it over), and
# tells of nothing that appeared or was made ("a new administrator was created", "ist ein
# Plugin aufgetaucht"): there "none of us has done this before" denies it. A time nobody did it
# in ("none of us has created an admin in years") says the same of something that appeared,
# and is no such clause.
_NONE_OF_US = re.compile(
    r"\b(?:none of us|nobody here|no one here|nobody of us|not one of us|keiner von uns|"
    r"niemand von uns|niemand hier|keine von uns|niemand van ons|geen van ons|ingen av oss|"
    r"ingen her)\b"
)
_NOT_DONE_BEFORE = re.compile(
    r"\b(?:before|yet|før)\s*$|"
    r"\b(?:previously|ever before|so far|until now|up to now|never before|"
    r"schon mal|schon einmal|je zuvor|jemals zuvor|bisher|bislang|vorher|zuvor|noch nie|"
    r"noch nicht|eerder|al eens|nog nooit|nog niet|tot nu toe|"
    r"tidligere|aldri før|noen gang før|hittil|så langt|ennå|enda ikke)\b"
)
_NOT_DONE_CLAUSE_MARK = re.compile(
    r"[.!?;,:\n]|\b(?:but|aber|maar|men|so(?! far)|also|dus|så(?! langt))\b"
)
# how to do it, or the agency asked to show, explain, do or take it over
_HOW_TO = re.compile(
    r"\bhow (?:do|can|should|would|could|does|to)\b|"
    r"\b(?:show|teach|explain to) (?:us|me)\b|\btake (?:that|this|it) over\b|"
    r"\bhelp (?:us|me) (?:to |with )?\w+|"
    r"\bwie (?:können|kann|machen|mache|legen|lege|geht|funktioniert|setzen|setze|fügen|füge|"
    r"richten|stellen|bekommen|ändern|gehen|müssen|muss|sollen|soll)\b|"
    r"\b(?:zeigen|erklären|übernehmen|beibringen)\b|"
    r"\bhoe (?:moeten|moet|kunnen|kan|doen|doe|voegen|voeg|maken|maak|zetten|zet|werkt|krijgen|"
    r"stellen|gaat)\b|\b(?:laten zien|uitleggen|overnemen)\b|\bhelpen (?:met|om)\b|"
    r"\bhvordan\b|\b(?:vise oss|vise meg|forklare|ta over)\b|\bhjelpe (?:oss|meg) (?:med|å)\b"
)
# something the site shows appeared or was made ("a new administrator was created", "ein
# Plugin ist aufgetaucht", "er is een beheerder aangemaakt", "ble opprettet i natt")
_SOMETHING_APPEARED = re.compile(
    r"\b(?:appeared|showed up|popped up|turned up|(?:was|were|has been|have been|got) "
    r"(?:created|added|installed|published|posted|changed|made|set up))\b|"
    r"\b(?:aufgetaucht|erschienen|wurden? (?:\w+ )?(?:angelegt|erstellt|hinzugefügt|installiert|"
    r"veröffentlicht|geändert)|(?:angelegt|erstellt|hinzugefügt|installiert|veröffentlicht|"
    r"geändert) wurden?)\b|"
    r"\b(?:verschenen|opgedoken|(?:is|zijn|werd|werden) (?:\w+ )?(?:aangemaakt|toegevoegd|"
    r"geïnstalleerd|gepubliceerd|gewijzigd|geplaatst))\b|"
    r"\b(?:dukket opp|(?:ble|er|blitt) (?:\w+ )?(?:opprettet|oppretta|laget|lagt til|installert|"
    r"publisert|endret))\b|"
    # ... or an account or plugin nobody knows is seen standing there ("Det står en administrator
    # "wp_help" i brukerlisten", "In der Benutzerliste steht ein Administrator", "Er staat een
    # beheerder", "There is an administrator called wp_support in the user list")
    r"\b(?:there is|there's|there are|we see|we found|we noticed|"
    r"steht|stehen|gibt es|sehen wir|finden wir|fanden wir|"
    r"staat|staan|zien we|zien wij|vonden we|"
    r"står|finnes|ligger|ser vi|fant vi) (?:er |det |da |dort |jetzt |nu |nå |plötzlich |"
    r"opeens |plutselig |suddenly |now )?"
    r"(?:a|an|one|ein|eine|einen|een|en|et) (?:\w+ )?"
    r"(?:admin\w*|administrator\w*|beheerder\w*|users?|accounts?|benutzer\w*|nutzer\w*|"
    r"konto\w*|gebruiker\w*|bruker\w*|plugins?|tillegg)\b"
)


def _drop_not_done_before(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget the none-of-us matches that lie only in clauses of what nobody here has done
    before, in a how-to question (above)."""
    chosen = {
        i
        for i in new
        if found[i].level == "critical" and _NONE_OF_US.search(found[i].matched.replace("…", " "))
    }
    if not chosen:
        return
    lowered = text.lower()
    if not _HOW_TO.search(lowered) or _SOMETHING_APPEARED.search(lowered):
        return
    never, rest = [], []
    for clause in _NOT_DONE_CLAUSE_MARK.split(lowered):
        if _NONE_OF_US.search(clause) and _NOT_DONE_BEFORE.search(clause.strip()):
            never.append(_joined_words(clause))
        elif clause.strip():
            rest.append(clause)
    if never:
        _forget_matches_in(
            never, found, chosen, ("critical",), told=_joined_words(" | ".join(rest))
        )


# "The new link to our online pharmacy has appeared in the menu, thanks!", "Der neue Link zu
# unserer Online-Apotheke ist im Menü erschienen, danke!": a link to the writer's own goods
# ("our online pharmacy", "unserer", "onze", "vårt nettapotek", "nettapoteket vårt"), or one
# thanked for at the end of the sentence it appears in, was put there by us, not by an intruder: the
# match of `.cx_spam_links_appeared_near` (firm) in such a sentence is forgotten. Spam links
# that appeared on our site ("on our homepage") are no goods of ours and stay.
_SPAM_LINKS_APPEARED = ".cx_spam_links_appeared_near"
_LINK_WORDS = frozenset(
    ["links", "link", "verlinkungen", "linkjes", "lenker", "lenke", "linker", "lenkene"]
)
_OWNER_BEFORE = r"\b(?:our|my|unser\w*|mein\w*|onze|ons|mijn|vårt|vår|våre|mitt|min)\s+(?:\S+\s+)?"
_OWNER_AFTER = r"\S*\s+(?:vårt|vår|våre|mitt|min)\b"
# thanks closing the sentence ("..., thanks!"), not "thanks in advance" or "thanks for looking"
_THANKED = re.compile(
    r"\b(?:thanks|thank you|danke|vielen dank|dank je|dank u|dank|bedankt|takk|tusen takk)"
    r"(?: (?:a lot|so much|schön|sehr|je|u|wel|skal du ha))?\s*$"
)


def _drop_own_link_appeared(
    text: str, found: dict[int, FiredRule], new: set[int], split: Callable[[str], list[str]]
) -> None:
    """Forget "spam links appeared" in sentences naming the goods as ours or thanking."""
    chosen = {i for i in new if found[i].id.endswith(_SPAM_LINKS_APPEARED)}
    if not chosen:
        return
    parts = [_joined_words(sentence) for sentence in split(text.lower())]
    ours: list[str] = []
    for i in chosen:
        goods = [p for p in _pieces(found[i]) if p not in _LINK_WORDS]
        for part in parts:
            if not _lies_within(found[i], part):
                continue
            if _THANKED.search(part) or any(
                re.search(_OWNER_BEFORE + re.escape(p) + r"|\b" + re.escape(p) + _OWNER_AFTER, part)
                for p in goods
            ):
                ours.append(part)
    if ours:
        _forget_matches_in(ours, found, chosen)


# "There is an unknown script error on the checkout page", "ukjent script-feil i kassen": an
# error of a script, no script of a stranger. A stranger's script at the checkout
# (.cx_stranger_script_at_checkout_near) whose every "unknown script" is followed by an error
# word is forgotten ("an unknown script above the card fields" stays).
_STRANGER_SCRIPT = ".cx_stranger_script_at_checkout_near"
_ERROR_AFTER = re.compile(
    r"[\s-]*(?:error|errors|warning|warnings|fehler\w*|warnung\w*|fout\w*|melding\w*|"
    r"feil\w*|advarsel\w*)\b"
)

_SCRIPT_WORD = re.compile(r"script|skript|code|kode|snippet|schnipsel|snutt")

# "they get the message "unknown code"", "krijgen de melding "onbekende code"", "kommt
# "unbekannter Code"", "får beskjed om "ukjent kode"": the checkout's answer to a discount or
# voucher code it does not know, no code of a stranger. A bare "unknown code" (no script, piece
# of code or snippet) is such a message when it stands in quotes, right after a word for a
# message, or in a mail that names a code customers type in.
_BARE_CODE = re.compile(
    r"(?:unknown|unfamiliar|foreign|onbekende|vreemde|unbekannte\w*|fremde\w*|ukjent\w*|"
    r"fremmed\w*) (?:code|kode)"
)
_QUOTE_BEFORE = re.compile(r"[\"'«»„“”‚‘’]\s*$")
_QUOTE_AFTER = re.compile(r"[.!]?\s*[\"'«»“”‘’]")
_MESSAGE_BEFORE = re.compile(
    r"\b(?:message|error|notice|says|saying|reads|melding|foutmelding|meldung|fehlermeldung|"
    r"hinweis|beskjed|beskjeden|feilmelding|feilmeldingen)\b(?:\s+(?:of|van|om|von))?[\s:]*$"
)
_CODE_TYPED_IN = re.compile(
    r"\b(?:discount|voucher|coupon|promo|promotional|gift ?cards?|gift codes?|korting\w*|"
    r"actiecode\w*|cadeau\w*|waardebon\w*|gutschein\w*|rabatt\w*|aktionscode\w*|"
    r"kampanjekode\w*|kupong\w*|gavekort\w*)"
)


# a stranger's script named beside the message keeps the rule
_STRANGE_SCRIPT_TOLD = re.compile(
    r"\b(?:unknown|unfamiliar|foreign|onbekend\w*|vreemd\w*|unbekannt\w*|fremd\w*|ukjent\w*|"
    r"fremmed\w*)\s+(?:script|skript|javascript|snippet|piece of code|stukje code|codeschnipsel|"
    r"kodesnutt)"
)


# The typed-in code is looked for in the sentence of the "unknown code" ("There is unknown code
# on our checkout page since last night. Customers also say their voucher is rejected": two
# things told); quotes are a message only in a sentence that tells no planting ('Our security
# scanner reports: "unknown code" injected in checkout.js on the payment page').
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_PLANTED_WORDS = re.compile(
    r"\b(?:inject\w*|insert\w*|planted|scanner|eingeschleust|eingefügt|eingebaut|injiziert|"
    r"geïnjecteerd|ingevoegd|geplaatst|injiser\w*|lagt inn|plantet)\b|\w\.js\b"
)


def _is_code_message(lowered: str, start: int, end: int) -> bool:
    """The bare "unknown code" at `start`-`end` is a message the checkout shows."""
    before = lowered[max(0, start - 40) : start]
    opening = max((m.end() for m in _SENTENCE_END.finditer(lowered, 0, start)), default=0)
    closing = _SENTENCE_END.search(lowered, end)
    sentence = lowered[opening : closing.start() if closing else len(lowered)]
    quoted = _QUOTE_BEFORE.search(before) or _QUOTE_AFTER.match(lowered, end)
    return bool(
        (quoted and not _PLANTED_WORDS.search(sentence))
        or _MESSAGE_BEFORE.search(before)
        or _CODE_TYPED_IN.search(sentence)
    )


def _drop_script_error(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget a stranger's script at the checkout that is every time a script error, or
    whose bare "unknown code" is every time the message a typed-in code gets."""
    scripts = [i for i in new if found[i].id.endswith(_STRANGER_SCRIPT)]
    if not scripts:
        return  # most mail: no lower-casing of the whole text for nothing
    lowered = text.lower()
    for i in scripts:
        named = [p for p in _pieces(found[i]) if _SCRIPT_WORD.search(p)]
        spans = [
            (m.start(), m.end())
            for p in named
            for m in re.finditer(r"\b" + re.escape(p) + r"\b", lowered)
        ]
        if not spans:
            continue
        if all(_ERROR_AFTER.match(lowered, end) for _, end in spans) or (
            all(_BARE_CODE.fullmatch(p) for p in named)
            and not _STRANGE_SCRIPT_TOLD.search(lowered)
            and all(_is_code_message(lowered, start, end) for start, end in spans)
        ):
            del found[i]


# "We hebben ons rekeningnummer gewijzigd, maar we kunnen het zelf niet aanpassen", "Wir haben
# die Bankverbindung geändert, können aber selbst nichts im Backend ändern", "Vi har byttet
# bankkonto, men ingen av oss finner hvor det skal endres": the writers say they changed the
# bank details themselves (a first-person subject, its auxiliary, the change verb, no "not" and
# no passive or "that" between), and their "zelf niet", "selbst nichts", "ingen av oss" is what
# they cannot do or find after it, no denial of the change: <lang>.cx_account_changed_not_by_
# owner_near is forgotten when a sentence with its match says so. "Our IBAN was changed, none of
# us did it", "Wir haben die Bankverbindung nicht geändert", "We noticed our bank details were
# changed" keep it.
_OWNER_CHANGE_RULE = ".cx_account_changed_not_by_owner_near"
_OWN_AUX = r"(?:have|had|hebben|hadden|haben|hatten|har|hadde)"
_OWN_CHANGE = re.compile(
    r"\b(?:(?:we|wij|wir|vi)(?:'ve|\s+" + _OWN_AUX + r")?|i(?:'ve|\s+have)|"
    r"(?:ich\s+habe|ik\s+heb|jeg\s+har)|" + _OWN_AUX + r"\s+(?:we|wij|wir|vi))"
    r"((?:\s+[\w-]+){0,5}?)\s+(?:changed|altered|swapped|replaced|gewijzigd|veranderd|aangepast|"
    r"vervangen|omgezet|geändert|verändert|umgestellt|ausgetauscht|endret|endra|byttet|bytta|"
    r"forandret|skiftet)\b"
)
_NOT_OWN_CHANGE = frozenset(
    ["not", "never", "nothing", "didn't", "haven't", "hadn't", "niet", "nooit", "niets", "nicht",
     "nie", "nichts", "ikke", "aldri", "ingenting", "that", "dat", "dass", "at", "om", "was",
     "were", "been", "is", "are", "werd", "werden", "zijn", "wurde", "wurden", "ist", "sind",
     "er", "ble", "blitt", "noticed", "saw", "gemerkt", "gezien", "bemerkt", "gesehen", "sett",
     "oppdaget", "merket"]
)  # fmt: skip


def _drop_changed_by_ourselves(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget the account details changed by nobody who owns them when the writers say, in a
    sentence with the match, that they changed them (see above)."""
    changed = [i for i in new if found[i].id.endswith(_OWNER_CHANGE_RULE)]
    if not changed:
        return
    for i in changed:
        pieces = _pieces(found[i])
        for sentence in _SENTENCE_MARK.split(text.lower()):
            if not all(piece in _joined_words(sentence) for piece in pieces):
                continue
            if any(
                _NOT_OWN_CHANGE.isdisjoint(_tokens(m.group(1)))
                for m in _OWN_CHANGE.finditer(sentence)
            ):
                del found[i]
                break


# 'They get "Ukjent bruker"', 'sie bekommen „Benutzer unbekannt“', 'ze krijgen "Onbekende
# gebruiker"', 'members get "Unknown user"': the words of an unknown account inside a short
# quotation are the message a login shows, not an account nobody made (a breach), nor a
# stranger's address ('"Unknown user" although they used the same email address'). A quoted
# name beside them ('an unknown admin user "wp_support2"') is no piece of their match.
_UNKNOWN_ACCOUNT_RULES = (
    ".intruder_admin_near", ".unknown_admin_near", ".unknown_user_logged_in",
    ".cx_money_to_strangers",
)  # fmt: skip
_SHORT_QUOTATION = re.compile(
    r'"([^"\n]{1,60})"|“([^”"\n]{1,60})[”"]|„([^“”"\n]{1,60})[“”"]|»([^«»\n]{1,60})«|'
    r"«([^«»\n]{1,60})»|(?<!\w)['‘‚]([^'‘’\n]{1,60})['’‘](?!\w)"
)


def _drop_quoted_message(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget unknown-account rules one of whose pieces lies in a short quotation: the
    quoted words are a message shown ("Ukjent bruker"), their "unknown" no stranger's."""
    unknown = {i for i in new if found[i].id.endswith(_UNKNOWN_ACCOUNT_RULES)}
    if not unknown or not any(q in text for q in _QUOTE_CHARS):
        return
    quoted = [
        f" {_joined_words(next(g for g in m.groups() if g is not None))} "
        for m in _SHORT_QUOTATION.finditer(text)
    ]
    if not quoted:
        return
    for i in unknown:
        if found[i].level == "critical" and any(
            f" {piece} " in part for piece in _pieces(found[i]) for part in quoted
        ):
            del found[i]
            new.discard(i)


# "vi har ikke lagt inn noe nytt", "we haven't installed anything new", "wir haben nichts
# Neues installiert", "we hebben niets nieuws geplaatst": the writer says nothing of theirs
# changed (a cause ruled out), not that a post or plugin appeared that none of them wrote.
_NOT_WRITTEN_BY_US = ".cx_not_written_by_us"
_NOTHING_NEW = frozenset(
    ["anything", "any", "something", "noe", "noen", "nichts", "etwas", "niets", "iets", "nothing"]
)


def _drop_nothing_changed(
    rs: RuleSet, tokens: list[str], field: str, found: dict[int, FiredRule], new: set[int]
) -> None:
    """Forget a not-written-by-us cue whose last word is followed by "anything"/"noe"/...,
    unless the cue matches again outside those clauses: "vi har ikke lagt inn noe nytt, men
    det ligger et innlegg på forsiden som ingen av oss har skrevet" is both."""
    for i in [i for i in new if found[i].id.endswith(_NOT_WRITTEN_BY_US)]:
        words = tokens
        for _ in range(3):  # each look blanks at least one clause more
            last = _pieces(found[i])[-1].split()
            n = len(last)
            ruled_out = [
                k
                for k in range(len(words) - n)
                if n and words[k : k + n] == last and words[k + n] in _NOTHING_NEW
            ]
            if not ruled_out:
                break
            # the clause up to its "anything/noe" is blanked (its length kept, so windows
            # measure as before), and the cue looked for again in the rest
            words = list(words)
            for k in ruled_out:
                start = k
                while start > 0 and words[start - 1] > SOFT:
                    start -= 1
                words[start : k + n + 1] = [SOFT] * (k + n + 1 - start)
            again: dict[int, FiredRule] = dict.fromkeys(range(len(rs.rules)), _LOOKED_FOR_ELSEWHERE)
            del again[i]
            scan_phrases(rs, words, field, False, again, 1.0)
            if i not in again:
                del found[i]
                new.discard(i)
                break
            found[i] = again[i]
