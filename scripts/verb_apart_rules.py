# ruff: noqa  (a generator of regex text: its long lines are the patterns)
"""The verb-apart regexes of the rule files (de/nl/no/en `*_verb_apart` rules), built from word lists.

German, Dutch and Norwegian put words between the finite verb and its negation ("Die Kasse
funktioniert seit heute nicht mehr") and the verb before its subject after a fronted word
("Leider funktioniert der Checkout nicht"). The rules that read this are regexes too long to
edit by hand; this script builds them from the word lists below and writes them, with their
comments and triggers (verb_apart_meta.json), into classifiers/rules/*.toml.

    .venv/bin/python scripts/verb_apart_rules.py          # rewrite the rule files' blocks
    .venv/bin/python scripts/verb_apart_rules.py --check  # exit 1 if they differ from the lists

Edit the word lists here, run it, and review the rule files' diff like any rule change.
Every pattern starts at a word that is rare enough to be skipped fast: a determiner, a noun
or the finite verb, each first tested by a one-letter lookahead (Python's re has no literal
acceleration for a pattern that starts with an alternation or an assertion); the fronted
word before the inverted verb is a set of fixed-width lookbehinds, and a fronted "seit ..."
of several words a pattern of its own that starts with that literal.
"""

import json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "classifiers" / "rules"


def alt(xs):
    xs = sorted(set(xs), key=lambda s: (-len(s), s))
    return "(?:" + "|".join(x.replace(" ", r"\s+") for x in xs) + ")"


def firsts(xs):
    cs = sorted({x[0] for x in xs})
    return "(?=[" + "".join(cs) + "])"


def behind_any(words):  # preceded by one of these words (fixed-width lookbehinds)
    return (
        "(?:"
        + "|".join(rf"(?<=\b{w.replace(' ', chr(92) + 's')}\s)" for w in sorted(set(words)))
        + ")"
    )


def nb(words, conj=()):  # not preceded by any of these words, nor by "X and" (a coordinated noun)
    return "".join(rf"(?<!\b{w} )" for w in words) + "".join(rf"(?<!\w {c} )" for c in conj)


def clause_start(conj):
    return (
        '(?:^|(?<=[.!?;:,\\n(„"“–])|(?<=[.!?;:,\\n(„"“–]\\s)|'
        + "|".join(rf"(?<=\b{c}\s)" for c in conj)
        + ")"
    )


def word_run(stop, lo, hi):
    return rf"(?:\s+(?!{stop}\b)[\w.:-]+){{{lo},{hi}}}"


Q = r"(?![^.!?\n]*\?)"  # not in a question


class Lang:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.unit = "(?:" + alt(self.units)[3:-1] + "|" + self.unit_var + ")"
        self.mid = rf"(?:{self.unit}\s+){{0,3}}"
        self.pre = rf"(?:{alt(self.pre_words)}\s+){{0,2}}"
        self.after = (
            r"(?!\s+(?:" + self.more + r"\s+)?" + alt(self.after_words) + r"\b)" + self.after_extra
        )


