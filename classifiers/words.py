"""The words of a text as the rules read them (`_tokens`), and the language it is written in."""

from __future__ import annotations

import re
from collections.abc import Iterator

from classifiers.cues import _QUOTE_CHARS
from classifiers.model import FiredRule
from classifiers.rules import RuleSet
from classifiers.scan import BOUNDARY, SOFT
from classifiers.sentences import ADDRESS_ENDINGS
from classifiers.spelling import SAME_WORD as same_word
from classifiers.spelling import able_to_as_can, site_is

_RESPELT = frozenset(same_word)  # checked once per text, in C, before any word is looked up
_TOKEN = re.compile(r"[\w]+(?:['’][\w]+)*|[.!?;:,()]|\n[ \t]*\n")
_MARK_INSIDE_QUOTE = re.compile(
    r"[.!?]+(?=[" + re.escape("".join(_QUOTE_CHARS)) + r"]+\)?[ \t]*[a-zæøåäöüéß,(])"
)

# Words frequent in one of our languages and rare in the others (language guess only).
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "is",
            "are",
            "not",
            "we",
            "our",
            "you",
            "your",
            "it",
            "this",
            "that",
            "can",
            "with",
            "have",
            "has",
            "please",
            "from",
            "since",
            "when",
            "does",
            "doesn't",
            "isn't",
            "can't",
            "cannot",
            "there",
            "they",
            "of",
            "to",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "niet",
            "wij",
            "we",
            "onze",
            "jullie",
            "kunnen",
            "graag",
            "sinds",
            "geen",
            "wordt",
            "worden",
            "bij",
            "zijn",
            "ook",
            "nog",
            "dat",
            "deze",
            "mijn",
            "kan",
            "meer",
            "lukt",
            "goed",
            "hoi",
            "bedankt",
            "groet",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "das",
            "und",
            "ist",
            "nicht",
            "wir",
            "unsere",
            "ihr",
            "können",
            "bitte",
            "seit",
            "kein",
            "keine",
            "wird",
            "werden",
            "auch",
            "noch",
            "dass",
            "diese",
            "mein",
            "kann",
            "mehr",
            "geht",
            "eine",
            "einen",
            "sich",
            "grüße",
            "hallo",
        ]
    ),
    "no": frozenset(
        [
            "og",
            "er",
            "ikke",
            "vi",
            "våre",
            "dere",
            "kan",
            "vennligst",
            "siden",
            "ingen",
            "blir",
            "det",
            "jeg",
            "ble",
            "har",
            "fra",
            "på",
            "også",
            "fortsatt",
            "denne",
            "min",
            "mer",
            "får",
            "hei",
            "hilsen",
            "takk",
            "nettsiden",
            "en",
            "noe",
        ]
    ),
}


_ABBREVIATIONS = frozenset(
    ["ca", "approx", "bzw", "inkl", "incl", "evt", "etc", "vgl", "ggf", "usw", "nr", "tel", "dvs",
     "mvh", "bl", "ev", "resp", "eg", "ie", "ong", "jf", "mind", "max", "min", "st", "str", "kl",
     "enz", "osv", "bijv", "bv", "evtl", "eks", "mfl", "sog"]
)  # fmt: skip


