"""Failure words inside a request, a task, a text to write, a field the checkout requires or
the wording of a message.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from classifiers.cues import _AND_NEW_SUBJECT, _NOBODY_GETS_THROUGH
from classifiers.literals import Prefilter
from classifiers.matching import _forget_matches_in, _joined_words, _lies_within, _occurs, _pieces
from classifiers.model import FiredRule
from classifiers.rules import RuleSet

# "Everything before 2020 can be deleted", "Alle oude documenten mogen weg", "Alles von 2022
# kann gelöscht werden", "Alt fra 2021 kan slettes", "Could you remove all old files?": a
# request to delete records, not records lost.
_DELETION_REQUEST = re.compile(
    r"\b(can|could|may|might|should|must|needs? to)\s+((?!not\b|never\b)\w+\s+){0,2}be\s+"
    r"(deleted|removed|archived|wiped|cleared|taken down|taken offline)\b|"
    r"\b(could|can|would) you\s+(please\s+)?(delete|remove|archive|clear)\b|"
    r"\bplease\s+(delete|remove|archive|clear)\b|"
    r"\b(mag|mogen|kan|kunnen|moet|moeten)\s+((?!niet\b|geen\b)\w+\s+){0,3}(weg|verwijderd|"
    r"gewist|eraf|gearchiveerd)\b|\b(kunnen|kunt|wil|willen) (jullie|u|je)\s+((?!niet\b)\w+\s+)"
    r"{0,4}(verwijderen|weghalen|wissen|archiveren)\b|"
    r"\b(kann|können|darf|dürfen|soll|sollen|muss|müssen)\s+((?!nicht\b|kein\w*\b)\w+\s+){0,3}"
    r"(weg|gelöscht|entfernt|archiviert|raus)\b|\b(können|könnten) sie\s+((?!nicht\b)\w+\s+)"
    r"{0,4}(löschen|entfernen|archivieren)\b|\bbitte\s+(\w+\s+){0,4}(löschen|entfernen)\b|"
    r"\b(kan|skal|må|bør)\s+((?!ikke\b)\w+\s+){0,3}(slettes|fjernes|arkiveres|bort|vekk)\b|"
    r"\b(kan|kunne) dere\s+((?!ikke\b)\w+\s+){0,4}(slette|fjerne|arkivere)\b",
    re.IGNORECASE,
)
_DELETION_WORDS = (
    "delet", "remov", "archiv", "wipe", "clear", "taken", "weg", "verwijder", "gewist",
    "eraf", "gearchiveerd", "wissen", "gelöscht", "entfernt", "raus", "löschen", "entfernen",
    "slett", "fjern", "arkiv", "bort", "vekk",
)  # fmt: skip
_DELETION_TOKENS = frozenset(
    ["deleted", "removed", "archived", "wiped", "cleared", "delete", "remove", "archive",
     "clear", "taken", "weg", "verwijderd", "gewist", "eraf", "gearchiveerd", "verwijderen",
     "weghalen", "wissen", "archiveren", "gelöscht", "entfernt", "archiviert", "raus",
     "löschen", "entfernen", "archivieren", "slettes", "fjernes", "arkiveres", "bort", "vekk",
     "slette", "fjerne", "arkivere"]
)  # fmt: skip


def _comma_before(sentence: str, pos: int) -> int:
    """Where the last comma or semicolon before `pos` stands (-1: none)."""
    return max(sentence.rfind(",", 0, pos), sentence.rfind(";", 0, pos))


def _request_clause(sentence: str, m: re.Match[str]) -> str:
    """The part of `sentence` a deletion request `m` asks about: its sentence, less what
    comes before a comma when the request opens its own clause ("'hacked by' on our home
    page, please remove it right away": the defacement is reported, its removal asked)."""
    cut = _comma_before(sentence, m.start())
    if cut >= 0 and _REQUEST_OPENER.match(sentence[cut + 1 : m.end()].strip()):
        return sentence[cut + 1 :]
    return sentence


_REQUEST_OPENER = re.compile(
    r"(please|pls|could you|can you|would you|bitte|kannst du|könnt ihr|können sie|könnten sie|"
    r"graag|alsjeblieft|alstublieft|kunnen jullie|kun je|kunt u|wil je|willen jullie|"
    r"vennligst|kan dere|kan du|kunne dere)\b",
    re.IGNORECASE,
)


def _drop_requested(
    text: str,
    tokens: list[str],
    found: dict[int, FiredRule],
    new: set[int],
    split: Callable[[str], list[str]],
) -> None:
    """Forget critical rules whose match lies only in sentences asking for records to be
    deleted: a content request, not data lost. `tokens`: the words of `text`."""
    if not any(found[i].level == "critical" for i in new) or _DELETION_TOKENS.isdisjoint(tokens):
        return
    asked = [
        _joined_words(_request_clause(s, m))
        for s in split(text)
        if any(w in s.lower() for w in _DELETION_WORDS) and (m := _DELETION_REQUEST.search(s))
    ]
    if not asked:
        return
    _forget_matches_in(asked, found, new, levels=("critical",))


# "Nobody gets through the checkout without entering a phone number", "Niemand kommt ohne
# Telefonnummer durch die Kasse", "Niemand komt door de kassa zonder telefoonnummer", "Ingen
# kommer gjennom kassen uten å fylle ut telefonnummer": nobody gets through WITHOUT a field
# filled in is a field the checkout requires (a minor problem, standard), no checkout that
# fails. A clause with "without" followed (within two words) by a field of a form or a verb of
# filling one in, in a clause that says nobody; the critical and urgent rules whose every
# match lies in such clauses count at standard, unless the same words are said outside them.
# "Nobody gets through the checkout without an error", "... without it crashing", "nobody gets
# through, even after entering a phone number" stay.
_INPUT_FIELD = (
    r"(mobile |cell |tele)?phone ?numbers?|(e-?mail |postal |delivery |billing |street )?"
    r"address(es)?|e-?mails?|dates? of birth|birthdays?|company names?|vat (numbers?|ids?)|"
    r"post ?codes?|zip ?codes?|house numbers?|accounts?|passwords?|"
    r"\w*telefonnummer\w*|handynummer\w*|mobilnummer\w*|adresse\w*|e-mail-adresse\w*|"
    r"geburtsdatum\w*|firmenname\w*|\w*konto|ust-id\w*|postleitzahl\w*|plz|hausnummer\w*|"
    r"telefoonnummer\w*|adres\w*|e-?mailadres\w*|geboortedatum\w*|bedrijfsnaam\w*|"
    r"btw-?nummer\w*|huisnummer\w*|"
    r"e-?post\w*|fødselsdato\w*|firmanavn\w*|organisasjonsnummer\w*|org\.? ?nr|"
    r"postnummer\w*|\w*kontoen?"
)
_INPUT_VERB = (
    r"entering|filling|typing|giving|providing|adding|choosing|selecting|ticking|creating|"
    r"registering|signing|logging|"
    r"eingeben|einzugeben|angeben|anzugeben|ausfüllen|auszufüllen|eintragen|einzutragen|"
    r"anlegen|anzulegen|registrieren|anmelden|anzumelden|ankreuzen|anzukreuzen|auswählen|"
    r"auszuwählen|"
    r"invullen|opgeven|invoeren|aanmaken|registreren|aanvinken|kiezen|"
    r"fylle|oppgi|skrive|legge|registrere|opprette|krysse|velge|logge"
)
_WITHOUT_INPUT = re.compile(
    r"\b(without|ohne|zonder|uten)((\s+[\w-]+){0,2}?\s+(" + _INPUT_FIELD + r")\b"
    r"|(\s+(å|sich|zu|te|in|to))?\s+(" + _INPUT_VERB + r")\b)"
)
_WITHOUT_WORDS = ("without", "ohne", "zonder", "uten")
# only said of nobody as the subject of getting through, paying or ordering ("nobody gets
# through without ...", "kein Kunde kann ohne Konto bestellen"): "anyone can download the files
# without logging in" is data open to all, a breach; "nobody can get into the shop without a
# password" is the shop locked for all; "..., and nobody knows why" is a clause of its own.
_NOBODY_WORD = re.compile(
    r"\b(nobody|no one|noone|no customers?|not a single|niemand|keiner|kein kunde|"
    r"keine kunden|geen klant|geen klanten|ingen)\b"
)
_THROUGH_VERB = re.compile(
    r"\b(get|gets|getting|got) (through|past)\b|\b(check|checks|checking) out\b|\bcheckout\b|"
    r"\b(pay|pays|paying|order|orders|ordering|buy|buying|purchase|book|register|sign up|donate|"
    r"submit|proceed|complete)\b|"
    r"\b(durch|weiter|bestellen|bezahlen|zahlen|kaufen|buchen|abschließen|abschliessen|"
    r"registrieren|auschecken|spenden|absenden)\b|"
    r"\b(door|verder|bestellen|betalen|afrekenen|kopen|boeken|afronden|registreren|doneren|"
    r"versturen|plaatsen)\b|"
    r"\b(gjennom|videre|bestille|betale|kjøpe|handle|booke|fullføre|registrere|donere|sende|"
    r"sjekke ut)\b"
)
# "with or without an account": getting through either way is no field required
_WITH_OR_WITHOUT = re.compile(r"\b(with or without|mit oder ohne|met of zonder|med eller uten)\b")
# "without the e-mail address field throwing an error": the field fails, no field required
_INPUT_FAILS = re.compile(
    r"\b(errors?|throw\w*|crash\w*|fail\w*|fehler\w*|absturz|stürzt|fout\w*|mislukt|crasht|"
    r"feil\w*|krasj\w*)\b"
)
_INPUT_CLAUSE_MARK = re.compile(r"[,;:.!?\n]|" + _AND_NEW_SUBJECT)


def _requires_input(clause: str) -> bool:
    """`clause` says nobody gets through, pays or orders without a field filled in."""
    m = _WITHOUT_INPUT.search(clause)
    return (
        m is not None
        and _NOBODY_WORD.search(clause) is not None
        and _THROUGH_VERB.search(clause) is not None
        and _WITH_OR_WITHOUT.search(clause) is None
        and _INPUT_FAILS.search(clause, m.end()) is None
    )


def _drop_required_input(
    rs: RuleSet, text: str, found: dict[int, FiredRule], new: set[int]
) -> None:
    """Count critical and urgent rules whose match lies only in clauses about getting through
    without filling in a field at standard: a field the form requires, a minor problem. A
    rule no step may lower (a breach) keeps its level, save the "nobody gets through" one
    this is about."""
    if not any(found[i].level in ("critical", "urgent") for i in new):
        return
    lowered = text.lower()
    if not any(w in lowered for w in _WITHOUT_WORDS):
        return
    required, rest = [], []
    for clause in _INPUT_CLAUSE_MARK.split(lowered):
        if _requires_input(clause):
            required.append(_joined_words(clause))
        elif clause.strip():
            rest.append(clause)
    if not required:
        return
    joined, told = " | ".join(required), _joined_words(" | ".join(rest))
    for i in list(new):
        f = found[i]
        if (
            f.level in ("critical", "urgent")
            and (rs.rules[i].demotable or f.id.endswith(_NOBODY_GETS_THROUGH))
            and _lies_within(f, joined)
            and not _lies_within(f, told)
        ):
            found[i] = FiredRule(f.id, "standard", f.field, f.matched, f.weight)


# "Can you add a line that nobody can donate anonymously?", "Kunnen jullie op de site zetten
# dat niemand anoniem kan doneren?", "Könnt ihr ergänzen, dass niemand einen Termin vereinbaren
# kann?", "Kan dere skrive på siden at ingen kan donere anonymt?": a request for a text to put
# on the site; what the text is to say is no failure. Only a request that opens the writing
# verb (within a few words, no comma between), so "can you look, I must add that nobody can
# pay" is still told.
_TEXT_TO_WRITE = re.compile(
    r"\b(please|pls|could you|can you|would you|bitte|kannst du|könnt ihr|können sie|"
    r"könnten sie|kunnen jullie|kun je|kunt u|wil je|willen jullie|vennligst|kan dere|kan du|"
    r"kunne dere)\s+([\w'’-]+\s+){0,5}?"
    r"((add|put|write|include)\b[^.!?\n]{0,40}?\b(that|saying)|"
    r"(zetten|vermelden|schrijven|toevoegen|plaatsen|opnemen)\b[^.!?\n]{0,20}?\bdat|"
    r"(ergänzen|schreiben|hinzufügen|vermerken|erwähnen|aufnehmen)\b[^.!?\n]{0,20}?\bdass|"
    r"(skrive|legge til|legge inn|nevne|opplyse om)\b[^.!?\n]{0,30}?\bat)\b",
    re.IGNORECASE,
)


_TEXT_TO_WRITE_GATE = Prefilter(_TEXT_TO_WRITE)


def _drop_text_to_write(
    text: str, found: dict[int, FiredRule], new: set[int], split: Callable[[str], list[str]]
) -> None:
    """Forget critical rules whose match lies only in what a request asks to be written on
    the site ("can you add a line that nobody can donate anonymously?")."""
    if not any(found[i].level == "critical" for i in new):
        return
    if not _occurs(_TEXT_TO_WRITE_GATE, text, text.lower()):
        return  # no request word at all: the common case, without a search at every word
    asked = [_joined_words(s[m.end() :]) for s in split(text) if (m := _TEXT_TO_WRITE.search(s))]
    if asked:
        _forget_matches_in(asked, found, new, levels=("critical",))


# "Er staat een fout in de tekst bij iDEAL", "Können Sie den Text der Fehlermeldung bei
# PayPal freundlicher formulieren?": a mistake in words, or words to change, beside a
# payment method; nothing failed (a Dutch "fout", a German "Fehler" is a mistake as well as
# an error). Tied to the text, never a bare "typo", which a hurried report of a real outage
# may apologise for; and only the clause that says so, since "..., and nobody can pay"
# beside it is still the outage. No comma inside a reword request's gap, for that reason.
_WORDING = re.compile(
    r"\b(errors?|mistakes?|typos?) in the (text|wording|label|copy)\b|"
    r"\b(text|wording) of the error message\b|"
    r"\berror message\b[^.!?\n,;]{0,40}\b(reword|rephrase|friendlier|more friendly)|"
    r"\b(fout(je)?s?|fouten|tikfout(je)?s?|spelfout(je)?s?|taalfout(en)?) in de "
    r"(tekst|teksten|knoptekst|omschrijving)\b|\btekst van de foutmelding\b|"
    r"\bfoutmelding\b[^.!?\n,;]{0,40}\b(formuleren|herformuleren|vriendelijker)|"
    r"\b(fehler|tippfehler|rechtschreibfehler) (im|in dem|in der) (text|beschriftung|wortlaut)\b|"
    r"\b(text|wortlaut) der fehlermeldung\b|"
    r"\bfehlermeldung\b[^.!?\n,;]{0,40}\b(formulieren|umformulieren|freundlicher)|"
    r"\b(feil|skrivefeil|stavefeil) i (teksten|knappeteksten|ordlyden)\b|"
    r"\b(teksten|ordlyden) i feilmeldingen\b|"
    r"\bfeilmeldingen\b[^.!?\n,;]{0,40}\b(omformulere|formulere|vennligere)|"
    # "every order shows a time that is 1 hour off", "alle ordre viser et klokkeslett som er 1
    # time feil", "alle Bestellungen stehen eine Stunde falsch", "alle bestellingen staan een
    # uur verkeerd": a value shown off by an amount is a wrong value, not a failure ("feil",
    # "fout", "falsch" are "wrong" as well as "error")
    r"\b(\d+|one|an|een|één|eine|ein|en|ett|én)\s+(hours?|minutes?|days?|uur|minuten|minuut|"
    r"dag|dagen|stunden?|minuten|tage?n?|time|timer|minutt(er)?|dager?|døgn)\s+(off(?! and on)|"
    r"wrong|behind|ahead|fout(?!\s*\d)|verkeerd|ernaast|achter(?! elkaar)|falsch|daneben|"
    r"verschoben|feil|galt|forskjøvet|for tidlig|for sent)\b",
    re.IGNORECASE,
)
# a word each of _WORDING's forms needs (a cheap test before the sentences are split)
_WORDING_TOKENS = frozenset(
    ["text", "wording", "label", "copy", "message", "tekst", "teksten", "knoptekst",
     "omschrijving", "foutmelding", "beschriftung", "wortlaut", "fehlermeldung",
     "knappeteksten", "ordlyden", "feilmeldingen", "off", "wrong", "behind", "ahead",
     "fout", "verkeerd", "ernaast", "achter", "falsch", "daneben", "verschoben", "feil", "galt",
     "forskjøvet", "tidlig", "sent"]
)  # fmt: skip


def _clause_around(sentence: str, m: re.Match[str]) -> str:
    """The part of `sentence` between the commas or semicolons around the match `m`."""
    start = _comma_before(sentence, m.start()) + 1
    ends = [i for i in (sentence.find(",", m.end()), sentence.find(";", m.end())) if i >= 0]
    return sentence[start : min(ends, default=len(sentence))]


def _drop_wording(
    text: str,
    tokens: list[str],
    found: dict[int, FiredRule],
    new: set[int],
    split: Callable[[str], list[str]],
) -> None:
    """Forget critical rules whose match lies only in clauses about a mistake in a text or
    the wording of an error message. `tokens`: the words of `text`."""
    if not any(found[i].level == "critical" for i in new) or _WORDING_TOKENS.isdisjoint(tokens):
        return
    clauses = [
        _joined_words(_clause_around(s, m))
        for s in split(text)
        for m in _WORDING.finditer(s)  # its positions cut `s` itself
    ]
    if clauses:
        _forget_matches_in(clauses, found, new, levels=("critical",))


# "a thread on the forum about exporting customer data", "hoe je klantgegevens kunt
# exporteren", "wie man Kundendaten exportiert", "hvordan man eksporterer kundedata": customer
# data named as what a task does (export, anonymise, delete, migrate, protect) is the topic of
# the advice found or asked on a forum, no data of ours found there. Our data found, posted or
# sold on a forum (.cx_our_data_posted_online_near) whose every bare data noun ("customer
# data", "klantgegevens", "Kundendaten", "kundedata"; not "our customer data", "the data of our
# customers", "kundedata våre") has such a verb beside it in its clause is forgotten; so is
# data said exported (.data_exfiltrated_near, German "exportiert") in a how-to ("wie man
# Kundendaten exportiert", "Wie exportiert man Kundendaten?").
_DATA_POSTED = ".cx_our_data_posted_online_near"
_DATA_EXPORTED = ".data_exfiltrated_near"
_DATA_NOUN = re.compile(r"data|details|records|list|gegevens|lijst|daten|liste|database|tabel")
_OURS = re.compile(r"\b(?:our|onze|ons|unsere[nrsm]?|våre|vår|vårt)\b")
_OURS_BEFORE = re.compile(r"\b(?:our|onze|ons|unsere[nrsm]?|eure[nrsm]?|våre|vår|vårt)\s+$")
_OURS_AFTER = re.compile(r"\s+(?:våre|vår|vårt)\b")
# a task done to data: the verb's stem, right before the data noun (an article, "all" or "man"
# between: "exporting customer data", "anonymise all customer data"; not the noun of "an
# export of customer data") or within three words after it ("klantgegevens kunt exporteren");
# a participle ("exported customer data", "Kundendaten exportiert", "eksportert") names data
# already handled, a task only in a how-to ("wie man Kundendaten exportiert")
_DATA_TASK = re.compile(
    r"(?:export|import|eksport|anonymi|anonimi|pseudonymi|pseudonimi|delet|verwijder|lösch|"
    r"slett|migr|sync|synchroni|synkroni|encrypt|versleutel|verschlüssel|krypter|protect|"
    r"beschermen|schütz|beskytt|beveilig|opslaan|speicher|lagre|manag|beheren|verwalt|"
    r"administr|process|verwerk|verarbeit|behandl|handl|transfer)\w*"
)
_DATA_TASK_DONE = re.compile(r"\w*(?:ed|iert|ierte[nrsm]?|ert|erte)")
_BEFORE_DATA = frozenset(["the", "all", "alle", "de", "het", "die", "den", "dem", "der", "man"])
_CLAUSE_WORDS = re.compile(r"[^\s.,;:!?()]+|[.,;:!?()]")
# the generic subject of a how-to ("how to", "hoe je", "wie man", "hvordan man")
_HOW_TO = re.compile(
    r"\b(?:how (?:to|do (?:i|we|you)|can (?:i|we|you))|hoe (?:je|u|men|kan (?:ik|je|men)|"
    r"kunnen we)|wie (?:\w+ )?man|hvordan (?:\w+ )?man|hvordan (?:kan|gjør) (?:vi|jeg))\b"
)


def _in_a_how_to(lowered: str, start: int) -> bool:
    """The clause before `start` (up to its sentence's start) asks how to do a thing."""
    opening = max(lowered.rfind(c, 0, start) for c in ".!?\n")
    return bool(_HOW_TO.search(lowered, max(opening + 1, start - 40), start))


def _data_is_a_task(lowered: str, start: int, end: int) -> bool:
    """A verb of a task done to data stands beside the data noun at `start`-`end`, in its
    clause, and the noun is no data of ours."""
    if _OURS_BEFORE.search(lowered, max(0, start - 12), start) or _OURS_AFTER.match(lowered, end):
        return False
    how_to = _in_a_how_to(lowered, start)

    def is_task(word: str) -> bool:
        return bool(_DATA_TASK.fullmatch(word)) and (how_to or not _DATA_TASK_DONE.fullmatch(word))

    before = _CLAUSE_WORDS.findall(lowered[max(0, start - 80) : start])[-2:]
    for word in reversed(before):
        if is_task(word):
            return True
        if word not in _BEFORE_DATA:
            break
    for word in _CLAUSE_WORDS.findall(lowered[end : end + 80])[:3]:
        if not word[0].isalnum():
            break
        if is_task(word):
            return True
    return False


def _drop_data_as_a_task(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget our data found on a forum whose every bare data noun is what a task does,
    and data said exported whose every data noun is what a how-to does."""
    lowered = ""
    for i in list(new):
        fired = found[i]
        posted = fired.id.endswith(_DATA_POSTED)
        if not posted and not fired.id.endswith(_DATA_EXPORTED):
            continue
        lowered = lowered or text.lower()
        named = [p for p in _pieces(fired) if _DATA_NOUN.search(p)]
        if not named or any(_OURS.search(p) for p in named):
            continue
        spans = [
            (m.start(), m.end())
            for p in named
            for m in re.finditer(r"\b" + re.escape(p) + r"\b", lowered)
        ]
        if spans and all(
            _data_is_a_task(lowered, start, end) and (posted or _in_a_how_to(lowered, start))
            for start, end in spans
        ):
            del found[i]


# "A customer asked us to delete all her data (she pointed out the GDPR)": the customer cites
# the law for her own request, to have her data deleted or shown (a question, low), not for a
# breach. Beside such a request (`.cx_data_rights_request`) the citation alone of
# `.data_protection_alarm` says nothing of an incident; a report to the authority or a
# "GDPR breach" stays, and so does every other critical rule.
_DATA_RIGHTS_REQUEST = ".cx_data_rights_request"
_CITED_ONLY = re.compile(
    r"\b(pointed out|mentioned|threatened|viste til|truet med|hingewiesen|aufmerksam|gedroht|"
    r"wees ons op|dreigde met)\b"
)


def _drop_law_cited_for_a_request(found: dict[int, FiredRule]) -> None:
    """Forget a data-protection alarm that only cites the law beside a data-rights request."""
    if not any(r.id.endswith(_DATA_RIGHTS_REQUEST) for r in found.values()):
        return
    for i in [
        i
        for i, r in found.items()
        if r.id.endswith(".data_protection_alarm") and _CITED_ONLY.search(r.matched)
    ]:
        del found[i]


# "After logging in I see the orders of someone called Jansen" is a customer shown another
# customer's records (<lang>.cx_previous_customers_data_shown_near, a breach); the same words
# in a sentence about the back office ("in the backend the search shows the orders of someone
# called Miller instead of Mills", "De zoekfunctie in de backend laat de bestellingen van degene
# die eerder besteld heeft zien in plaats van de klant"), in a wish ("customers should be able
# to see the orders of whoever logged in before", "wir möchten ... sehen können", "zouden ...
# moeten kunnen zien", "burde kunne se") or in a how-to question ("how do I see ...", "wo sehe
# ich ...", "hoe zie ik ...", "hvordan ser jeg ...") are staff looking a customer up, a feature
# asked for or a filter's wrong match: no customer shown anything. Only this rule's matches go:
# "other customers' orders" (<lang>.cx_others_data_seen_near) is read as before.
_NAMED_OTHER_SHOWN = ".cx_previous_customers_data_shown_near"
_BACK_OFFICE = re.compile(
    # (not "dashboard": a customer's account page has one)
    r"\b(?:admin\w*|wp-admin|back[- ]?end|back[- ]?office|crm|"
    r"filter\w*|search\w*|look(?:s|ed|ing)? up|lookup|customer list|order list|"
    r"verwaltung\w*|suche|suchfunktion\w*|suchfeld\w*|suchergebnis\w*|\w+suche|kundenliste|beheer\w*|zoek\w*|opzoeken|klantenlijst|"
    r"kontrollpanel\w*|søk\w*|\w+søk(?:et)?|kundeliste\w*)\b",
    re.IGNORECASE,
)
# a wish for what should be shown ("should be able to see", "wir möchten ... sehen können",
# "zouden ... moeten kunnen zien", "burde kunne se"); not the writer's wish to tell something
# ("I would like to report that after logging in I see ...", "ich möchte melden, dass ...")
_NOT_A_TELLING = (
    r"(?:(?!\b(?:report|tell|let you know|know|inform|point out|mention|say|notify|melden|"
    r"mitteilen|berichten|informieren|hinweisen|sagen|wissen|laten weten|meedelen|informeren|"
    r"zeggen|doorgeven|weten|melde|si ifra|si|informere|gi beskjed|fortelle|vite)\b)[^.!?]){0,120}?"
)
_WISHED = re.compile(
    r"\b(?:should be able|should also be able|want to be able|would be (?:nice|great|good|handy|"
    r"useful)|(?:would like|we'?d like|i'?d like|want)\b" + _NOT_A_TELLING + r"\b(?:see|view|show|"
    r"display|find|look up)|"
    r"wäre (?:schön|toll|gut|praktisch|hilfreich)|(?:möchte|möchten|wünsche|wünschen)\b"
    + _NOT_A_TELLING
    + r"\b(?:sehen|einsehen|anzeigen|finden)|(?:sollte|sollten|soll|sollen)\b"
    + _NOT_A_TELLING
    + r"\b(?:sehen|einsehen|finden) können|"
    r"zou (?:fijn|mooi|handig)|(?:zou|zouden|wil graag|willen graag)\b"
    + _NOT_A_TELLING
    + r"\b(?:moeten kunnen|kunnen zien|zien|inzien|vinden|tonen)|"
    r"moeten kunnen (?:zien|inzien|vinden)|"
    r"burde kunne|bør kunne|skal kunne|hadde vært (?:fint|greit|bra|nyttig)|(?:ønsker|vil gjerne)\b"
    + _NOT_A_TELLING
    + r"\b(?:se|finne|vise))\b",
    re.IGNORECASE,
)
# "Customers should only see their own orders, but after logging in they see ...": what should
# be, set against what is, tells the breach
_CONTRAST = re.compile(
    r"\b(?:but|however|instead|aber|doch|jedoch|stattdessen|maar|echter|men|derimot)\b",
    re.IGNORECASE,
)
# a how-to's opening: "how/where do/can I/we", "wie/wo finde/sehe ich", "hoe/waar zie/vind ik",
# "hvordan/hvor ser/finner jeg"; not "how can it be that customers see ..." (a breach asked
# about), nor "why do I see ..."
_HOW_TO_OPENING = re.compile(
    r"^\W*(?:(?:how|where) (?:do|can|could|should) (?:i|we|you|our \w+)|how to|"
    r"(?:wie|wo) (?:kann|können|finde|finden|sehe|sehen) (?:ich|wir|man)|"
    r"(?:hoe|waar) (?:kan|kunnen|zie|zien|vind|vinden) (?:ik|we|wij|je|men)|"
    r"(?:hvordan|hvor) (?:kan|ser|finner) (?:jeg|vi|man)|can we|können wir|kunnen we|kan vi)\b",
    re.IGNORECASE,
)


# "Our support team noticed in the backend that when a customer logs in she sees the orders of
# someone called Jansen", "Unser Support hat im Backend bemerkt, dass eine Kundin nach dem Login
# ...", "zag in de backend dat een klant ...", "la merke til i admin at en kunde ...": the back
# office is where staff found it out; what they found, after the "that", is a customer shown
# another's records. Only the words after such a noticing verb's "that" say whether the
# sentence is about the back office.
_NOTICED_THAT = re.compile(
    r"\b(?:noticed|saw|seen|found|find out|found out|discovered|spotted|reali[sz]ed|reported|"
    r"told us|tells us|says|bemerkt|gesehen|festgestellt|entdeckt|gemerkt|gemeldet|berichtet|"
    r"aufgefallen|sah|merkte|zag|zagen|gezien|opgemerkt|ontdekt|ontdekte|gemeld|"
    r"meldde|opgevallen|vastgesteld|zegt|la merke til|lagt merke til|merket|oppdaget|oppdagde|"
    r"fant ut|meldte|sier)\b[^.!?]{0,80}?(?:\bthat|,?\s*\bdass|\bdat|\bat)\b",
    re.IGNORECASE,
)


def _told_part(sentence: str) -> str:
    """What `sentence` says was noticed: the words after a noticing verb's "that" (all of it
    when there is none)."""
    m = _NOTICED_THAT.search(sentence)
    return sentence[m.end() :] if m else sentence


def _drop_named_other_looked_up(
    text: str, found: dict[int, FiredRule], new: set[int], split: Callable[[str], list[str]]
) -> None:
    """Forget a customer shown someone's records whose every match lies in a sentence about
    the back office, a wish or a how-to question."""
    mine = {i for i in new if found[i].id.endswith(_NAMED_OTHER_SHOWN)}
    if not mine:
        return
    looked_up = [
        _joined_words(s)
        for s in split(text)
        if _BACK_OFFICE.search(_told_part(s))
        or _HOW_TO_OPENING.match(s)
        or (_WISHED.search(s) and not _CONTRAST.search(s))
    ]
    if looked_up:
        _forget_matches_in(looked_up, found, mine, levels=("critical",))