def family(g, nouns, nodet, verbs, local="", perfect=None, own=None):
    """Two patterns: the subject before the verb, and the verb before it (after a fronted word)."""
    verb = alt(verbs)
    tail = rf"\s+{g.mid}{g.neg}\b{g.after}"
    if g.dets:  # German, Dutch: a determiner before the noun
        det = alt(g.dets)
        subj = rf"{det}\s+(?:{alt(g.adjs)}\s+)?{alt(nouns)}"
        dets = g.dets
        if own:  # a noun with its own determiners ("unsere Seite", not "die Seite")
            subj = rf"(?:{subj}|{alt(own[0])}\s+{own[1]})"
            dets = g.dets + own[0]
            det = alt(dets)
        vs = alt(verbs + g.verb_phrases)
        bare = nouns + (nodet or [])
        # "Die Kasse funktioniert seit heute nicht"; without a determiner at the clause's start:
        # "PayPal funktioniert leider nicht"
        first = (
            rf"(?:{firsts(dets)}(?={det}\s){nb(g.preps, g.conj_excl)}\b{subj}"
            rf"|{firsts(bare)}(?<![\w-])(?={alt(bare)}\b){clause_start(g.clause_conj)}{alt(bare)})"
        )
        pats = [first + rf"{local}\s+{vs}{tail}"]
        subj_inv = rf"(?:{subj}" + (rf"|{alt(nodet)}" if nodet else "") + ")" + local
        inv = rf"(?:{verb}\s+{g.pre}{subj_inv}"
        vv = verbs
        if g.split_verb:  # "doet de webshop het niet"
            inv += rf"|{alt(g.split_verb)}\s+{g.pre}{subj_inv}\s+het"
            vv = verbs + g.split_verb
        inv += ")"
    else:  # Norwegian: the definite noun, "ikke" before or after it, and the perfect
        subj = (
            rf"(?:(?:hele\s+)?{alt(nouns)}(?:\s+(?:vår|vårt|våre|min|mitt|mine|deres))?"
            + (rf"|(?:vår|vårt|min|mitt)\s+{alt(nodet)}" if nodet else "")
            + ")"
            + local
        )
        heads = nouns + ["hele", "vår", "vårt", "min", "mitt"]
        start = firsts(heads) + rf"(?<![\w-])(?={alt(heads)}\b)" + clause_start(g.clause_conj)
        part = alt(perfect)
        # after "har" its participle: "har ikke fungert"
        perf = rf"(?(h)\s+(?:{g.unit}\s+)?{part})\b{g.after}"
        pats = [start + rf"{subj}\s+(?:{verb}|(?P<h>har))\s+{g.mid}{g.neg}" + perf]
        # "virker ikke nettsiden", "virker nettsiden ikke", "har ikke kassen fungert"
        inv = rf"(?:{verb}|(?P<h>har))\s+(?P<s>{subj}\s+)?{g.mid}{g.neg}(?(s)|\s+{subj})" + perf
        vv = verbs + ["har"]
    va = firsts(vv) + r"(?<![\w-])(?=" + alt(vv) + r"\b)"
    # fronted word, verb, subject: "Leider funktioniert der Checkout nicht mehr"; a fronted
    # "seit ...", or a clause "Seit wir ... haben,"
    pats.append(
        rf"(?:{va}{behind_any(g.fronts)}|\b(?:{g.front_var})\s+|{g.sub_front}{Q})"
        + inv
        + ("" if not g.dets else tail)
    )
    return pats


L = {}

