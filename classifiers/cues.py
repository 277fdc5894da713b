"""Words and patterns that several reading steps and the decision share: times (long ago,
recent, fine now), planned work, clause marks, new subjects and the scopes of a failure.
"""

from __future__ import annotations

import re

from classifiers.literals import Prefilter
from classifiers.model import FiredRule

THRESHOLD = 1.0
# Planned work makes a question about downtime hypothetical too ("will the site be down?").
_PLANNED = re.compile(
    r"\b(maintenance|planned|scheduled|migration|onderhoud|gepland|verhuizing|wartung|"
    r"geplant|wartungsarbeiten|umzug|vedlikehold|planlagt|planlegger|flytting|upcoming|"
    r"will be (moved|migrated)|wordt verhuisd|wordt gemigreerd|komende|aanstaande|"
    r"wird umgezogen|kommende[nr]?|blir flyttet|skal flyttes|"
    # the move named in its other forms ("tijdens de migratie", "beim Serverumzug", "under
    # migreringen", "mens flyttingen pågår", "server move")
    r"migratie|serververhuizing|migriert|serverumzugs?|umstellung|migrering(en)?|"
    r"serverflytting(en)?|flyttingen|server move|"
    r"move (it |us |the site |the shop )?to (a|the) new server|naar de nieuwe server|"
    r"auf den neuen server|til (en )?ny server|til den nye serveren|"
    # work the agency announced ("you'll be upgrading the server on Saturday", "Sie hatten
    # angekündigt, das PHP-Update einzuspielen", "jullie gaan de server upgraden")
    # ("vi ble varslet av en kunde", "de varslet oss": we were told of it, by someone else)
    r"announced|aangekondigd|angekündigt|(?<!ble )(?<!blitt )varslet(?! (av|oss|meg)\b)|"
    r"annonsert|(will|'ll) be upgrading|"
    r"upgraden|einzuspielen|skal oppgradere)\b",
    re.IGNORECASE,
)
# ... but not a question that places the failure after the work, asks why it came, or asks for
# what was there before it ("Why is the site down since the migration?", "Warum ist die Seite
# seit dem Umzug weg?", "Finnes det en backup fra før flyttingen?"): that work is done, and
# the failure it left is told.
_AFTER_THE_WORK = re.compile(
    r"\b(since|after|before|why|seit|seitdem|nach|vor|bevor|warum|wieso|sinds|sindsdien|na|"
    r"voordat|waarom|etter|før|hvorfor)\b",
    re.IGNORECASE,
)
# An outage told as past history ("last month the site was down twice, can we talk?") is
# not an incident now. Long-ago markers always count; "yesterday"/"this morning" only when
# the mail also says it works now. A sentence that says it still goes on is never past.
_LONG_AGO = re.compile(
    r"\b(last (week|month|year)|(weeks|months|a week|a month|a year) ago|vorige (week|maand)|"
    r"vorig jaar|(weken|maanden|een week|een maand|een jaar) geleden|"
    r"letzte[nr]? (woche|monat|jahr)|vor (einer|einem|ein paar|zwei|drei) (woche|wochen|monat|"
    r"monaten|jahr)|forrige (uke|måned|år)|i fjor|(uker|måneder|en uke|en måned|et år) siden|"
    # "when the site was down in January": a month named as the time of the outage
    r"(in|im|i|op) (january|february|april|june|july|august|september|october|november|"
    r"december|januari|februari|maart|juni|juli|augustus|oktober|januar|februar|märz|"
    r"oktober|dezember|mars|mai|desember)|"
    # "the security incident of March 2024", "Sicherheitsvorfall vom März 2024", "het datalek
    # van maart 2024", "sikkerhetshendelsen i mars 2024", "in 2024": a month and year, or a
    # year after "in/of", named as the time of it
    r"(of|in|im|vom|von|van|uit|i|fra|op) ((january|february|march|april|may|june|july|"
    r"august|september|october|november|december|januari|februari|maart|mei|juni|juli|"
    r"augustus|oktober|januar|februar|märz|dezember|mars|mai|desember|jahr|jahre|"
    r"the year|het jaar|året) )?(19|20)\d\d)\b"
    # (not a count or an amount: "0 of 2000 card payments", "eine Bestellung von 2000 Euro")
    r"(?!\s*(?:[€$£]|(?:euro|eur|kr|kroner|kronen|chf|franken|dollar|usd|pfund|pund|pounds?|"
    r"orders?|bestellung\w*|bestelling\w*|ordre\w*|payments?|zahlung\w*|betaling\w*|"
    r"customers?|kunden?|klanten|kunder\w*|visitors?|besucher\w*|bezoekers?|besøkende|users?|"
    r"nutzer\w*|gebruikers?|bruker\w*|products?|produkt\w*|items?|artikel\w*|artikler|"
    r"e-?mails?|members?|mitglieder\w*|leden|medlem\w*|cards?|karte\w*|kaart\w*|kort|"
    r"transaction\w*|transaktion\w*|transacties|transaksjon\w*|attempts?|versuch\w*|"
    r"pogingen|forsøk|sessions?|sitzungen|sessies|pages?|seiten|pagina\w*|sider|"
    r"subscribers?|abonnent\w*|abonnees|stück|stuks|stk)\b))",
    re.IGNORECASE,
)
# A named recent time ("earlier this evening", "tonight", "on Saturday afternoon",
# "vanmiddag", "heute früh", "am Wochenende", "i går kveld", "på lørdag"): over when the
# mail says it works now. One alternation per language, as for `_NOW_OK`.
_RECENT_WORDS = {
    "en": (
        r"yesterday|last night|this morning|earlier today|"
        r"earlier( this (morning|afternoon|evening))?|this (afternoon|evening)|tonight|"
        r"(on|last|over the|at the) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"weekend)"
    ),
    "nl": (
        r"gisteren|gisteravond|vannacht|vanochtend|vanmiddag|vanavond|eerder vandaag|"
        r"afgelopen (nacht|weekend|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|"
        # "zaterdag lag de site plat", "op vrijdagavond": a bare weekday too
        r"(op )?(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(middag|avond|"
        r"ochtend|nacht)?"
    ),
    "de": (
        r"gestern|heute nacht|heute morgen|heute früh|heute vormittag|heute mittag|"
        r"heute nachmittag|heute abend|vorhin|(am|letzten|letztes) wochenende|"
        # "am Donnerstagabend", "Samstag früh": a weekday, bare or compounded
        r"((am|letzten|letztes) )?(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
        r"(abend|morgen|nachmittag|vormittag|mittag|nacht)?"
    ),
    "no": (
        r"i går|i natt|i morges|i kveld|i ettermiddag|tidligere i dag|i helga|(på|i) helgen|"
        r"((på|i) )?(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)"
    ),
}
# "It works again", "werkt weer", "geht wieder", "virker igjen": the outage is over. One
# alternation per language (the whole-text search tries only those whose literals occur).
# "nu werkt alles weer", "jetzt läuft alles wieder": the "now" is part of the cue
_NOW_WORDS = r"now|nu|jetzt|nå|inmiddels|mittlerweile|inzwischen|heute|today|vandaag|i dag"
# "stopped working again", "not back up": no cue; nor "it needs to be back up before six",
# "should be working again": a wish or an expectation, not the site back
_NOT_BEFORE = r"(?<!stopped )(?<!not )(?<!n't )(?<!niet )(?<!nicht )(?<!ikke )(?<!be )"
_NOW_OK_PREFIX = r"\b((" + _NOW_WORDS + r")\s+)?" + _NOT_BEFORE
_NOW_OK_SUFFIX = (
    r"(\s+(now|again|nå|nu|jetzt|igjen|weer|wieder))?\b"
    # "geht wieder nicht", "werkt weer niet": down again, not fine
    r"(?!\s+(nicht|niet|ikke|not|no longer|los|verloren|kaputt|schief|offline|down|nede|ned|"
    r"plat|eruit|mis|fout|wrong)\b)"
)
_NOW_OK_WORDS = {
    "en": (
        r"works? (again|now|fine)|working (again|now)|everything works|all works|is back|"
        r"back (up|online)|"
        # "it's been fine all day today", "it's working perfectly this morning", "no problem
        # now", "it's fine this morning", "it's back now", "up and running again"
        r"(been|is|was|seems) fine (all day|today|(ever )?since|again|now)|all good since|"
        r"(working|works) (normally|as normal)|"
        r"(working|works|worked) (perfectly|fine|normally|great|properly)|no problem now|"
        r"(it'?s|it is|everything'?s|everything is|all is) (fine|ok|okay) (now|again|"
        r"this morning|today|since)|(it'?s|it is|site'?s|site is|website'?s|website is|"
        r"shop is) back(?! to (?!normal))( up| online| to normal)?|"
        # "it's up again", not "the error popped up again"
        r"(is|are|was|were|'s) (back )?(up|online|running) again|"
        r"(up and running|reachable|accessible|available) again|"
        # "Site down last night - OK now"
        r"(all )?(ok|okay|fine|good) (again|now)|"
        # "came back on its own", "since then everything works", "has worked fine ever since"
        r"came back (up|online|on its own|by itself|of its own accord)|"
        r"since then,? (everything|it|all|the (web)?(site|shop))( has| had)? (works?|worked|"
        r"been (fine|working|ok))|(has|have) (worked|been (fine|working))( fine| normally)? "
        r"(ever )?since"
    ),
    "nl": (
        # "werkt alles weer normaal", "doet alles het weer", "niks aan de hand nu", "werkte
        # alles weer", "deed het weer", "is weer bereikbaar"
        r"werkt (weer|nu)|alles werkt|weer online|werkt alles weer|alles werkt weer|"
        r"(doet|doen) (alles |het )*(het )?weer|werkt (alles )?(weer )?(prima|perfect|normaal)|"
        r"niks aan de hand( nu)?|(werkte|deed|deden) (alles |het )*(het )?weer|"
        r"(weer|terug) (bereikbaar|in de lucht|beschikbaar)|alles (is )?weer (normaal|in orde|"
        r"ok|goed)|(nu )?weer (ok|oké|in orde)|"
        # "alles draait weer perfect", "weer aan de praat"
        r"(draait|draaide|draaien) (alles |het )*weer|weer aan de praat|"
        # "kwam vanzelf terug", "maar is nu weer terug" (the site, not "de fout is weer terug"),
        # "sindsdien werkt alles"
        r"(kwam|kwamen) (hij |ze |het |alles )?(daarna |toen )?vanzelf (weer )?terug|"
        r"sindsdien (werkt|loopt|draait) (alles|het|hij|ze)( weer)?|"
        r"(maar|en|hij|ze|site|website|webshop|shop|winkel) (is|was) (nu |inmiddels |daarna |"
        r"gelukkig )*weer terug"
    ),
    "de": (
        # "läuft alles wieder normal", "geht wieder", "ging alles wieder", "geht's ja wieder",
        # "ist wieder erreichbar"
        r"funktioniert (wieder|jetzt)|alles (läuft|funktioniert)|wieder online|"
        r"alles läuft (wieder|jetzt|normal)|läuft (alles )?(wieder|seitdem)|"
        r"funktioniert (alles )?wieder|"
        r"(läuft|funktioniert) (alles )?(wieder )?(normal|einwandfrei|problemlos|perfekt)|"
        r"kein problem mehr|"
        r"(geht|ging|gehen|gingen)(['’]?s)? (ja |jetzt |alles |es |heute |auch )*wieder"
        r"( alles)?|(lief|liefen|funktionierte) (alles )?wieder|wieder (erreichbar|da|verfügbar)|"
        r"alles wieder (gut|normal|in ordnung|ok)|(jetzt |nun )?wieder (ok|okay|in ordnung)|"
        # "seitdem gab es keine Probleme mehr", "alles wieder zum Laufen gebracht"
        r"keine probleme mehr|wieder zum laufen|"
        # "kam dann aber von selbst wieder", "seitdem läuft alles"
        r"kam (dann |aber |danach |zum glück )*(von selbst|von allein|von alleine) wieder|"
        r"seit(dem|her) (läuft|funktioniert|geht) (alles|es|sie|er)"
    ),
    "no": (
        # "nå virker den fint", "virker helt fint igjen", "funker igjen", "fungerer som det
        # skal", "er oppe igjen", "nå fungerer alt"
        r"virker (igjen|nå)|fungerer (igjen|nå)|alt virker|alt fungerer|oppe igjen|"
        r"nå virker (den|det|alt|siden|nettsiden)|virker (den |det )?fint|alt har virket|"
        r"(virker|fungerer) (alt |helt )*(fint|normalt|som normalt|perfekt)|"
        r"ikke noe problem nå|"
        r"(funker|funket|virket|fungerte) (alt )?(igjen|nå|fint|normalt|som vanlig)|"
        r"(fungerer|virker|funker|fungerte|virket) (alt )?som (det skal|vanlig|normalt)|"
        r"(er|var) ((den|det|alt|siden|nettsiden) )?oppe (igjen|nå)|"
        r"nå (fungerer|funker) (den|det|alt|siden|nettsiden)|"
        r"(den|det|alt|siden|nettsiden|butikken|nettbutikken|appen) (er|var) (tilbake|oppe)"
        r"( igjen)?|(ok|i orden) (igjen|nå)|nå (ok|i orden)|"
        r"(ingen|ikke (vært )?noen) problemer (siden|etterpå)|"
        # "kom tilbake av seg selv", "alt har fungert siden"
        r"kom (tilbake|opp igjen) av seg (selv|sjøl)|kom opp igjen|"
        r"alt har (fungert|funket|virket)( fint| normalt| som normalt)?( siden( da)?)?"
    ),
}
_NOW_OK = re.compile(
    _NOW_OK_PREFIX + "(" + "|".join(_NOW_OK_WORDS.values()) + ")" + _NOW_OK_SUFFIX,
    re.IGNORECASE,
)
# An outage told in the past with a bounded period ("was down for about 20 minutes", "war
# eine halbe Stunde lang nicht erreichbar", "lag een uur lang plat", "var nede i ca. 20
# minutter") or an end ("between 2 and 3 a.m.", "until about 8", "bis etwa 8 Uhr", "tot een
# uur of acht", "fram til ca. 8") is over by itself, as a long-ago one is: the period it
# names has ended. A past verb lies within a few words of the period, before or after it.
# The present perfect with a duration ("has been down for 20 minutes", "har vært nede i 20
# minutter") and "seit/sinds" + duration are still going on (`_NOT_OVER`, `_ONGOING`). One
# alternation per language, as for `_RECENT`. Regexes, not rule data: they decide which
# sentences `_drop_past` reads as past, which no rule file can say.
_OVER_CLOCK = {
    "en": r"\d{1,2}(?:[:.]\d\d)?(?:\s*(?:a\.?m\.?|p\.?m\.?|o'?clock|h))?|noon|midnight",
    "nl": (
        r"\d{1,2}(?:[:.]\d\d)?(?: uur)?|een uur of \w+|half \w+|kwart (?:over|voor) \w+|"
        r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf) uur|middernacht"
    ),
    "de": (
        r"\d{1,2}(?:[:.]\d\d)?(?: uhr)?|halb \w+|viertel (?:nach|vor) \w+|"
        r"(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf) uhr|mittag|"
        r"mitternacht"
    ),
    "no": r"\d{1,2}(?:[:.]\d\d)?|halv \w+|midnatt",
}
_OVER_BOUND = {
    "en": (
        # "for about 20 minutes", "for half an hour", "for an hour and a half"
        r"for (?:(?:about|around|roughly|almost|nearly|over|more than|less than|under|"
        r"approximately|approx\.|some|maybe|perhaps|at least|a good|a full|just over|"
        r"just under|close to|a little over) )?(?:half an hour|(?:a )?quarter of an hour|"
        r"(?:\d+|a|an|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|"
        r"forty-five|fifty|a few|a couple of|several)(?: and a half)? (?:seconds?|secs?|"
        r"minutes?|mins?|hours?|hrs?|days?))|"
        r"between (?:about |around )?(?:{t}) and (?:{t})|from (?:about |around )?(?:{t}) "
        r"(?:to|until|till) (?:{t})|(?:until|till|up to|up until) (?:about |around |roughly |"
        r"approximately |shortly (?:before|after) )?(?:{t}|lunch(?:time)?)"
    ),
    "nl": (
        # "een uur lang", "zo'n 20 minuten", "een halfuur", "ruim twee uur" (a bare "8 uur" is a
        # clock time: an hour count needs "lang" or a word of measure before it)
        r"(?:(?:ongeveer|zo'n|zo’n|circa|ca\.|bijna|ruim|meer dan|minder dan|een kleine|"
        r"een goed|een goede|pakweg|zeker|wel|rond de|maximaal|hooguit) )?(?:een half ?uur|"
        r"anderhalf uur|(?:een|\d+|twee|drie|vier|vijf|tien|vijftien|twintig|dertig|"
        r"veertig|vijftig|een paar|enkele) (?:minuten|minuut|min|seconden|kwartier|dagen)|"
        r"(?<!\bom )(?<!tegen )(?<!rond )een (?:uur|kwartier|dag))|"
        r"(?:ongeveer|zo'n|zo’n|circa|ca\.|bijna|ruim|meer dan|pakweg|rond de) (?:\d+|twee|"
        r"drie|vier|vijf|zes) (?:uur|uren)|(?:\d+|twee|drie|vier|vijf|zes) (?:uur|uren) lang|"
        r"urenlang|uren lang|dagenlang|"
        r"tussen (?:ongeveer )?(?:{t}) en (?:{t})|van (?:{t}) tot (?:{t})|"
        r"tot (?:ongeveer |rond |circa |ca\. |omstreeks |pakweg )?(?:{t})"
    ),
    "de": (
        # "eine halbe Stunde lang", "etwa 20 Minuten", "für zwei Stunden" ("Uhr" is a clock
        # time, never a duration)
        r"(?:(?:etwa|ca\.|circa|rund|knapp|gut|ungefähr|fast|über|mehr als|weniger als|"
        r"bestimmt|mindestens|an die|geschätzt|gute|gut eine) )?(?:eine (?:halbe|viertel) "
        r"stunde|eine viertelstunde|anderthalb stunden|eineinhalb stunden|(?:\d+|eine|einen|"
        r"ein|zwei|drei|vier|fünf|sechs|zehn|fünfzehn|zwanzig|dreißig|vierzig|fünfzig|"
        r"ein paar|einige|wenige) (?:sekunden|minuten|minute|min|stunden|stunde|std|tage|"
        r"tag))|stundenlang|minutenlang|tagelang|"
        r"zwischen (?:etwa |ca\. )?(?:{t}) und (?:{t})|von (?:{t}) bis (?:{t})|"
        r"bis (?:etwa |ca\. |circa |gegen |ungefähr |kurz (?:vor|nach) |um )?(?:{t})"
    ),
    "no": (
        # "i ca. 20 minutter", "i en halvtimes tid", "i et kvarter" ("har vært nede i 20
        # minutter" is still going on: `_NOT_OVER`)
        r"i (?:(?:ca\.|cirka|rundt|omtrent|nesten|over|godt over|drøyt|snaue|knapt|minst) )?"
        r"(?:en halvtimes tid|en halvtime|en times tid|et kvarters tid|et kvarter|halvannen "
        r"time|(?:\d+|en|ett|et|to|tre|fire|fem|seks|ti|femten|tjue|tyve|tretti|førti|"
        r"femti|noen|et par) (?:sekunder|minutter|minutt|min|timer|time|dager|dag|døgn)"
        r"(?:s tid)?)|"
        r"mellom (?:ca\. |rundt |kl\. |kl |klokka |klokken )?(?:{t}) og (?:{t})|"
        r"fra (?:kl\. |kl |klokka |klokken )?(?:{t}) til (?:{t})|"
        r"(?:fram|frem) til (?:(?:ca\.|rundt|omtrent|cirka|kl\.|kl|klokka|klokken) )*(?:{t})|"
        r"til (?:(?:ca\.|rundt|omtrent|cirka|kl\.|kl|klokka|klokken) )+(?:{t})"
    ),
}
# (no verb of working: "lief bis 8 Uhr", "worked until 8" bound the time it still worked)
_OVER_PAST = {
    "en": r"was|were|wasn't|weren't|went|stayed|remained|had been|couldn't|could not",
    "nl": r"was|waren|lag|lagen|geweest|gelegen|ging|gingen|kon|konden|viel|vielen|stond|"
    r"stonden",
    "de": r"war|waren|gewesen|lag|fiel|fielen|ausgefallen|ging|gingen|konnte|konnten|stand|"
    r"standen",
    "no": r"var|lå|gikk|kunne|falt|sto|ble",
}
# the past verb and the period, in either order, a few words apart within the sentence
_OVER_GAP = r"[^;!?\n]{0,60}?"
_OVER_WORDS = {
    lang: (
        rf"\b(?:{_OVER_PAST[lang]})\b{_OVER_GAP}\b(?:{bound})(?!\w)|"
        rf"\b(?:{bound})(?!\w){_OVER_GAP}\b(?:{_OVER_PAST[lang]})\b"
    )
    for lang, bound in (
        (lang, _OVER_BOUND[lang].replace("{t}", _OVER_CLOCK[lang])) for lang in _OVER_BOUND
    )
}
_OVER_GATES = tuple(Prefilter(re.compile(words)) for words in _OVER_WORDS.values())
# A long-ago time in the clause that names the change the writer made ("it looks like the
# export you made when we moved to the new membership system last week", "seit dem Umzug
# letzte Woche", "toen we vorige week naar het nieuwe systeem zijn overgestapt", "etter
# migreringen forrige uke") dates the change, not the trouble: a sentence told in the present
# ("It is a spreadsheet with every member's date of birth ...") is about now. Told in the
# past ("the site was down when we moved it last week") it stays past.
_CHANGE_WORD = re.compile(
    r"\b(?:moved|migrated|switched|updated|upgraded|relaunched|launched|went live|"
    r"migration|move|switch|update|upgrade|relaunch|redesign|"
    r"verhuisd|gemigreerd|overgestapt|overgezet|geüpdatet|geupdatet|bijgewerkt|gelanceerd|"
    r"migratie|verhuizing|overstap|lancering|"
    r"umgezogen|migriert|umgestellt|aktualisiert|gewechselt|umzug|umstellung|wechsel|"
    r"flyttet|migrert|byttet|oppdatert|lansert|flyttingen|migreringen|byttet|oppdateringen|"
    r"lanseringen|byttet)\b",
    re.IGNORECASE,
)
_PRESENT_VERB = re.compile(
    r"\b(?:is|are|has|have|opens|shows|can|ist|sind|hat|haben|kann|können|zeigt|öffnet|"
    r"zijn|heeft|hebben|kan|kunnen|staat|toont|opent|er|har|viser|åpner|står|ligger|ligt)\b",
    re.IGNORECASE,
)
_PAST_VERB = re.compile(
    r"\b(?:was|were|went|had|war|waren|hatte|hatten|ging|wurde|werd|stond|lag|var|hadde|"
    r"gikk|ble|lå|sto)\b",
    re.IGNORECASE,
)


