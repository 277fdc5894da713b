"""The new text of an email body: what the sender wrote this time.

mail-parser-reply knows no Norwegian and compiles its patterns per message, so this is a
small line scanner with patterns compiled once, covering EN/NL/DE/NO mail clients.
"""

from __future__ import annotations

import re

# A line that starts quoted/forwarded history: everything from it on is old.
_HISTORY_START = re.compile(
    r"""^\s*(
        -{2,}\s*(original\s+message|oorspronkelijk\s+bericht|origineel\s+bericht|
                 urspr(ü|ue)ngliche\s+nachricht|opprinnelig\s+melding|
                 forwarded\s+message|doorgestuurd\s+bericht|weitergeleitete\s+nachricht|
                 videresendt\s+melding)\s*-{2,}
      | begin\s+forwarded\s+message:
      | anfang\s+der\s+weitergeleiteten\s+nachricht:
      | begin\s+doorgestuurd\s+bericht:
      | start\s+på\s+videresendt\s+melding:
      | _{10,}
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# "On Tue, 3 Mar 2026 at 10:00, Ann <a@b> wrote:" and its NL/DE/NO forms (may wrap a line).
_ATTRIBUTION = re.compile(
    r"^\s*(on|op|am|den|le|man\.|tir\.|ons\.|tor\.|fre\.|lør\.|søn\.|\w{2,4}\.?\s+\d)\b.*"
    r"\b(wrote|schreef|schrieb|skrev|a écrit)\b.*:\s*$",
    re.IGNORECASE,
)
_ATTRIBUTION_END = re.compile(r"\b(wrote|schreef|schrieb|skrev)\b.*:\s*$", re.IGNORECASE)
# Outlook header block: "From:/Van:/Von:/Fra:" followed by "Sent:/Date:/..." lines.
_OUTLOOK_FROM = re.compile(r"^\s*\*?(from|van|von|fra)\s*:\*?\s+\S", re.IGNORECASE)
_OUTLOOK_NEXT = re.compile(
    r"^\s*\*?(sent|date|verzonden|datum|gesendet|sendt|dato|to|aan|an|til|subject|onderwerp|"
    r"betreff|emne|cc)\s*:",
    re.IGNORECASE,
)
# A closing line after which only the signature follows.
_CLOSING = re.compile(
    r"""^\s*(
        (kind|best|warm|many)\s+(regards|wishes)|regards|cheers|thanks(\s+(again|in\s+advance))?|
        thank\s+you|sincerely|yours\s+(sincerely|truly)|br|
        met\s+vriendelijke\s+groet(en)?|vriendelijke\s+groet(en)?|mvg|groet(en|jes)?|
        alvast\s+bedankt|bedankt|
        mit\s+freundlichen\s+gr(ü|ue)(ß|ss)en|freundliche\s+gr(ü|ue)(ß|ss)e|viele\s+gr(ü|ue)(ß|ss)e|
        beste\s+gr(ü|ue)(ß|ss)e|lg|vg|mfg|gr(ü|ue)(ß|ss)e|danke(\s+schön)?|
        med\s+vennlig\s+hilsen|vennlig\s+hilsen|mvh|hilsen|beste\s+hilsen|takk(\s+for\s+hjelpen)?
    )\s*[,.!]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_SIGNATURE_DASHES = re.compile(r"^--\s*$|^—\s*$|^__\s*$")
# A line of dashes or underscores alone after the message ("------"): a signature rule.
_SIGNATURE_RULE = re.compile(r"^\s*(-{3,}|_{3,9}|—{2,})\s*$")
_MOBILE_SIG = re.compile(
    r"^\s*(sent\s+from\s+my|verzonden\s+vanaf\s+mijn|von\s+meinem\s+\w+\s+gesendet|"
    r"gesendet\s+von\s+meinem|sendt\s+fra\s+min|get\s+outlook\s+for)",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"""^\s*(
        this\s+(e-?mail|message)\s+(and\s+any\s+attachments?\s+)?(is|are|may\s+contain)\s+
            (confidential|intended|privileged)
      | the\s+information\s+(contained\s+)?in\s+this\s+(e-?mail|message)
      | disclaimer\s*:
      | deze\s+e-?mail\s+(is|kan)\s+(uitsluitend|vertrouwelijk|alleen)
      | de\s+informatie\s+(verzonden\s+)?(in|met)\s+deze\s+e-?mail
      | diese\s+e-?mail\s+(enthält|kann|ist)\s+(vertrauliche|nur|ausschließlich)
      | diese\s+nachricht\s+(enthält|ist)\s+vertraulich
      | denne\s+e-?(post|posten|mailen)\s+(kan\s+)?(inneholde|inneholder|er)\s+
            (konfidensiell|fortrolig|taushetsbelagt)
      | konfidensialitet\s*:
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def is_outlook_block(lines: list[str], i: int) -> bool:
    if not _OUTLOOK_FROM.match(lines[i]):
        return False
    following = [ln for ln in lines[i + 1 : i + 5] if ln.strip()]
    return any(_OUTLOOK_NEXT.match(ln) for ln in following[:3])


_ATTRIBUTION_OPENING = re.compile(r"^\s*(on|op|am|den)\b", re.IGNORECASE)


def _wrapped_attribution(lines: list[str], i: int) -> bool:
    """Whether `lines[i]` is the first line of an attribution wrapped over two ("On Tue, 3
    Mar 2026 at 10:00, Ann Example" / "<ann@example.org> wrote:")."""
    return (
        i + 1 < len(lines)
        and ":" in lines[i + 1]
        and _ATTRIBUTION_END.search(lines[i + 1]) is not None
        and _ATTRIBUTION_OPENING.match(lines[i]) is not None
    )


def _ends_own_text(lines: list[str], i: int) -> bool:
    """Whether `lines[i]` ends the sender's own text: history, a signature or a disclaimer."""
    line = lines[i]
    return bool(
        _HISTORY_START.match(line)
        or is_outlook_block(lines, i)
        or (":" in line and _ATTRIBUTION.match(line))
        or _wrapped_attribution(lines, i)
        or _SIGNATURE_DASHES.match(line)
        or _MOBILE_SIG.match(line)
        or _DISCLAIMER.match(line)
        or _CLOSING.match(line)
        or _SIGNATURE_RULE.match(line)
    )


# "Oorspronkelijk bericht van Jan:", "Original message from Jan:", "Nachricht von Jan:": a
# line ending in ":" that names an older message (with "Jan wrote at 07:02:", `_ATTRIBUTION_END`),
# heading an older mail, unquoted, that no attribution pattern knows.
_MESSAGE_HEADER = re.compile(
    r"\b((original|oorspronkelijke?|originele?|urspr(ü|ue)ngliche|opprinnelig)\s+"
    r"(message|bericht|nachricht|melding|e-?mail|mail)"
    r"|(message|bericht|nachricht|melding|e-?mail|mail|e-?post)\s+(from|van|von|fra)\b)"
    r".{0,80}:\s*$",
    re.IGNORECASE,
)


def _answered_below(lines: list[str], start: int) -> bool:
    """Whether the lines from `start` on (below an attribution) are a quote answered below
    it, inline or bottom-posted: "On 17/06 Support wrote:", "> Could you confirm
    Thursday?", "", "Yes, Thursday is fine." The quote must come first, and the sender's own
    text resumes after a blank line below a quoted line (a line right below one is the quote
    wrapped without its marker)."""
    quoted = blank_after_quote = False
    for i in range(start, len(lines)):
        stripped = lines[i].strip()
        if stripped.startswith(">"):
            quoted, blank_after_quote = True, False
        elif not stripped:
            blank_after_quote = quoted
        elif not quoted:
            return False
        elif blank_after_quote:
            # a header of an older mail, unquoted ("Jan wrote at 07:02:"): history, no answer
            return not (
                _ends_own_text(lines, i)
                or _ATTRIBUTION_END.search(stripped)
                or _MESSAGE_HEADER.search(stripped)
            )
    return False


def new_text(body: str) -> str:
    """`body` without quoted replies, forwarded history, signatures and disclaimers.

    An attribution over a quote that the sender answers below it (inline or bottom-posted)
    is no end: the text written between and below the quoted lines is new."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    seen_text = False
    answering = after_quote = False
    skip = -1
    for i, line in enumerate(lines):
        if i <= skip:
            continue
        stripped = line.strip()
        if stripped.startswith(">"):
            after_quote = True
            continue
        if answering and after_quote and stripped:
            continue  # the quoted line wrapped without its marker
        after_quote = False
        if _HISTORY_START.match(line) or is_outlook_block(lines, i):
            break
        # An attribution ends in ":" (a cheap test before the searches of the line)
        if ":" in line and _ATTRIBUTION.match(line):
            if _answered_below(lines, i + 1):
                answering = True
                continue
            break
        if _wrapped_attribution(lines, i):
            if _answered_below(lines, i + 2):
                answering, skip = True, i + 1
                continue
            break
        if _SIGNATURE_DASHES.match(line) or _MOBILE_SIG.match(line) or _DISCLAIMER.match(line):
            break
        if seen_text and (_CLOSING.match(line) or _SIGNATURE_RULE.match(line)):
            break
        if stripped:
            seen_text = True
        kept.append(line)
    return "\n".join(kept).strip()


def quoted_text(body: str) -> str:
    """Everything `new_text` dropped, without `>` markers (used when the new text is empty)."""
    lines = body.replace("\r\n", "\n").split("\n")
    return "\n".join(ln.lstrip("> ") for ln in lines)


def _unquoted(line: str) -> str:
    """`line` without its quote markers ("> > text" -> "text")."""
    return re.sub(r"^\s*(>\s?)+", "", line)


def _is_history_header(lines: list[str], i: int) -> bool:
    """Whether `lines[i]` heads a quoted mail: blank, a forwarded-history line, an attribution
    ("Am Sa., 8. März 2025 um 21:47 Uhr schrieb ...:", wrapped or not) or a header line of an
    Outlook block ("From:", "Sent:", "To:", "Subject:")."""
    line = lines[i]
    if not line.strip() or _HISTORY_START.match(line):
        return True
    if ":" in line and (_ATTRIBUTION.match(line) or _ATTRIBUTION_END.search(line)):
        return True
    if _wrapped_attribution(lines, i):
        return True
    return bool(_OUTLOOK_FROM.match(line) or _OUTLOOK_NEXT.match(line))


def quoted_report(body: str) -> str:
    """The own text of the newest mail quoted below the new text of `body` (its quote
    markers, header lines and signature gone), or "" when `body` quotes none."""
    rest = _quoted_rest(body)
    return new_text(rest) if rest else ""


def quoted_reports(body: str, most: int) -> list[str]:
    """The own texts of the mails quoted below the new text of `body`, newest first, at most
    `most` of them: the one a reply answers, then the one that answered, and so on."""
    out: list[str] = []
    rest = _quoted_rest(body)
    while rest and len(out) < most:
        out.append(new_text(rest))
        rest = _quoted_rest(rest)
    return out


def _quoted_rest(body: str) -> str:
    """`body` from the newest mail quoted below its new text on, that mail's quote markers
    and header lines gone (older mails quoted in it keep theirs, one level fewer); "" when
    `body` quotes none."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = None
    for i, line in enumerate(lines):
        if (
            line.lstrip().startswith(">")
            or _HISTORY_START.match(line)
            or is_outlook_block(lines, i)
            or (":" in line and _ATTRIBUTION.match(line))
        ):
            start = i
            break
    if start is None:
        return ""
    rest = [_unquoted(line) for line in lines[start:]]
    i = 0
    while i < len(rest) and _is_history_header(rest, i):
        i += 1
    return "\n".join(rest[i:])


# A forward that names the complaint it passes on ("see the complaint", "deze klacht", "diese
# Beschwerde", "denne klagen") is read with it too, unless its own text settles what the
# complaint is worth: "we fixed it already, just for your records", "kein Notfall", "geen
# haast", "hun ønsker seg PayPal, kanskje noe for senere". The forwarder knows the complaint's
# fate; the customer's "checkout down" of last week is no page tonight.
_NAMES_COMPLAINT = re.compile(r"\b(complaint|klacht|beschwerde|klagen?)\b", re.IGNORECASE)


def names_complaint(body: str) -> bool:
    """The forwarder's own text names the complaint it passes on."""
    return bool(_NAMES_COMPLAINT.search(body))


# Said calm, the negation part of the words ("no rush", "kein Notfall", "ikke noe hastverk").
# No "FYI" ("zur Kenntnis", "ter kennisgeving", "til orientering", "just so you know"): a note
# passed on for information may still ask for the fix now ("zur Kenntnis und sofort beheben").
_OWN_TEXT_CALM = re.compile(
    r"\b(no (rush|hurry|emergency)|not (urgent|an emergency|critical|pressing)|nothing urgent|"
    r"nothing (left )?to do|can wait|low priority|"
    r"when(ever)? you (have|get) (a moment|the time|time)|"
    r"keine eile|kein stress|nicht (dringend|eilig|kritisch)|nichts dringendes|kein notfall|"
    r"nichts (mehr )?zu tun|hat zeit|kann warten|wenn (ihr|sie|du) (mal )?zeit (habt|haben|hast)|"
    r"geen (haast|spoed|noodgeval)|niet (dringend|urgent|kritiek)|niets (meer )?te doen|"
    r"kan wachten|als (jullie|je|u) (even )?tijd (hebben|hebt|heeft)|"
    r"ingen (hast|krise)|ikke (noe )?hastverk|haster ikke|ikke (akutt|kritisk)|kan vente|"
    r"ingenting (mer )?å gjøre|når (dere|du) har tid)\b",
    re.IGNORECASE,
)
# Calm said of another time or by someone else ("you said last week it was not critical"), in
# its clause; or, in its sentence, with a limit ("hat Zeit bis heute Mittag, länger nicht") or
# beside a call for the fix now ("no rush on the reply, but fix it asap"): not the forwarder's
# calm about this complaint.
_CALM_OF_ANOTHER_TIME = re.compile(
    r"\b(said|says|thought|was|were|sagte|sagten|gesagt|meinte|dachte|war|waren|zei|zeiden|"
    r"gezegd|dacht|dachten|sa|sagt|sagde|trodde|var)\b",
    re.IGNORECASE,
)
_CALM_UNDONE = re.compile(
    r"\b((until|till|by|bis|tot|til) (today|tonight|noon|heute|mittag|vandaag|vanavond|middag|"
    r"i dag|i kveld)|(no|not|nicht|niet|ikke) (any )?(longer|länger|langer|lenger)|"
    r"asap|as soon as possible|immediately|right (now|away)|sofort|umgehend|so schnell wie|"
    r"direct|meteen|onmiddellijk|zo snel mogelijk|med en gang|snarest|så fort som)\b",
    re.IGNORECASE,
)


def _clause_calm(clause: str, sentence: str) -> bool:
    """The clause says this complaint is no hurry, now, and its sentence asks for no fix now."""
    if not _OWN_TEXT_CALM.search(clause) or _CALM_OF_ANOTHER_TIME.search(clause):
        return False
    return not _CALM_UNDONE.search(sentence)


# Said done, of this complaint, in the past: "we fixed it already", "it's been sorted", "went
# away by itself", "hat sich von selbst erledigt", "heeft zich vanzelf opgelost", "løste seg av
# seg selv"; or put off ("maybe something for later"). Not a wish word alone ("she wishes to
# speak to someone today", "auf Wunsch der Kundin", "op haar wens", "et forslag") nor a polite
# request ("zou fijn zijn als", "hadde vært fint om"), nor a fix asked for ("get it back to
# normal asap").
_OWN_TEXT_SETTLED = re.compile(
    r"\b(already (been )?(fixed|resolved|sorted|solved|handled|dealt with)|"
    r"(fixed|resolved|sorted|solved|handled|dealt with) (it |that |this )?already|"
    r"(we|i|they)('ve| have| had)? (fixed|resolved|sorted|solved)|"
    r"(has|have|had|it's|that's) been (fixed|resolved|sorted|solved|handled|dealt with)|"
    r"(is|was|are|were|it's|that's) (now )?(fixed|resolved|sorted|solved)|"
    r"works again|working again|(is|are|was|it's|that's|everything's) (now )?back to normal|"
    r"all (good|fine|ok|okay) (again|now)|went away|(fixed|sorted|resolved) itself|"
    r"nice to have|for later|feature request|"
    r"(schon|bereits|inzwischen|mittlerweile) (behoben|gelöst|erledigt|repariert|gefixt)|"
    r"(ist|sind|wurde|wurden|haben wir|habe ich|hab ich)( \w+){0,3} "
    r"(behoben|gelöst|erledigt|repariert|gefixt)|"
    r"(wir|ich) (haben|habe|hab)( \w+){0,3} (behoben|gelöst|repariert|gefixt)|"
    r"hat sich( \w+){0,3} (erledigt|gelöst|gegeben)|"
    r"(funktioniert|geht|läuft) (jetzt |inzwischen )?wieder|"
    r"später mal|für später|"
    r"(al|inmiddels|intussen|ondertussen) (opgelost|verholpen|gefikst|gerepareerd|geregeld)|"
    r"(is|zijn|werd|hebben we|heb ik)( \w+){0,3} (opgelost|verholpen|gefikst|gerepareerd)|"
    r"(we|ik) (hebben|heb)( \w+){0,3} (opgelost|verholpen|gefikst|gerepareerd)|"
    r"heeft zich( \w+){0,2} opgelost|vanzelf (opgelost|over|weg)|"
    r"(werkt|doet het) (nu |inmiddels )?weer|later eens|voor later|"
    r"(allerede|nå) (fikset|løst|rettet|ordnet|reparert)|"
    r"(er|ble|har vi|har jeg)( \w+){0,3} (fikset|løst|rettet|ordnet|reparert)|"
    r"(vi|jeg) har( \w+){0,3} (fikset|løst|rettet|ordnet|reparert)|"
    r"(løste|ordnet) seg|har (løst|ordnet) seg|gikk over av seg selv|"
    r"(virker|fungerer) (nå )?igjen|(noe|kanskje) (for |til )?senere)\b",
    re.IGNORECASE,
)
# A negation ("not fixed yet", "niemand hat das behoben"), a question put indirectly ("no idea
# whether it is fixed", "ob das schon behoben ist", "of het al opgelost is", "om det er
# fikset") or a time still to come ("until it is fixed", "bis es behoben ist", "tot het
# opgelost is", "før det er fikset") in the clause of "fixed" undoes it.
_OWN_TEXT_NEGATION = re.compile(
    r"\b(not|never|nothing|nobody|nicht|nie|nichts|niemand|niet|nooit|niets|niks|ikke|aldri|"
    r"ingen|ingenting|if|whether|ob|falls|(of|als) (het|dat|dit|alles)|(om|hvis) (det|den|alt)|"
    r"until|till|before|bis|bevor|tot|totdat|voordat|inntil|før)\b|n't\b",
    re.IGNORECASE,
)
# So does a fix waited on or asked for before it: "as soon as it is fixed", "once it is
# resolved", "sobald es behoben ist", "zodra het is opgelost", "når det er fikset", "call me when
# it works again", "please get it back to normal", "sørg for at kassen virker igjen i dag" (not
# "we fixed it when we restarted the server").
_OWN_TEXT_PENDING = re.compile(
    r"\b(once|when|whenever|as soon as|sobald|wenn|wann|zodra|wanneer|zo gauw|når|så snart|"
    r"please|make sure|need|needs|must|should|bitte|sorgt|sorge|muss|müssen|sollte|graag|zorg|"
    r"moet|moeten|sørg|må|bør)\b",
    re.IGNORECASE,
)


def _clause_settles(clause: str) -> bool:
    """The clause says the complaint is done or put off, not denied, asked or waited for."""
    settled = _OWN_TEXT_SETTLED.search(clause)
    if not settled or _OWN_TEXT_NEGATION.search(clause):
        return False
    return not _OWN_TEXT_PENDING.search(clause, 0, settled.start())


# "We fixed it last week, but it is down again", "immer noch", "nog steeds", "fortsatt": the
# complaint is not over, whatever was fixed before; nor is the new one beside another issue's
# fix ("we resolved the DNS thing, this is something else", "dit is iets anders", "dette er noe
# nytt").
_OWN_TEXT_GOES_ON = re.compile(
    r"\b(still|again|keeps|wieder|erneut|immer noch|noch immer|weiterhin|alweer|opnieuw|"
    r"nog steeds|nog altijd|weer (kapot|stuk|plat|down|mis|fout|niet)|igjen|fortsatt|fremdeles|"
    r"på nytt|something (else|new|different)|a (different|new|separate) (issue|problem)|"
    r"unrelated|etwas (anderes|neues)|was (anderes|neues)|ein (anderes|neues) problem|"
    r"(das|dies) (hier )?ist neu|iets (anders|nieuws)|een (ander|nieuw) probleem|"
    r"dit is (nieuw|anders)|noe (annet|nytt)|et (annet|nytt) problem|dette er nytt)\b",
    re.IGNORECASE,
)
_OWN_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_OWN_CLAUSE = re.compile(r"[,;:]|\b(?:but|aber|doch|maar|men)\b", re.IGNORECASE)


def own_text_settles(body: str) -> bool:
    """The forwarder's own text says the complaint is done, put off, or no hurry."""
    calm = False
    for sentence in _OWN_SENTENCE.findall(body):
        if sentence.rstrip().endswith("?"):
            continue  # "Is this fixed already?" asks
        for clause in _OWN_CLAUSE.split(sentence):
            if _clause_calm(clause, sentence) or _clause_settles(clause):
                calm = True
    if not calm:
        return False
    # what is said over ("works again", "funktioniert wieder") is no sign the problem goes on
    rest = _OWN_TEXT_SETTLED.sub(" ", _OWN_TEXT_CALM.sub(" ", body))
    return not _OWN_TEXT_GOES_ON.search(rest)