# ---------------------------------------------------------------- German
de_stop = r"(?:nicht\w*|kein\w*|nie|mit|bei|auf|i[nm]|a[nm]|für|ohne|nur|noch|über|unter|vo[nm]|zu[mr]?|per|via|wenn|mir|mich|manche\w*|einige\w*)"
de_after_time = [
    "heute",
    "heute morgen",
    "heute früh",
    "heute mittag",
    "heute nachmittag",
    "heute abend",
    "heute nacht",
    "jetzt",
    "nun",
    "momentan",
    "aktuell",
    "gerade",
    "derzeit",
    "zurzeit",
    "mittlerweile",
    "inzwischen",
    "seitdem",
    "seither",
    "plötzlich",
    "auf einmal",
    "schon wieder",
    "wieder",
    "erneut",
    "immer noch",
    "noch immer",
]
de = Lang(
    units=de_after_time
    + [
        "schon",
        "bereits",
        "schon länger",
        "seit langem",
        "seit kurzem",
        "irgendwie",
        "einfach",
        "leider",
        "bei uns",
        "auch",
        "ja",
        "doch",
        "halt",
        "komischerweise",
        "dummerweise",
        "seltsamerweise",
        "anscheinend",
        "scheinbar",
        "offenbar",
        "offensichtlich",
        "tatsächlich",
        "wirklich",
    ],
    unit_var=r"seit"
    + word_run(de_stop, 1, 4)
    + r"|nach\s+(?:dem|der|unserem|unserer|einem|einer)\s+[\w-]+",
    neg=r"(?:(?:gar|überhaupt|absolut|einfach|komplett|definitiv)\s+)?nicht(?:\s+mehr|\s+länger)?",
    more="mehr",
    after_words=[
        "nur",
        "so",
        "ganz",
        "richtig",
        "immer",
        "um",
        "wie",
        "schnell",
        "schneller",
        "besser",
        "gut",
        "sauber",
        "korrekt",
        "optimal",
        "einwandfrei",
        "zuverlässig",
        "flüssig",
        "mit",
        "bei",
        "für",
        "auf",
        "im",
        "in",
        "unter",
        "über",
        "ohne",
        "wenn",
        "falls",
        "sobald",
        "wegen",
        "von",
        "vom",
        "an",
        "am",
        "per",
        "via",
        "zu",
        "sonderlich",
        "besonders",
        "perfekt",
        "ideal",
        "rund",
        "stabil",
        "wirklich",
        "bis",
        "erst",
        "mehr so",
        "ganz so",
        "jedes mal",
        "bei allen",
        "überall",
        "alle",
        "fehlerfrei",
        "reibungslos",
        "problemlos",
        "vollständig",
        "komplett",
        "100",
        "hundertprozentig",
        "ordentlich",
    ],
    after_extra="",
    preps=[
        "an",
        "in",
        "auf",
        "bei",
        "von",
        "mit",
        "zu",
        "aus",
        "nach",
        "für",
        "über",
        "unter",
        "vor",
        "hinter",
        "neben",
        "zwischen",
        "im",
        "am",
        "beim",
        "vom",
        "zum",
        "zur",
        "durch",
        "gegen",
        "ohne",
        "um",
        "wegen",
        "per",
        "via",
        "ins",
    ],
    conj_excl=["und", "oder", "sowie"],
    clause_conj=["aber", "denn", "sondern"],
    dets=[
        "die",
        "der",
        "das",
        "unsere",
        "unser",
        "meine",
        "mein",
        "eure",
        "euer",
        "ihre",
        "ihr",
        "deine",
        "dein",
    ],
    adjs=[
        "ganze",
        "ganzer",
        "ganzes",
        "gesamte",
        "gesamter",
        "gesamtes",
        "komplette",
        "kompletter",
        "komplettes",
        "neue",
        "neuer",
        "neues",
    ],
    verb_phrases=[],
    split_verb=None,
    fronts=de_after_time
    + [
        "leider",
        "irgendwie",
        "einfach",
        "bei uns",
        "komischerweise",
        "dummerweise",
        "seltsamerweise",
        "seit kurzem",
        "leider auch",
        "heute leider",
        "jetzt leider",
        "nun leider",
        "jetzt plötzlich",
        "nun plötzlich",
        "heute plötzlich",
        "leider schon wieder",
        "jetzt auch",
        "leider immer noch",
        "leider wieder",
    ],
    pre_words=[
        "bei uns",
        "leider",
        "jetzt",
        "nun",
        "heute",
        "seit heute",
        "seit gestern",
        "auch",
        "plötzlich",
        "gerade",
        "momentan",
        "aktuell",
        "schon wieder",
        "wieder",
        "immer noch",
        "noch immer",
        "einfach",
        "irgendwie",
    ],
    front_var=r"seit"
    + word_run(de_stop, 1, 5)
    + r"|nach\s+(?:dem|der|unserem|unserer|einem|einer)\s+[\w-]+",
    sub_front=r"(?:\b(?:seit|seitdem|nachdem)\b[^.!?,;:\n]{1,80},\s*)",
)
de_verbs = [
    "funktioniert",
    "funktionieren",
    "geht",
    "gehen",
    "klappt",
    "klappen",
    "läuft",
    "laufen",
]
de_local = r"(?:\s+(?:im|in unserem|in unserer|auf unserer|auf der|unseres|des)\s+(?:shop|onlineshop|online-shop|webshop|website|webseite|seite|shops|onlineshops|webshops))?".replace(
    " ", r"\s+"
).replace(r"(?:\s+", r"(?:\s+", 1)
L["de.checkout_verb_apart"] = family(
    de,
    [
        "kasse",
        "checkout",
        "check-out",
        "bezahlvorgang",
        "bestellvorgang",
        "zahlungsvorgang",
        "kaufvorgang",
        "bezahlung",
        "zahlung",
        "zahlungen",
        "zahlungsabwicklung",
        "bezahlfunktion",
        "bestellfunktion",
        "bezahlen",
        "bestellen",
        "warenkorb",
        "bestellprozess",
        "bezahlprozess",
        "zahlungsseite",
        "bezahlseite",
        "kaufabschluss",
        "bestellabschluss",
        # "Die Lastschrift geht seit heute nicht mehr": a payment method with its article
        "lastschrift",
        "sepa-lastschrift",
        "lastschriftzahlung",
        "sepa-zahlung",
    ],
    [
        "paypal",
        "klarna",
        "kreditkartenzahlung",
        "kreditkarte",
        "sofortüberweisung",
        "giropay",
        "apple pay",
        "google pay",
        "lastschrift",
        "sepa-lastschrift",
    ],
    de_verbs,
    de_local,
)
# "Seite" alone may be one page: only "unsere Seite", "die ganze Seite"
L["de.site_verb_apart"] = family(
    de,
    [
        "website",
        "webseite",
        "web-seite",
        "homepage",
        "internetseite",
        "onlineshop",
        "online-shop",
        "webshop",
        "shop",
        "app",
    ],
    None,
    de_verbs + ["lädt"],
    "",
    None,
    (["unsere", "meine", "die ganze", "die gesamte", "die komplette", "unsere ganze"], "seite"),
)
L["de.function_verb_apart"] = family(
    de,
    [
        "login",
        "anmeldung",
        "einloggen",
        "registrierung",
        "kontaktformular",
        "formular",
        "anfrageformular",
        "buchungsformular",
        "mailversand",
        "e-mail-versand",
        "buchungssystem",
        "terminbuchung",
        "reservierung",
        "newsletter-anmeldung",
    ],
    None,
    de_verbs,
)