def _dates_the_change(sentence: str) -> bool:
    """Every long-ago time of `sentence` lies in a clause that names a change, and the
    sentence is told in the present: the time says when the change was made."""
    dated = False
    for clause in _CLAUSE_MARK.split(sentence):
        if _LONG_AGO.search(clause):
            if not _CHANGE_WORD.search(clause):
                return False
            dated = True
    return dated and bool(_PRESENT_VERB.search(sentence)) and not _PAST_VERB.search(sentence)


# The same patterns for text already lowered.
_LONG_AGO_LOWER = re.compile(_LONG_AGO.pattern)
# The whole-text searches, each skipped when the text lacks every literal it needs.
_LONG_AGO_GATE = Prefilter(_LONG_AGO_LOWER)
_RECENT_GATES = tuple(
    Prefilter(re.compile(r"\b(" + words + r")\b")) for words in _RECENT_WORDS.values()
)
_NOW_OK_GATES = tuple(
    Prefilter(re.compile(_NOW_OK_PREFIX + "(" + words + ")" + _NOW_OK_SUFFIX))
    for words in _NOW_OK_WORDS.values()
)
# Whether a gate matches, without its optional "now": where "now ... works again" matches,
# "works again" does too (the same \b and "not" look-behinds hold before it, as no "now"
# word ends in a "not"), unless the cue starts with a non-word character. On a long mail
# these take a third of the time: the optional word was tried at every word start.
_NOW_OK_CORE_GATES = tuple(
    Prefilter(re.compile(r"\b" + _NOT_BEFORE + "(" + words + ")" + _NOW_OK_SUFFIX))
    for words in _NOW_OK_WORDS.values()
)