# "gives a 404. The Norwegian version ...": a number's dot before a capital ends the sentence,
# unless the number is a date or an ordinal: a month follows ("3. Oktober", "12. Mai"), or,
# for a number of one or two digits, a word that takes an ordinal stands before it ("am 12.
# Juni", "im 2. Stock", "zum 1. Mal", "den 3. Desember").
_NUMBER_DOT = re.compile(r"(\d+)\.(?=[ \t]+[A-ZÆØÅÄÖÜ])")
_MONTH_AFTER = re.compile(
    r"[ \t]+(jan|feb|mar|mär|apr|may|mai|mei|jun|jul|aug|sep|oct|okt|nov|dec|dez|des)",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
_ORDINAL_BEFORE = frozenset(
    ["am", "im", "vom", "zum", "zur", "beim", "ab", "bis", "seit", "dem", "den", "der",
     "die", "das", "des", "ein", "eine", "einem", "einen", "jeden", "jede", "jeder", "ihr",
     "ihre", "sein", "seine", "unser", "unsere", "the", "de", "het", "op", "tot", "til", "fra",
     "på", "innen", "etter", "før", "per", "vor", "nach", "on", "from", "until"]
)  # fmt: skip


# What _NUMBER_DOT matches, found from its dot: a search that starts with a literal is
# quick, where a search that starts with \d is tried at every character of the text.
_DOT_BEFORE_CAPITAL = re.compile(r"\.(?=[ \t]+[A-ZÆØÅÄÖÜ])")


def _numbers_before_dots(text: str) -> Iterator[tuple[int, int]]:
    """(start, dot) of each match of _NUMBER_DOT in `text`: the digits `text[start:dot]`."""
    for m in _DOT_BEFORE_CAPITAL.finditer(text):
        dot = start = m.start()
        while start > 0 and text[start - 1].isdecimal():
            start -= 1
        if start < dot:
            yield start, dot


def _end_numbers(text: str) -> str:
    """`text` with the dot after a number that ends a sentence made a "!"."""
    cut: list[int] = []
    for start, dot in _numbers_before_dots(text):
        if _MONTH_AFTER.match(text, dot + 1):
            continue  # a date: "3. Oktober"
        if dot - start <= 2:
            before = _WORD_BEFORE.search(text, max(0, start - 16), start)
            if before is not None and before.group(1).lower() in _ORDINAL_BEFORE:
                continue  # an ordinal: "am 12.", "im 2. Stock"
        cut.append(dot)
    if not cut:
        return text
    chars = list(text)
    for dot in cut:
        chars[dot] = "!"
    return "".join(chars)


def _dotted(raw: list[str], i: int) -> bool:
    """Whether the dot `raw[i]` after a single letter is inside or at the end of a dotted
    abbreviation ("e.g.", "z.B.", "f.eks.", "o.a.", "bl.a."), not "plan B." ending a sentence."""
    if i + 2 < len(raw) and raw[i + 2] == "." and len(raw[i + 1]) <= 3 and raw[i + 1].isalpha():
        return True
    return i >= 2 and raw[i - 2] == "."


# Norwegian "siden" is "the site" and "since": before a time ("siden i morges", "siden kl. 8",
# "siden mandag", "siden oppdateringen") it is "since", and becomes the Nynorsk "sidan" so the
# site words of the rules do not take it for the site.
_SINCE_NEXT = re.compile(
    r"(?:kl|klokka|klokken|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|da|sist|"
    r"forrige|helgen|starten|oppdateringen|igår|\d+)$"
)

_SINCE_TIME = frozenset(
    ["går", "dag", "morges", "natt", "kveld", "helgen", "formiddag", "ettermiddag", "forgårs",
     "forrige", "fjor", "uke", "sommer", "vinter", "jul", "påske"]
)  # fmt: skip


def _since(raw: list[str], i: int) -> bool:
    """`raw[i]` ("siden") says "since": a time follows ("i morges", "kl", "mandag")."""
    nxt = raw[i + 1] if i + 1 < len(raw) else ""
    if nxt == "i":
        return i + 2 < len(raw) and raw[i + 2] in _SINCE_TIME
    return _SINCE_NEXT.match(nxt) is not None


# A web address spoken on a voicemail ("bol punt com", "shop dot co", "example Punkt de",
# "nettbutikk punktum no"): one word, the address, so it does not stretch a phrase's gap.
_SPOKEN_DOT = frozenset(["punt", "dot", "punkt", "punktum"])
_SPOKEN_TLD = frozenset(
    ["com", "nl", "de", "no", "net", "org", "io", "eu", "be", "at", "ch", "co", "uk", "shop"]
)


# A web address written out as an aside ("The normal website, example.org, opens fine"; "Der
# echte Shop unter www.example.de läuft"; "Live (example.de) ist nicht betroffen"): set off by
# commas or parentheses or after a preposition of place, its dots end no sentence. They part
# its words as a comma does (a clause, not the sentence), so the near rules that look across
# commas see the sentence it stands in, while the words of the address ("staging.example.com")
# stay words. So does an address in quotes ('ein Skript von einer Adresse "cdn-stat.com"
# geladen, das ...'). So does an address after a verb of answering ("etter flyttingen svarer
# portal.example.no med 404 på alle sider", "seitdem liefert shop.example.de nur 503"): the
# verb-second languages put the subject there, and its dots ended the sentence between the
# portal and its error. An address that opens the sentence as its subject ("The public website
# example.eu is working, only app.example.eu is the problem") keeps its old reading.
# Its ending, "." and a top-level domain in lower case: one pattern for the rewrite below and
# the cheap test before it, so the two cannot drift apart.
_ADDRESS_TLD = rf"\.(?-i:{ADDRESS_ENDINGS})"
_WRITTEN_ADDRESS = re.compile(
    r"(?P<before>, |\(|[\"“„«]|\b(?:unter|under|op|på|auf|at|on|"
    r"svarer|answers|responds|returns|antwortet|liefert|antwoordt|geeft|gir|zeigt|toont|viser) )"
    r"(?P<address>(?:www\.)?[\w-]+(?:\.[\w-]+)*" + _ADDRESS_TLD + r")\b(?![.\w-]*\w)",
    re.IGNORECASE,
)


# So does an address that a preposition or an "instead" follows: the sentence goes on after it
# ("Beim Bezahlen steht plötzlich secure-pay-checkout.com in der Adresszeile statt Stripe", "staat
# er ineens secure-pay-checkout.com in de adresbalk", "står det secure-pay-checkout.com i
# adressefeltet i stedet for Stripe"), so its dots are no sentence's end there either. (An
# address before a verb, "The public website example.eu is working", keeps its reading.)
_ADDRESS_GOES_ON = re.compile(
    r"(?P<before>(?<![\w.-]))"
    r"(?P<address>(?:www\.)?[\w-]+(?:\.[\w-]+)*" + _ADDRESS_TLD + r")\b(?![.\w-]*\w)"
    r"(?=[ \t]+(?:in|im|i|op|on|auf|på|at|bei|hos|bij|instead|statt|anstatt|anstelle|rather|"
    r"ipv|istedenfor|istedet)\b)",
    re.IGNORECASE,
)


# What every match of _WRITTEN_ADDRESS ends with. Scanning for it first costs 0.01 ms on a
# 5 KB mail; the substitution's scan, which tries its alternation at every comma and word,
# 0.44 ms, and most mail holds no written address at all.
_ADDRESS_ENDING = re.compile(_ADDRESS_TLD + r"\b", re.IGNORECASE)


# A store or site named by its top-level domain alone ("the German one (.de) works", "our .at
# shop"): the word it names, not a sentence's end before it.
_BARE_TLD = re.compile(rf"(?<=[\s(])\.(?=(?-i:{ADDRESS_ENDINGS})\b)")


# The dot inside a file or host name written without spaces ("checkout.js", "index.php",
# "cdn-analytics-js.top"): a comma's break inside the sentence, as a written address's dots
# are (`_join_address`), not the sentence's end. Lower case only: "down.Nobody" stays an end.
# An address on one of `_ADDRESS_TLD`'s endings is left to the address rules above.
_NAME_DOT = re.compile(
    rf"(?<=[a-z0-9_-][a-z0-9_-])\.(?!(?:{ADDRESS_ENDINGS})\b)"
    r"(?=[a-z]{2,5}\b)"
)


# The ending of a Norwegian address ("alle sider på bilutleie.no viser bare «Feil ved
# oppretting av databasetilkobling»", "example.no gives only a 503"): the word "no" after the
# address's dot (or the comma `_join_address` made of it) is the English negation to the
# phrase scan, and it cancelled every match in the three words after the address. Read as a
# word of its own that negates nothing. Lower case and right after a word, as addresses are
# written (the dot stays what it was, an end or a comma's break), and not before "one":
# "down. No one can pay" and a phone's "down.no one can pay" keep their "no".
# `(?![.-]*\w)`: no word further on in the same dotted name ("x.no.example"); the same test
# as `(?![.\w-]*\w)`, which rescanned the rest of every dotted run (".no.no.no...": quadratic)
_NO_ENDING = re.compile(r"(?<=[a-z0-9-])(?P<dot>[.,])(?-i:no)\b(?![.-]*\w)(?!\s+one\b)")
_NO_ENDING_WORD = r"\g<dot>tld_no"


def _join_address(m: re.Match[str]) -> str:
    return m.group("before") + m.group("address").replace(".", ",")


# "står prisen som 0,00 kr", "1,5 Sekunden": a decimal comma (digits on both sides, no space) is
# no clause end; read as the decimal point it stands for (a "." after a digit ends nothing).
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    append = out.append  # about 1,000 words in a 5 KB mail
    joined = -1  # the index in `raw` of a spoken address's ending, already taken
    if ". " in text:
        text = _end_numbers(text)
    if "," in text:
        text = _DECIMAL_COMMA.sub(".", text)
    if "." in text and _ADDRESS_ENDING.search(text):
        text = _WRITTEN_ADDRESS.sub(_join_address, text)
        text = _ADDRESS_GOES_ON.sub(_join_address, text)
        if " ." in text or "(." in text:
            text = _BARE_TLD.sub("", text)
    if "no" in text:
        text = _NO_ENDING.sub(_NO_ENDING_WORD, text)
    if "." in text:
        text = _NAME_DOT.sub(",", text)
    if any(q in text for q in _QUOTE_CHARS):
        text = _MARK_INSIDE_QUOTE.sub("", text)
    lowered = text.lower()
    if "’" in lowered:
        # once for the text rather than once per word: _TOKEN treats both apostrophes alike
        lowered = lowered.replace("’", "'")
    raw = _TOKEN.findall(lowered)
    if not _RESPELT.isdisjoint(raw):  # "wont", "ikkje": as the rules spell them
        raw = [same_word.get(tok, tok) for tok in raw]
    if "'s" in lowered:  # "the website's just a blank page": "website is just ..."
        raw = site_is(raw)
    if "been" in raw:  # "haven't been able to pay": "can't pay"
        raw = able_to_as_can(raw)
    for i, tok in enumerate(raw):
        if i == joined:
            continue
        if (
            tok in _SPOKEN_DOT
            and out
            and out[-1].isalnum()
            and i + 1 < len(raw)
            and raw[i + 1] in _SPOKEN_TLD
        ):
            out[-1] = f"{out[-1]}.{raw[i + 1]}"
            joined = i + 1
            continue
        if tok[0] in ".!?;:,()\n":
            if tok == "." and out and out[-1][-1:].isdigit():
                continue  # "seit dem 1. nicht mehr": an ordinal, not the end of a clause
            if tok == "." and out and out[-1] in _ABBREVIATIONS:
                continue  # "ca. 3 200 navn", "bzw.": an abbreviation, not the end of a sentence
            if tok == "." and out and len(out[-1]) == 1 and _dotted(raw, i):
                continue  # "e.g.", "z.B.", "f.eks.", "o.a.": an abbreviation
            if (
                tok == ":"
                and out
                and out[-1][-1:].isdigit()
                and i + 1 < len(raw)
                and raw[i + 1][:1].isdigit()
            ):
                continue  # "created 03:12 that none of us made": a clock time, not a clause's end
            append(SOFT if tok in ",()" else BOUNDARY)
        elif tok == "siden" and _since(raw, i):
            append("sidan")  # "siden i morges": Norwegian "since" (Nynorsk "sidan"), not "the site"
        else:
            append(tok)
    return out


_STOPWORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in _words:
        _STOPWORD_LANGS[_w] = (*_STOPWORD_LANGS.get(_w, ()), _lang)


def guess_language(tokens: list[str], hint: str | None) -> str | None:
    counts = {lang: 0 for lang in _STOPWORDS}
    for tok in tokens:
        for lang in _STOPWORD_LANGS.get(tok, ()):
            counts[lang] += 1
    best = max(counts, key=lambda k: counts[k])
    ranked = sorted(counts.values(), reverse=True)
    if ranked[0] >= 2 and ranked[0] > ranked[1]:
        return best
    return hint if hint in _STOPWORDS else (best if ranked[0] > ranked[1] else hint)


_VOCABULARIES: dict[int, tuple[RuleSet, frozenset[str]]] = {}
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_LETTER = re.compile(r"[^\W\d_]")


def _english_words(rs: RuleSet) -> frozenset[str]:
    """The words of the English rules (their phrases and near groups) and English's frequent
    words: the words an English mail is read for."""
    cached = _VOCABULARIES.get(id(rs))
    if cached is None or cached[0] is not rs:
        bag = set(_STOPWORDS["en"])
        for rule in rs.rules:
            if rule.language == "en":
                for phrase in (*rule.phrases, *(p for group in rule.near for p in group)):
                    bag.update(_WORD.findall(phrase.lower()))
        cached = (rs, frozenset(bag))
        _VOCABULARIES[id(rs)] = cached
    return cached[1]


def _english_words_read_otherwise(rs: RuleSet, fired: FiredRule, language: str) -> bool:
    """In an English mail, a Dutch, German or Norwegian critical match made only of English
    words (not numbers): English words read by another language's meaning, and whether
    English words tell an outage or a breach the English rules decide. (Not the other way
    round: a Dutch, German or Norwegian writer borrows English words, "hacked", and means
    them; and a lesser match stays: "Gateway Timeout" is slow in every language.)"""
    if (
        language != "en"
        or fired.level != "critical"
        or fired.id.split(".", 1)[0] not in ("nl", "de", "no")
    ):
        return False
    words = _WORD.findall(fired.matched.lower())
    return (
        bool(words) and all(_LETTER.search(w) for w in words) and set(words) <= _english_words(rs)
    )