# ---------------------------------------------------------------- Dutch
nl_stop = r"(?:niet\w*|niks|geen|nooit|met|bij|op|in|voor|zonder|alleen|nog|van|via|als|wanneer|mij|me|sommige|enkele)"
nl_time = [
    "vandaag",
    "vanochtend",
    "vanmorgen",
    "vanmiddag",
    "vanavond",
    "vannacht",
    "nu",
    "nou",
    "momenteel",
    "op dit moment",
    "inmiddels",
    "intussen",
    "sindsdien",
    "ineens",
    "opeens",
    "plotseling",
    "plots",
    "alweer",
    "weer",
    "opnieuw",
    "sinds kort",
    "sinds gisteren",
    "sinds vandaag",
]
nl = Lang(
    units=nl_time
    + [
        "nog steeds",
        "nog altijd",
        "steeds",
        "helaas",
        "gewoon",
        "echt",
        "bij ons",
        "ook",
        "toch",
        "blijkbaar",
        "kennelijk",
        "zomaar",
        "al",
        "al dagen",
        "al uren",
        "al een tijdje",
        "de hele dag",
    ],
    unit_var=r"sinds"
    + word_run(nl_stop, 1, 4)
    + r"|vanaf\s+(?:vannacht|vanochtend|vanmorgen|vanmiddag|vanavond|vandaag|gisteren|gisteravond|gistermiddag|gisterochtend|\d{1,2}(?:[:.]\d\d)?\s*uur|\d{1,2}[:.]\d\d)"
    + r"|na\s+(?:de|het|onze|een)\s+[\w-]+",
    neg=r"(?:(?:helemaal|totaal|absoluut|echt|gewoon)\s+)?niet(?:\s+meer|\s+langer)?",
    more="meer",
    after_words=[
        "alleen",
        "zo",
        "goed",
        "lekker",
        "soepel",
        "snel",
        "sneller",
        "beter",
        "correct",
        "juist",
        "naar behoren",
        "helemaal",
        "optimaal",
        "perfect",
        "stabiel",
        "met",
        "bij",
        "op",
        "in",
        "voor",
        "zonder",
        "als",
        "wanneer",
        "om",
        "van",
        "via",
        "tot",
        "onder",
        "na",
        "zoals",
        "echt",
        "altijd",
        "overal",
        "iedere keer",
        "elke keer",
        "voor iedereen",
        "naar wens",
        "vlot",
        "volledig",
        "vlekkeloos",
        "probleemloos",
        "foutloos",
        "100",
        "honderd procent",
        "zoals het hoort",
        "fatsoenlijk",
    ],
    after_extra="",
    preps=[
        "op",
        "in",
        "van",
        "bij",
        "met",
        "voor",
        "naar",
        "uit",
        "aan",
        "over",
        "onder",
        "zonder",
        "via",
        "tijdens",
        "na",
        "door",
        "tot",
        "om",
        "achter",
        "tussen",
    ],
    conj_excl=["en", "of"],
    clause_conj=["maar", "want", "dus"],
    dets=["de", "het", "onze", "ons", "mijn", "jullie", "uw", "deze"],
    adjs=["hele", "gehele", "complete", "nieuwe"],
    verb_phrases=["doet het", "doen het"],
    split_verb=["doet", "doen"],
    fronts=nl_time
    + [
        "helaas",
        "bij ons",
        "toch",
        "en nu",
        "nu helaas",
        "helaas alweer",
        "nu opeens",
        "nu ineens",
        "vandaag helaas",
        "helaas weer",
        "nog steeds",
        "nog altijd",
    ],
    pre_words=[
        "bij ons",
        "helaas",
        "nu",
        "vandaag",
        "ook",
        "opeens",
        "ineens",
        "plotseling",
        "alweer",
        "weer",
        "nog steeds",
        "sinds vanochtend",
        "sinds gisteren",
        "sinds vandaag",
        "momenteel",
        "gewoon",
    ],
    front_var=r"sinds"
    + word_run(nl_stop, 1, 5)
    + r"|vanaf\s+(?:vannacht|vanochtend|vanmorgen|vanmiddag|vanavond|vandaag|gisteren|gisteravond|gistermiddag|gisterochtend|\d{1,2}(?:[:.]\d\d)?\s*uur|\d{1,2}[:.]\d\d)"
    + r"|na\s+(?:de|het|onze|een)\s+[\w-]+",
    sub_front=r"(?:\b(?:sinds|sindsdat|nadat)\b[^.!?,;:\n]{1,80},\s*)",
)
nl_verbs = ["werkt", "werken", "functioneert", "functioneren"]
nl_local = r"(?:\s+(?:in|op|van)\s+(?:de|onze)\s+(?:webshop|website|site|shop|webwinkel))?"
L["nl.checkout_verb_apart"] = family(
    nl,
    [
        "kassa",
        "checkout",
        "check-out",
        "afrekenpagina",
        "betaalpagina",
        "afrekenen",
        "betalen",
        "bestellen",
        "betaling",
        "betalingen",
        "winkelwagen",
        "winkelwagentje",
        "betaalmodule",
        "betaalsysteem",
        "bestelproces",
        "betaalproces",
        "afrekenproces",
        "afrekenmodule",
    ],
    ["ideal", "paypal", "bancontact", "klarna", "creditcard", "afrekenen", "betalen", "bestellen"],
    nl_verbs + ["lukt", "lukken"],
    nl_local,
)
L["nl.site_verb_apart"] = family(
    nl,
    ["website", "webshop", "webwinkel", "site", "app", "shop", "onlineshop", "online winkel"],
    None,
    nl_verbs + ["laadt"],
)
L["nl.function_verb_apart"] = family(
    nl,
    [
        "login",
        "inloggen",
        "registratie",
        "contactformulier",
        "formulier",
        "aanvraagformulier",
        "boekingsformulier",
        "boekingssysteem",
        "reserveringssysteem",
        "reserveren",
        "boeken",
    ],
    ["inloggen", "reserveren", "boeken"],
    nl_verbs + ["lukt", "lukken"],
)

