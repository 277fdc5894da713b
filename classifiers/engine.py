"""classify(): a pure function from message text to a severity and the rules that fired.

One classification reads each field (subject, new body text, a forwarded report, the
transcript): its words (`classifiers.words`), the rules' phrases and regexes over them
(`classifiers.scan`, `classifiers.matching`), then the reading steps of `classifiers.steps`,
which forget the matches the text shows are not a failure now (supposed, over, reported,
requested, of a part only, ...); `classifiers.decide` turns what is left into a level.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from classifiers.cues import _NOBODY_GETS_THROUGH, _SELLS_ELSEWHERE, THRESHOLD
from classifiers.decide import decide
from classifiers.labelled import label_lines
from classifiers.literals import Prefilter
from classifiers.matching import _occurs, _scan_regexes, _sentence_memo, _unwrap
from classifiers.model import Classification, FiredRule, MessageText
from classifiers.quoting import (
    _HISTORY_START,
    is_outlook_block,
    names_complaint,
    new_text,
    own_text_settles,
    quoted_reports,
    quoted_text,
)
from classifiers.reason import level_reason
from classifiers.rules import RuleSet, load_rules
from classifiers.scan import scan_phrases
from classifiers.set_aside import Recorder
from classifiers.spelling import able_to_as_can_text
from classifiers.steps.diverted import _drop_pay_elsewhere_not_hijacked
from classifiers.steps.naming import (
    _drop_console_refusal,
    _drop_end_of_a_link,
    _drop_frequency_of_reading,
    _drop_function_as_subject,
    _drop_indefinite_page,
    _drop_loading_error_in_mail,
    _drop_nede_as_place,
    _drop_notice_second_sentence_alone,
    _drop_other_site_not_the_domain,
    _drop_others_not_seen,
    _drop_refusal_of_a_sync,
    _drop_site_as_place,
    _drop_warehouse_as_place,
)
from classifiers.steps.over import (
    _arrival_that_fails,
    _drop_conditional_resolved,
    _drop_hedged_false_alarm,
    _drop_over_before_new_problem,
    _drop_over_cue_in_question,
    _drop_works_again,
)
from classifiers.steps.past import _drop_past, _says_now_ok
from classifiers.steps.payment import (
    _drop_only_a_share,
    _drop_only_method_left,
    _drop_order_with_nothing,
    _drop_orders_to_a_system,
    _drop_others_that_are_methods,
    _drop_unavailable_by_design,
    _drop_unavailable_by_plan,
    _only_method_gone,
)
from classifiers.steps.planted import (
    _drop_changed_by_ourselves,
    _drop_never_added,
    _drop_not_done_before,
    _drop_nothing_changed,
    _drop_own_link_appeared,
    _drop_quoted_message,
    _drop_script_error,
    _drop_spam_received,
)
from classifiers.steps.refused import _drop_refusal_told_aside
from classifiers.steps.reported import (
    _drop_doubted_claims,
    _drop_login_alarm_explained,
    _drop_reported,
)
from classifiers.steps.requested import (
    _drop_data_as_a_task,
    _drop_law_cited_for_a_request,
    _drop_named_other_looked_up,
    _drop_requested,
    _drop_required_input,
    _drop_text_to_write,
    _drop_wording,
)
from classifiers.steps.scope import (
    _drop_device_that_saw_the_same,
    _drop_devices_where_it_works,
    _drop_element_beside_site_blank_for_all,
    _drop_live_fine_of_another_clause,
    _drop_not_all,
    _drop_tone_scope,
    _drop_when_time_allows,
)
from classifiers.steps.skimmer import _drop_card_reading_not_skimming
from classifiers.steps.supposed import (
    _drop_denied,
    _drop_supposed,
    _drop_supposed_case,
    _fires_again,
)
from classifiers.words import _english_words_read_otherwise, _tokens, guess_language

# Fuzzy (transcript) matches count for less; less again when the recogniser was unsure.
FUZZY_FACTOR = 0.8
UNCERTAIN_FACTOR = 0.85
# (Norwegian "SV:" is a reply, "VS:" a forward: its subject is what the sender passes on.)
_REPLY_PREFIX = re.compile(r"^\s*((re|aw|antw|sv|r|ref)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
# "FW: ..." whose new text points at the forwarded mail ("see the mail below", "onderstaande
# mail", "untenstehende Nachricht", "mailen nedenfor"), or says the writer gets the same ("same
# here", "ik krijg hetzelfde", "bei mir ist es genauso", "samme her"): the forwarded text is
# part of the report.
_FORWARD_PREFIX = re.compile(r"^\s*(fw|fwd|wg|doorst|vs|tr|vb)\s*:", re.IGNORECASE)
_POINTS_BELOW = re.compile(
    r"\b(below|forwarded|onderstaande|hieronder|doorgestuurde|untenstehende|unten|"
    r"weitergeleitete|nedenfor|under|videresendte?|attached|attachment|bijlage|anhang|"
    r"angehängt|anbei|vedlegg|vedlagt|vedlagte|"
    r"same|hetzelfde|zelfde|genauso|dasselbe|gleiche|samme|likedan)\b",
    re.IGNORECASE,
)
_SHORT_FORWARD_WORDS = 25
# "Still down.", "Immer noch nichts.", "Nog steeds plat.", "Fortsatt nede.": a reply that says
# the problem goes on, with no subject of its own; the report it answers (the newest mail
# quoted below) still holds and is read with it. One pattern per language, on lowered text.
_STILL_SO = tuple(
    Prefilter(re.compile(pattern))
    for pattern in (
        r"\bstill (down|dead|offline|broken|unreachable|nothing|the same|same|no (change|luck|joy|"
        r"improvement|response|page)|not (working|loading|up|back|fixed|reachable|resolved|sorted|"
        r"online|opening|coming up)|(can'?t|cannot) (get|reach|open|load|access)|(having|getting) "
        r"the same)\b|\b(no change|nothing has changed|nothing'?s changed)\b",
        r"\bnog (steeds|altijd) (niet|niks|niets|geen|plat|down|offline|hetzelfde|dezelfde|kapot|"
        r"stuk|dood|onbereikbaar|wit|zo)\b|\b(geen verandering|nog (niks|niets) veranderd)\b",
        r"\b(immer noch|noch immer|weiterhin|nach wie vor) (nichts|nicht|kein\w*|down|offline|tot|"
        r"weg|kaputt|dasselbe|das gleiche|der gleiche|die gleiche|derselbe|dieselbe|unerreichbar|"
        r"weiß|leer|so)\b|\b(keine (änderung|veränderung|besserung)|unverändert)\b",
        r"\b(fortsatt|fremdeles|stadig) (nede|ingenting|ikke|ikkje|død|borte|det samme|samme|"
        r"utilgjengelig|hvit|blank|sånn|slik)\b|\bingen (endring|bedring|forandring)\b",
    )
)
# A forward attached as a whole mail (message/rfc822): its text follows the sender's own.
_POINTS_ATTACHED = re.compile(
    r"\b(attached|attachment|bijlage|anhang|angehängt|anbei|vedlegg|vedlagt|vedlagte)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def shipped_rules() -> RuleSet:
    return load_rules()


def _forwarded_part(body: str) -> str:
    """The forwarded mail: the text after the first forwarded-history line ("---- Forwarded
    message ----"), else after an Outlook header block ("Fra: ... Sendt: ..."), else, for a
    forward attached as a whole mail ("see attachment"), what follows the sender's text."""
    lines = body.replace("\r\n", "\n").split("\n")
    for i, line in enumerate(lines):
        if _HISTORY_START.match(line):
            return "\n".join(ln.lstrip("> ") for ln in lines[i + 1 :]).strip()
    for i in range(len(lines)):
        if is_outlook_block(lines, i):
            return "\n".join(ln.lstrip("> ") for ln in lines[i:]).strip()
    own = new_text(body)
    if own and _POINTS_ATTACHED.search(own):
        rest = body.replace("\r\n", "\n").strip()
        if rest.startswith(own):
            return rest[len(own) :].strip()
    return ""


_TOPIC_WORDS = 3


def _drop_subject_the_body_explains(
    msg: MessageText, body: str, rs: RuleSet, found: dict[int, FiredRule]
) -> None:
    """A subject of one alarm word ("Blacklist?", "Datenverlust", "Hacked?") names the topic
    the body writes about; the body says how it is meant. When the body repeats the word and,
    read alone, does not fire that rule ("Could you check whether we are on a blacklist?",
    "Um Datenverlust zu vermeiden, ..."), the subject's match goes too.

    Single words only: a subject phrase ("site down") is a report of its own, and the word
    must recur in the body, so a subject the body never takes up keeps its weight. A topic is
    named in a few words ("Blacklist check"): a longer subject ("Wir wurden gehackt, bitte
    dringend melden") tells something, and its body is not read a second time."""
    if len(msg.subject.split()) > _TOPIC_WORDS:
        return
    lowered = body.lower()
    topics = [
        i
        for i, fired in found.items()
        if fired.field == "subject"
        and fired.level == "critical"
        and " " not in fired.matched
        and fired.matched in lowered
    ]
    if not topics:
        return
    alone = classify(
        MessageText(
            subject="",
            body=msg.body,
            body_new_text=body,
            language=msg.language,
        ),
        rs,
    )
    fired_alone = {r.id for r in alone.rules}
    for i in topics:
        if rs.rules[i].id not in fired_alone:
            del found[i]


# "Still the same. Any news?" over the agency's receipt ("logged as ticket #4020 with
# priority urgent") over the report: the receipt names no problem, the report below it does.
_REPORTS_DEEP = 3


def _reports_still_so(new: str, body: str) -> list[str]:
    """The mails a reply quotes (`quoted_reports`, the one it answers first) when its new text
    `new` says the problem goes on (`_STILL_SO`) and not that it works again; else []."""
    if not new.strip() or not body:
        return []
    lowered = new.lower()
    if not any(_occurs(gate, lowered, lowered) for gate in _STILL_SO) or _says_now_ok(lowered):
        return []
    return quoted_reports(body, _REPORTS_DEEP)


# A vague "not working" / "kapot" names no problem: the "still" reply's own words.
_VAGUE = ".generic_problem"


def _names_own_problem(fired: Iterable[FiredRule]) -> bool:
    """Whether the rules fired so far name an incident of their own (other than a vague one)."""
    return any(
        r.level in ("critical", "urgent", "standard") and not r.id.endswith(_VAGUE) for r in fired
    )


def _names_a_problem_firmly(fired: Iterable[FiredRule]) -> bool:
    """Whether `fired` names an incident with a rule of full weight: not only a priority word
    ("priority urgent", "Priorität ‚dringend‘") of a receipt."""
    return any(r.weight >= THRESHOLD for r in fired) and _names_own_problem(
        r for r in fired if r.weight >= THRESHOLD
    )


def _drop_receipt(found: dict[int, FiredRule], receipt: set[int]) -> None:
    """Forget the matches of the agency's receipt (`receipt`: the rules its text added): its
    priority words are history, not the customer's report."""
    for i in receipt:
        del found[i]


# A phone number read out on a voicemail, digit by digit ("nul vijf nul drie een twee drie",
# "zero seven seven double oh", "null eins fünf eins", "null fire to tre"): four or more digit
# words in a row are the number to call back, not a count ("nul" beside "besteld" read as "no
# orders", critical). One word that names the number, so no digit of it meets a rule. Only
# spaces join its digits: a comma ends it ("call me back on oh seven seven one two, zero orders
# since midnight", "since nine oh five, zero orders"), and a digit word before a count noun
# ("... one two zero orders", "null Bestellungen", "nul bestellingen", "null bestillinger") is
# the count, never the number's last digit.
_DIGIT_WORD = (
    "nul|een|twee|drie|vier|vijf|zes|zeven|acht|negen|"
    "zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|"
    "null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|"
    "en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni"
)
_COUNT_NOUN = (
    "orders?|sales?|bookings?|reservations?|purchases?|payments?|transactions?|sign-?ups?|"
    "bestellung(?:en)?|auftr(?:ag|äge)|buchung(?:en)?|verk(?:auf|äufe)|reservierung(?:en)?|"
    "zahlung(?:en)?|transaktion(?:en)?|anmeldung(?:en)?|"
    "bestelling(?:en)?|boeking(?:en)?|reservering(?:en)?|verkop(?:en)?|betaling(?:en)?|"
    "transacties?|aanmelding(?:en)?|"
    "bestilling(?:er|ar)?|ordr(?:e|er|ar)|booking(?:er)?|reservasjon(?:er)?|salg|"
    "betaling(?:er)?|transaksjon(?:er)?|påmelding(?:er)?"
)
_READ_OUT_NUMBER = re.compile(
    rf"\b(?:{_DIGIT_WORD})(?:[ \t]{{1,2}}(?:{_DIGIT_WORD})){{3,}}\b"
    rf"(?![ \t]+(?:{_COUNT_NOUN})\b)",
    re.IGNORECASE,
)


def _without_read_out_numbers(transcript: str) -> str:
    return _READ_OUT_NUMBER.sub("telefonnummer", transcript)


# The speech recogniser writes a compound of "web" apart, and the Dutch "shop" as it sounds
# ("de hele web sjop plat ligt", "onze web winkel", "die web seite", "the web site"): read as
# the one word the rules spell ("webshop", "webwinkel", "webseite", "website").
_SPOKEN_WEB_COMPOUND = re.compile(r"\bweb (sjop|shop|site|winkel|seite|side)\b", re.IGNORECASE)


def _web_compound(m: re.Match[str]) -> str:
    second = m.group(1).lower()
    return "web" + ("shop" if second == "sjop" else second)


def _transcript_words(transcript: str) -> str:
    """The transcript as the rules read it: numbers read out as one word, compounds joined."""
    text = _without_read_out_numbers(transcript)
    return _SPOKEN_WEB_COMPOUND.sub(_web_compound, text) if "web " in text.lower() else text


def _drop_other_languages(
    rs: RuleSet, found: dict[int, FiredRule], language: str, heard_alike: set[int]
) -> None:
    """Forget the matches of another language's rules that are coincidences of its spelling,
    not what the writer said (`language`: the mail's)."""
    # Another language's half signals ("live" in Norwegian, "naar kan" read as Norwegian
    # in a Dutch sentence) are coincidences of spelling, not what the writer said; so is
    # a match in an English mail made only of English words ("Our reporting script pulls
    # the orders from your shop API": German "script … shop" is a stranger's script only
    # in German; the English rules read those words as they mean them).
    # So is another language's match that only the tolerant scan of a transcript found:
    # German "ein grauer Kasten mit Fehler beim Laden" heard alike as the Norwegian
    # "kassen ... feil" (the checkout fails) is a German caller's words read as a
    # stranger's, twice over (the words differ, and in another language).
    # Not an English match: a German, Dutch or Norwegian caller reading out the English
    # error on the screen ("da steht this domain has been registerd", "threat detektet")
    # is heard only by the tolerant scan, and means what the English words say.
    for i in list(found):
        lang = rs.rules[i].language
        if lang not in ("neutral", language) and (
            found[i].weight < THRESHOLD
            or (i in heard_alike and lang != "en")
            or _english_words_read_otherwise(rs, found[i], language)
        ):
            del found[i]


def classify(
    msg: MessageText, rules: RuleSet | None = None, *, explain: bool = False
) -> Classification:
    """The level of `msg` and the rules that fired. `explain`: the result also carries the
    matches the reading steps set aside, each with its step, and a one-line reason for the
    level (for `frontdesk classify`; off for the daemon, whose steps then run a plain dict)."""
    rs = rules if rules is not None else shipped_rules()
    if msg.body_new_text is not None:
        body = msg.body_new_text
    else:
        body = new_text(msg.body) if msg.body else ""
    if not body.strip() and msg.body and _HISTORY_START.search(msg.body):
        body = quoted_text(msg.body)  # a bare forward: the forwarded mail is the report
    subject = msg.subject
    if body.strip() and _REPLY_PREFIX.match(subject):
        # "Re: Website down" names the old thread; the new text says what is wrong now.
        subject = ""
    fields: list[tuple[str, str]] = [("subject", subject), ("body", body)]
    # A forward whose own text points at it, or is only a line or two ("Can you take a look
    # at this please?"): the forwarded mail is the report.
    if (
        body.strip()
        and _FORWARD_PREFIX.match(msg.subject)
        and (
            _POINTS_BELOW.search(body)
            or len(body.split()) <= _SHORT_FORWARD_WORDS
            or (names_complaint(body) and not own_text_settles(body))
        )
    ):
        forwarded = _forwarded_part(msg.body)
        if forwarded:
            fields.append(("body", forwarded))
    reports = _reports_still_so(body, msg.body)
    transcript = _transcript_words(msg.transcript) if msg.transcript else ""
    if transcript:
        fields.append(("transcript", transcript))
    recorder = Recorder() if explain else None
    found: dict[int, FiredRule] = recorder if recorder is not None else {}
    all_tokens: list[str] = []
    transcript_tokens: list[str] = []
    field_texts: list[str] = []
    for field, given in fields:
        if not given:
            continue
        # "Website: plat" as "Website plat", each such line a clause of its own
        text = given if field == "transcript" else label_lines(given)
        field_texts.append(text)
        tokens = _tokens(text)
        if field == "transcript":
            transcript_tokens = tokens  # scanned again below, with tolerance
        all_tokens.extend(tokens)
        before = set(found)
        scan_phrases(rs, tokens, field, False, found, 1.0)
        _scan_regexes(rs, able_to_as_can_text(text), tokens, field, found)
        split = _sentence_memo()  # both checks below may split the same text
        # the frames forget critical and urgent matches only: without one, nothing to unwrap
        incident = any(found[i].level in ("critical", "urgent") for i in set(found) - before)
        flat = _unwrap(text) if incident else text
        # "Saturday upgrade - will the whole site be down?" over the mail that names the work:
        # the subject's question is read with the body for whether it asks about a supposed case
        supposed_text = flat if field != "subject" or not body.strip() else f"{flat}\n\n{body}"
        _drop_supposed(supposed_text, found, set(found) - before, split)
        # "Nettsiden nede i går?" over "Nå virker den fint": the subject is read with the body
        # for whether the outage is over.
        if field != "subject":
            past_text = flat
        else:
            past_text = f"{text}\n\n{body}"
            past_text = _unwrap(past_text) if incident else past_text
        ahead = {i: found[i] for i in set(found) - before}
        rest = _drop_past(past_text, found, set(found) - before, split)
        if rest and field != "subject":
            # (the subject is read with the body: its sentences not past are the body's too)
            forgotten = {i: f for i, f in ahead.items() if i not in found}
            _fires_again(rs, rest, field, found, forgotten, split)
        _drop_reported(flat, tokens, found, set(found) - before, split)
        _drop_requested(flat, tokens, found, set(found) - before, split)
        _drop_text_to_write(flat, found, set(found) - before, split)
        _drop_notice_second_sentence_alone(flat, found, set(found) - before)
        _drop_required_input(rs, flat, found, set(found) - before)
        _drop_wording(flat, tokens, found, set(found) - before, split)
        _drop_conditional_resolved(text, found, set(found) - before)
        _drop_denied(flat, found, set(found) - before)
        _drop_quoted_message(flat, found, set(found) - before)
        _drop_nothing_changed(rs, tokens, field, found, set(found) - before)
        _drop_live_fine_of_another_clause(rs, text, field, found, set(found) - before)
        _drop_supposed_case(flat, found, set(found) - before, (rs, field, split))
        _drop_others_not_seen(flat, found, set(found) - before, (rs, field, split))
        _drop_spam_received(flat, found, set(found) - before, split)
        _drop_never_added(flat, found, set(found) - before)
        _drop_not_done_before(flat, found, set(found) - before)
        _drop_works_again(flat, found, set(found) - before, split)
        _drop_over_cue_in_question(flat, found, set(found) - before, split)
        _drop_hedged_false_alarm(flat, found, set(found) - before)
        _drop_over_before_new_problem(flat, found, set(found) - before)
        _drop_only_method_left(flat, found, set(found) - before)
        _only_method_gone(flat, found, set(found) - before)
        _drop_pay_elsewhere_not_hijacked(flat, found, set(found) - before, split)
        _drop_refusal_told_aside(flat, found, set(found) - before, split)
        _drop_others_that_are_methods(flat, found, set(found) - before)
        _drop_unavailable_by_design(flat, found, set(found) - before, split)
        _drop_unavailable_by_plan(flat, found, set(found) - before, split)
        _drop_own_link_appeared(flat, found, set(found) - before, split)
        _drop_script_error(flat, found, set(found) - before)
        _drop_card_reading_not_skimming(flat, found, set(found) - before, split)
        _drop_data_as_a_task(flat, found, set(found) - before)
        _drop_named_other_looked_up(flat, found, set(found) - before, split)
        _drop_console_refusal(flat, found, set(found) - before)
        _drop_indefinite_page(flat, found, set(found) - before)
        _drop_loading_error_in_mail(flat, found, set(found) - before)
        _drop_only_a_share(flat, found, set(found) - before)
        _drop_order_with_nothing(flat, found, set(found) - before)
        _drop_site_as_place(flat, found, set(found) - before)
        _drop_element_beside_site_blank_for_all(flat, found, set(found) - before)
        _drop_nede_as_place(flat, found, set(found) - before)
        _drop_function_as_subject(flat, found, set(found) - before)
        _drop_frequency_of_reading(flat, found, set(found) - before)
        _drop_warehouse_as_place(flat, found, set(found) - before)
        _drop_orders_to_a_system(found, set(found) - before)
        _drop_end_of_a_link(flat, found, set(found) - before)
        _drop_changed_by_ourselves(flat, found, set(found) - before)
        _drop_other_site_not_the_domain(flat, found, set(found) - before)
        _drop_devices_where_it_works(tokens, found, set(found) - before)
        _arrival_that_fails(tokens, found, set(found) - before)
        _drop_tone_scope(tokens, found, set(found) - before)
        _drop_when_time_allows(tokens, found, set(found) - before)
        _drop_not_all(tokens, found, set(found) - before)
        _drop_device_that_saw_the_same(tokens, found, set(found) - before)
        if reports and given is body and not _names_a_problem_firmly(found.values()):
            fields.append(("body", reports[0]))  # read after the new text, once
        elif len(reports) > 1 and given in reports[:-1] and field == "body":
            # the mail the reply answers is the agency's receipt, naming no problem of its
            # own: its priority words are history, the mail it answered is the report
            mine = [found[i] for i in set(found) - before]
            if not _names_a_problem_firmly(mine):
                _drop_receipt(found, set(found) - before)
                fields.append(("body", reports[reports.index(given) + 1]))
    if subject and body.strip():
        _drop_subject_the_body_explains(msg, body, rs, found)
    heard_alike: set[int] = set()  # the rules only the tolerant scan found
    if msg.transcript:
        factor = FUZZY_FACTOR * (UNCERTAIN_FACTOR if msg.from_transcript_uncertain else 1.0)
        before = set(found)
        scan_phrases(rs, transcript_tokens, "transcript", True, found, factor)
        new = set(found) - before
        heard_alike = new
        if new:
            # what the tolerant scan finds again is as hypothetical, past or denied as what
            # the exact scan found (and dropped) in the same words
            text = transcript
            split = _sentence_memo()
            _drop_supposed(text, found, new, split)
            _drop_past(text, found, new & set(found), split)
            _drop_reported(text, transcript_tokens, found, new & set(found), split)
            _drop_denied(text, found, new & set(found))
            _drop_notice_second_sentence_alone(text, found, new & set(found))
            _drop_not_done_before(text, found, new & set(found))
            _drop_works_again(text, found, new & set(found), split)
            _drop_site_as_place(text, found, new & set(found))
            _drop_nede_as_place(text, found, new & set(found))
            _drop_devices_where_it_works(transcript_tokens, found, new & set(found))
            _arrival_that_fails(transcript_tokens, found, new & set(found))
            _drop_tone_scope(transcript_tokens, found, new & set(found))
            _drop_when_time_allows(transcript_tokens, found, new & set(found))
    _drop_doubted_claims(field_texts, found)
    _drop_login_alarm_explained(field_texts, found)
    _drop_refusal_of_a_sync(field_texts, found)
    _drop_law_cited_for_a_request(found)
    language = guess_language(all_tokens, msg.language)
    if language is not None:
        _drop_other_languages(rs, found, language, heard_alike)
    fired = [found[i] for i in sorted(found)]
    # "On mobile nobody can add to the basket; on the PC everything works": a "nobody gets
    # through" said of one device beside another device or platform named as working is that
    # device's failure, which a step down may lower (not firm); breaches stay firm.
    # so is one said of one country's store beside another store that still sells
    device_works = any(f.id.endswith(_SELLS_ELSEWHERE) for f in found.values())
    firm = any(
        rs.rules[i].level == "critical"
        and found[i].level == "critical"
        and not rs.rules[i].demotable
        and found[i].weight >= 1.0
        and not (device_works and found[i].id.endswith(_NOBODY_GETS_THROUGH))
        for i in found
    )
    severity = decide(fired, firm)
    if recorder is None:
        return Classification(severity, language, tuple(fired))
    set_aside = recorder.set_aside()
    reason = level_reason(fired, firm, severity, set_aside)
    return Classification(severity, language, tuple(fired), set_aside, reason)