# 'a page ("Sie haben ein iPhone gewonnen!") landet, wenn ...', '«Kunne ikke laste inn.» for
# alle': the full stop or "!" ends the quoted words, not the writer's sentence, which goes on
# in lower case after the closing quote. Such a mark is dropped so the clause stays whole.
# The closing quotes, single ones included ('Kunne ikke laste inn.' for alle, German
# ‚Seite nicht gefunden.‘): one set serves as the cheap test before the regex and inside it.
_QUOTE_CHARS = ('"', "”", "“", "»", "«", "'", "’", "‘")


_LOOKED_FOR_ELSEWHERE = FiredRule("", "low", "", "", 0.0)
# The subject a clause with "and", "but" opens anew ("... without logging in and nobody knows
# why", "og ingen vet hvorfor", "und trotzdem stehen ..."): a clause of its own.
_NEW_SUBJECT = (
    r"nobody|no one|everyone|everybody|anyone|someone|somebody|they|it|he|she|we|i|you|these|"
    r"those|still|yet|now|suddenly|somehow|"
    r"niemand|keiner|jemand|jeder|alle|sie|es|er|wir|ich|ihr|du|trotzdem|dennoch|jetzt|nun|"
    r"plötzlich|iemand|iedereen|ze|zij|het|hij|wij|ik|jullie|toch|nu|ineens|opeens|"
    r"ingen|noen|de|det|den|han|hun|vi|jeg|dere|likevel|allikevel|nå|plutselig"
)
_AND_NEW_SUBJECT = r"\b(?:and|und|en|og|but|aber|maar|men)\s+(?=(?:" + _NEW_SUBJECT + r")\b)"
# "One thing I've noticed though", "Mir ist aufgefallen": the writer reports something new.
_NEW_PROBLEM_CUE = ".new_problem_cue"
_CLAUSE_MARK = re.compile(r"[.!?;,:\n]")
_SENTENCE_MARK = re.compile(r"[.!?\n]")