# ---------------------------------------------------------------- Norwegian
no_stop = r"(?:ikke|ikkje|ingen|aldri|med|hos|på|for|uten|bare|enda|ennå|av|via|når|om|meg|noen|har|fungerer|virker|funker|laster)"
no_time = [
    "nå",
    "akkurat nå",
    "i dag",
    "i kveld",
    "i natt",
    "i morges",
    "plutselig",
    "fortsatt",
    "fremdeles",
    "igjen",
    "for tiden",
]
no = Lang(
    units=no_time
    + [
        "dessverre",
        "jo",
        "altså",
        "liksom",
        "rett og slett",
        "hos oss",
        "virkelig",
        "visst",
        "tydeligvis",
        "åpenbart",
        "lenger",
    ],
    unit_var=r"siden"
    + word_run(no_stop, 1, 4)
    + r"|fra\s+(?:i\s+går(?:\s+kveld|\s+morges|\s+ettermiddag)?|i\s+morges|i\s+natt|i\s+dag\s+tidlig|kl\.?\s*\d{1,2}(?:[:.]\d\d)?)"
    + r"|etter\s+[\w-]+en",
    neg=r"(?:(?:slett|overhodet|absolutt)\s+)?(?:ikke|ikkje)(?:\s+lenger|\s+mer|\s+i\s+det\s+hele\s+tatt)?",
    more="lenger",
    after_words=[
        "bare",
        "så",
        "helt",
        "riktig",
        "ordentlig",
        "skikkelig",
        "optimalt",
        "raskere",
        "bedre",
        "godt",
        "bra",
        "som",
        "med",
        "på",
        "hos",
        "uten",
        "når",
        "for",
        "om",
        "via",
        "til",
        "fra",
        "enda",
        "ennå",
        "alltid",
        "overalt",
        "hver gang",
        "for alle",
        "så",
        "like",
        "slik",
        "feilfritt",
        "problemfritt",
        "100",
        "fullt ut",
    ],
    after_extra=r"(?!\s+i\s+(?!det\s+hele\s+tatt|dag|kveld|natt|morges)\w)",
    preps=[],
    conj_excl=[],
    clause_conj=["men", "for", "så"],
    dets=None,
    adjs=[],
    verb_phrases=[],
    split_verb=None,
    fronts=no_time
    + [
        "dessverre",
        "hos oss",
        "nå plutselig",
        "i det siste",
        "nå dessverre",
        "dessverre igjen",
        "og nå",
        "nå igjen",
        "i dag igjen",
        "dessverre fortsatt",
    ],
    pre_words=["dessverre"],
    front_var=r"siden"
    + word_run(no_stop, 1, 5)
    + r"|fra\s+(?:i\s+går(?:\s+kveld|\s+morges|\s+ettermiddag)?|i\s+morges|i\s+natt|i\s+dag\s+tidlig|kl\.?\s*\d{1,2}(?:[:.]\d\d)?)"
    + r"|etter\s+[\w-]+en",
    sub_front=r"(?:\b(?:siden|etter\s+at|etter)\b[^.!?,;:\n]{1,80},\s*)",
)
no_verbs = ["fungerer", "virker", "funker"]
no_perfect = ["fungert", "virket", "funket"]
no_local = r"(?:\s+(?:i|på)\s+(?:nettbutikken|nettsiden|nettsida|butikken))?"
L["no.checkout_verb_apart"] = family(
    no,
    [
        "kassen",
        "kassa",
        "betalingen",
        "betalingene",
        "betalinger",
        "betaling",
        "utsjekken",
        "utsjekkingen",
        "checkouten",
        "handlekurven",
        "betalingssiden",
        "betalingsløsningen",
        "kassesystemet",
        "vipps",
        "klarna",
        "paypal",
        "kortbetaling",
        "kortbetalingen",
        "kortbetalinger",
        "bestillingsprosessen",
        "betalingsprosessen",
    ],
    ["kasse", "betalingsløsning"],
    no_verbs,
    no_local,
    no_perfect,
)
L["no.site_verb_apart"] = family(
    no,
    [
        "nettsiden",
        "nettsida",
        "hjemmesiden",
        "hjemmesida",
        "nettbutikken",
        "appen",
        "nettstedet",
        "websiden",
    ],
    ["nettside", "nettbutikk", "hjemmeside", "app"],
    no_verbs + ["laster"],
    "",
    no_perfect + ["lastet"],
)
L["no.function_verb_apart"] = family(
    no,
    [
        "innloggingen",
        "innlogging",
        "påloggingen",
        "pålogging",
        "registreringen",
        "kontaktskjemaet",
        "skjemaet",
        "bookingsystemet",
        "bookingen",
        "reservasjonen",
        "reservasjonssystemet",
        "timebestillingen",
    ],
    None,
    no_verbs,
    "",
    no_perfect,
)

