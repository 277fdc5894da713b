"""Written forms of one word, read as one: a message's words and the rules' words alike.

The rule files spell a word once. Customers do not:

- English contractions typed without the apostrophe, as phones, hurried writers and the
  speech recogniser do ("the site wont load", "customers cant pay", "its just her"). The
  negation words listed some of them; the phrases ("won't load") did not match them.
- Norwegian written in Nynorsk, the written standard of about one Norwegian in eight and the
  everyday spelling of many more ("nettsida verkar ikkje for nokon, berre kvit side"). The
  rules are written in Bokmål; a Nynorsk word is read as its Bokmål form.
- German "nich" for "nicht", as many write it in a hurry, and "nix" for "nichts", as it is
  said and typed on a phone ("bei der Bestellung passiert nix", "geht gar nix mehr").
- Norwegian "krasher", "krashet" for "krasjer", "krasjet", as autocorrect writes them.

Only forms that are no word of another of our languages are listed: "ein", "eg", "me", "no",
"kor", "kassa" and "ned" stay as they are. The diacritics a keyboard lacks are another
matter, handled where the rules are compiled (`rules._spellings`).
"""

from __future__ import annotations

import re

_CONTRACTIONS = {
    "cant": "can't",
    "wont": "won't",
    "isnt": "isn't",
    "arent": "aren't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "hadnt": "hadn't",
    "couldnt": "couldn't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "aint": "isn't",
    "ain't": "isn't",
    # "its down", "its just me": far more often "it's" than the possessive in a report, and
    # no phrase of the rules needs the possessive
    "its": "it's",
    "thats": "that's",
    "theres": "there's",
    "whats": "what's",
    # chat spellings of whole words
    "no1": "nobody",
    "noone": "nobody",
    "ppl": "people",
}

# Nynorsk -> Bokmål, for words whose Nynorsk form differs (and is no word of English, Dutch
# or German).
_NYNORSK = {
    "ikkje": "ikke",
    "nokon": "noen",
    "nokre": "noen",
    "noko": "noe",
    "inkje": "ingenting",
    "berre": "bare",
    "kvit": "hvit",
    "heile": "hele",
    "heilt": "helt",
    "einaste": "eneste",
    "virkar": "virker",
    "verkar": "virker",
    "fungerar": "fungerer",
    "lastar": "laster",
    "opnar": "åpner",
    "opne": "åpne",
    "gjekk": "gikk",
    "fekk": "fikk",
    "låg": "lå",
    "vart": "ble",
    "blei": "ble",
    "vorte": "blitt",
    "vore": "vært",
    "vere": "være",
    "kjem": "kommer",
    "gjer": "gjør",
    "sjå": "se",
    "mykje": "mye",
    "frå": "fra",
    "korleis": "hvordan",
    "kvifor": "hvorfor",
    "kva": "hva",
    "saman": "sammen",
    "heime": "hjemme",
    "sjølv": "selv",
    "eigar": "eier",
    "kundane": "kundene",
    "kundar": "kunder",
    "brukarane": "brukerne",
    "brukarar": "brukere",
    "medlemane": "medlemmene",
    "medlemar": "medlemmer",
    "tenaren": "serveren",
    "tenar": "server",
    "nettstaden": "nettstedet",
    "heimesida": "hjemmesiden",
    "heimeside": "hjemmeside",
    "feilmeldinga": "feilmeldingen",
    "betalinga": "betalingen",
    "innlogginga": "innloggingen",
    "handlekorga": "handlekurven",
    "handlekorg": "handlekurv",
    "bestillingane": "bestillingene",
    "bestillingar": "bestillinger",
    "ordrane": "ordrene",
    "ordrar": "ordrer",
    "morgon": "morgen",
    "laurdag": "lørdag",
    "sundag": "søndag",
    "måndag": "mandag",
    "tysdag": "tirsdag",
    "veke": "uke",
    "veka": "uken",
    # the a-ending past participle of Nynorsk and many dialects: "ingen får logga inn"
    "logga": "logget",
    # "ingen betalingsmåtar fungerer", "ingen av betalingsmåtane verkar" (batch54)
    "betalingsmåtar": "betalingsmåter",
    "betalingsmåtane": "betalingsmåtene",
    "betalingsmetodar": "betalingsmetoder",
    "betalingsmetodane": "betalingsmetodene",
    "betalingsløysing": "betalingsløsning",
    "betalingsløysinga": "betalingsløsningen",
    "betalingsløysingar": "betalingsløsninger",
    "betalingsløysingane": "betalingsløsningene",
}

_GERMAN = {
    "nich": "nicht",
    "nix": "nichts",
}

# Norwegian written with the English "sh" for "sj", as phones' autocorrect and many writers
# spell the loan word ("appen krasher for alle", "nettsiden har krashet"): the rules spell
# "krasjer", "krasjet".
_NORWEGIAN = {
    "krasher": "krasjer",
    "krashet": "krasjet",
    "krasha": "krasjet",
    "krashe": "krasje",
    "krashen": "krasjen",
    "krash": "krasj",
}