# "Am Android-Handy von meinem Mann und am PC funktioniert alles", "on the PC and my husband's
# Android everything works", "på mannens Android og på PC-en virker alt": the devices named in
# a clause that says it works are where the failure is NOT seen, so no widen cue: a device
# widen match whose every occurrence lies in such a clause (a works word and no negation
# between the clause marks around it) is forgotten.
# "Crashes on Android; iOS and the web version work", "on the PC everything works normally":
# another platform or device named as working (a demote cue) ...
_OTHER_PLATFORM_WORKS = ".cx_other_platform_works"
# ... beside "nobody gets through / can add anything to the cart" (firm on its own)
_NOBODY_GETS_THROUGH = ".nobody_gets_through_near"


# "The public site is fine, visitors notice nothing": what is slow is the staff's side (the
# admin, the backend), a minor problem: the "site suddenly slow" rules count as standard.
_VISITORS_UNAFFECTED = ".visitors_unaffected"
# "One member can't log in, everyone else can": a problem of one user, not of the function.
_SINGLE_USER = ".single_user"
# "Not just me", "on my phone and at home too": a device, user or place scope widened.
# "also in Chrome on her iPhone": a browser widened is a device scope widened too
_DEVICE_SCOPE = (".tried_several_devices", ".also_elsewhere", ".cx_browser_too")
# "The UK store and the German one work normally": another country's store still sells; a
# device widen ("from the office and on 4G") does not take that step down back either.
_OTHER_STORE_SELLS = ".other_store_sells"
# the shop still sells another way: on another device or platform, or in another country's store
_SELLS_ELSEWHERE = (_OTHER_STORE_SELLS, _OTHER_PLATFORM_WORKS)
_ALL_FINE = ".nothing_is_broken"