# ---------------------------------------------------------------- English
en_adv = alt(
    [
        "unfortunately",
        "suddenly",
        "still",
        "now",
        "currently",
        "again",
        "simply",
        "just",
        "also",
        "completely",
        "really",
        "apparently",
        "totally",
        "at all",
    ]
)
en_det = ["our", "my", "the whole", "the entire", "whole", "entire"]
en_site = alt(
    [
        "website",
        "web site",
        "site",
        "webshop",
        "web shop",
        "shop",
        "store",
        "online shop",
        "online store",
        "app",
    ]
)
en_after = (
    r"(?!\s+"
    + alt(
        [
            "properly",
            "correctly",
            "right",
            "well",
            "as expected",
            "fast",
            "faster",
            "on",
            "in",
            "for",
            "with",
            "when",
            "if",
            "via",
            "from",
            "at",
            "images",
            "pictures",
            "photos",
            "some",
            "certain",
            "the images",
            "the pictures",
            "fonts",
            "styles",
            "css",
            "smoothly",
            "reliably",
            "100",
            "all the",
            "everything",
            "all images",
            "as it should",
            "like it should",
        ]
    )
    + r"\b)"
)
L["en.site_verb_apart"] = [
    firsts(en_det)
    + rf"(?={alt(en_det)}\s)"
    + r"(?<!\bon )(?<!\bin )(?<!\bof )(?<!\bat )(?<!\bfor )\b"
    + alt(en_det)
    + r"\s+"
    + en_site
    + rf"\s+(?:{en_adv}\s+){{0,2}}"
    + rf"(?:(?:is|has|have|does|do)\s+(?:{en_adv}\s+){{0,2}}not|(?:is|has|have|does)n[\x27’]t)\s+(?:{en_adv}\s+){{0,2}}(?:been\s+)?(?:working|work|loading|load|opening|open)\b{en_after}",
]