SAME_WORD: dict[str, str] = {**_CONTRACTIONS, **_NYNORSK, **_GERMAN, **_NORWEGIAN}


def canonical(word: str) -> str:
    """The one form of a lower-cased word that the rules are matched in."""
    return SAME_WORD.get(word, word)


# "Customers haven't been able to pay since this morning", "nobody's been able to log in":
# the perfect of "can" is how English says a failure that still goes on, and the rules spell
# it "can't pay", "nobody can log in". Read as those (the past perfect as "couldn't"), the
# rules need no second set of phrases for it. "Have never been able to" stays: a lack of long
# standing ("we have never been able to show prices with VAT") is no failure that began.
_HAVE = frozenset(["have", "has", "had"])
_HAVE_NOT = frozenset(["haven't", "hasn't", "hadn't"])
_CLITICS = ("'ve", "'s", "'d")  # "we've", "nobody's", "they'd" (had)
_ABLE = frozenset(["able", "unable"])


def able_to_as_can(words: list[str]) -> list[str]:
    """`words` (lower-cased tokens) with "has/have/had (not) been (un)able to" as "can",
    "can't", "could" or "couldn't"; a "been able to" without its "have" stays as it is."""
    out: list[str] = []
    i, n = 0, len(words)
    while i < n:
        word = words[i]
        if word != "been" or i + 2 >= n or words[i + 2] != "to" or words[i + 1] not in _ABLE:
            out.append(word)
            i += 1
            continue
        negated = words[i + 1] == "unable"
        k = len(out) - 1
        if k >= 0 and out[k] == "not":
            negated = True
            k -= 1
        have = out[k] if k >= 0 else ""
        if have in _HAVE or have in _HAVE_NOT:
            negated = negated or have in _HAVE_NOT
            past = have.startswith("had")
            del out[k:]
        else:
            clitic = next((c for c in _CLITICS if have.endswith(c) and len(have) > len(c)), None)
            if clitic is None:
                out.append(word)
                i += 1
                continue
            past = clitic == "'d"
            out[k] = have[: -len(clitic)]
            del out[k + 1 :]
        out.append(("couldn't" if past else "can't") if negated else ("could" if past else "can"))
        i += 3
    return out


# "Our website's just a blank white page", "the shop's not loading for anyone": the "'s" of
# "is" after the site, the shop or the app, which the rules spell "website is ..." (or find
# the noun alone: "website" ... "blank page"). Read as "is" only before the words that follow
# an "is" and no possessive ("the site's contact page" stays one word, as a possessive), nor
# the "'s" of "has" ("the website's gone really slow", "the site's been down": not "gone",
# "been"), nor before the words of a site that works ("the rest of the site's fine" is said
# of the rest, and stays as it was).
_SITE_IS = frozenset(
    f"{noun}'s"
    for noun in (
        "site", "website", "webshop", "shop", "store", "homepage", "app", "portal", "server",
        "checkout", "platform",
    )
)  # fmt: skip
_AFTER_IS = frozenset(
    [
        "just", "not", "down", "completely", "totally", "entirely", "still", "now", "only",
        "a", "an", "all", "back", "dead", "offline", "unreachable", "showing", "loading",
        "giving", "throwing", "returning", "currently", "again", "no", "never", "being",
        "suddenly", "really", "very", "so", "extremely", "also",
        "broken", "crashed", "unusable", "inaccessible", "unavailable", "literally",
    ]
)  # fmt: skip


def site_is(words: list[str]) -> list[str]:
    """`words` (lower-cased tokens) with "website's just ..." as "website is just ..."."""
    if _SITE_IS.isdisjoint(words):
        return words
    out: list[str] = []
    last = len(words) - 1
    for i, word in enumerate(words):
        if word in _SITE_IS and i < last and words[i + 1] in _AFTER_IS:
            out.append(word[:-2])
            out.append("is")
        else:
            out.append(word)
    return out


# The same in the text, for the regex rules, which read the text rather than its words.
_BEEN_ABLE = re.compile(
    r"\b(?:(?P<have>have|has|had)(?P<neg>n['’]t| not)?|"
    r"(?P<who>\w+)['’](?P<clitic>ve|s|d)(?P<neg2> not)?) been (?P<un>un)?able to\b",
    re.IGNORECASE,
)


def _as_can(m: re.Match[str]) -> str:
    negated = bool(m.group("neg") or m.group("neg2") or m.group("un"))
    have = (m.group("have") or "").lower()
    past = have == "had" or (m.group("clitic") or "").lower() == "d"
    can = ("couldn't" if past else "can't") if negated else ("could" if past else "can")
    return f"{m.group('who')} {can}" if m.group("who") else can


def able_to_as_can_text(text: str) -> str:
    """`text` with "has/have (not) been (un)able to" read as `able_to_as_can` reads it."""
    return _BEEN_ABLE.sub(_as_can, text) if "been" in text else text
