"""Written forms of one word, read as one: a message's words and the rules' words alike.

The rule files spell a word once. Customers do not:

- English contractions typed without the apostrophe, as phones, hurried writers and the
  speech recogniser do ("the site wont load", "customers cant pay", "its just her"). The
  negation words listed some of them; the phrases ("won't load") did not match them.
- Norwegian written in Nynorsk, the written standard of about one Norwegian in eight and the
  everyday spelling of many more ("nettsida verkar ikkje for nokon, berre kvit side"). The
  rules are written in Bokmål; a Nynorsk word is read as its Bokmål form.
- German "nich" for "nicht", as many write it in a hurry.

Only forms that are no word of another of our languages are listed: "ein", "eg", "me", "no",
"kor", "kassa" and "ned" stay as they are. The diacritics a keyboard lacks are another
matter, handled where the rules are compiled (`rules._spellings`).
"""

from __future__ import annotations

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
}

_GERMAN = {
    "nich": "nicht",
}

SAME_WORD: dict[str, str] = {**_CONTRACTIONS, **_NYNORSK, **_GERMAN}


def canonical(word: str) -> str:
    """The one form of a lower-cased word that the rules are matched in."""
    return SAME_WORD.get(word, word)