def write(check: bool) -> list[str]:
    META = json.loads((Path(__file__).with_name("verb_apart_meta.json")).read_text("utf-8"))
    changed: list[str] = []
    HEAD = "# ================================================================ the verb and its negation apart\n"
    for lang in ["de", "nl", "no", "en"]:
        path = RULES / f"{lang}.toml"
        text = original = path.read_text()
        for m in (f"# >>> verb_apart {lang}\n", f"# <<< verb_apart {lang}\n"):
            text = text.replace(m, "")
        ids = [k for k in L if k.startswith(lang + ".")]
        if HEAD in text:  # take the old block out: from its header to the end of its last rule
            a = text.index(HEAD)
            last = text.index(f'id = "{ids[-1]}"', a)
            b = text.index("\n]\n", last) + 3
            if text[b : b + 1] == "\n":
                b += 1
            text = text[:a] + text[b:]
        blocks = []
        for rid in ids:
            m = META[rid]
            lines = [
                "[[rule]]",
                f'id = "{rid}"',
                f'level = "{m["level"]}"',
                f"weight = {m['weight']}",
            ]
            lines += ["# " + c for c in m["comment"]]
            lines.append("trigger = [" + ", ".join(f'"{t}"' for t in m["trigger"]) + "]")
            lines.append("regex = [")
            for p in L[rid]:
                assert "'" not in p
                lines.append(f"  '{p}',")
            lines.append("]")
            blocks.append("\n".join(lines) + "\n")
        anchor = text.index(f'id = "{lang}.site_not_working"')
        pos = text.index("\n\n", anchor) + 2
        ins = (
            HEAD
            + "".join("# " + h + "\n" for h in META[lang + ".header"][1:])
            + "\n".join(blocks)
            + "\n"
        )
        text = text[:pos] + ins + text[pos:]
        if text != original:
            changed.append(path.name)
            if not check:
                path.write_text(text)
    return changed


if __name__ == "__main__":
    check = "--check" in sys.argv[1:]
    changed = write(check)
    if changed:
        print(("differ from the word lists: " if check else "rewrote: ") + ", ".join(changed))
    sys.exit(1 if check and changed else 0)
