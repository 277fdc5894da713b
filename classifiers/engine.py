"""classify(): a pure function from message text to a severity and the rules that fired."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from classifiers.decision_cues import FOR_EVERYONE as _FOR_EVERYONE
from classifiers.decision_cues import device_named_where_all_fail, server_error_unqualified
from classifiers.labelled import label_lines
from classifiers.literals import NeedleIndex, Prefilter
from classifiers.model import LEVELS, Classification, FiredRule, MessageText
from classifiers.quoting import (
    _HISTORY_START,
    is_outlook_block,
    new_text,
    quoted_reports,
    quoted_text,
)
from classifiers.rules import Rule, RuleSet, load_rules
from classifiers.scan import BOUNDARY, SOFT, negated, scan_phrases
from classifiers.sentences import ADDRESS_ENDINGS, sentences
from classifiers.spelling import SAME_WORD as same_word
from classifiers.spelling import able_to_as_can, able_to_as_can_text, site_is

_RESPELT = frozenset(same_word)  # checked once per text, in C, before any word is looked up

THRESHOLD = 1.0
# Fuzzy (transcript) matches count for less; less again when the recogniser was unsure.
FUZZY_FACTOR = 0.8
UNCERTAIN_FACTOR = 0.85

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
    r"so that|zodat|damit|sodass|slik at)\b",
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
_CAPABILITY_QUESTION = re.compile(
    r"^\W*(can|could|would it be possible|is it possible|kunnen|kan|zou|is het mogelijk|"
    r"können|könnten|kann|ist es möglich|wäre es möglich|er det mulig|går det an)\b",
    re.IGNORECASE,
)
_FEATURE_WISH = re.compile(
    r"\b(feature|functionality|we'?d like|we would like|would be nice|functie|functionaliteit|"
    r"zouden (graag|het fijn)|willen graag|zou fijn|funktion|möchten|hätten gern|wünschen|"
    r"wäre schön|funksjon|funksjonalitet|ønsker|vil gjerne|hadde vært fint)\b",
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
_RECENT = re.compile(r"\b(" + "|".join(_RECENT_WORDS.values()) + r")\b", re.IGNORECASE)
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
# After "wie letzte Woche", "zoals vorige week", "som forrige uke": the end of the clause, "again"
# ("wie letzte Woche wieder", "som forrige uke igjen"), or a verb in the present ("wie letzte
# Woche ist der Checkout kaputt", "som forrige gang kan ingen betale"), which make the time a
# comparison rather than the time of a relative clause.
_LIKE_LAST_THEN = (
    r"(?=\s*(?:[:;,.!?\n]|$)|\s+(?:again|wieder|erneut|weer|opnieuw|alweer|igjen|ist|sind|geht|gehen|kann|können|funktioniert|funktionieren|"
    r"läuft|laufen|hängt|hängen|kommt|kommen|lädt|laden|bekommen|hat|haben|fällt|fallen|"
    r"is|zijn|gaat|gaan|kan|kunnen|werkt|werken|lukt|doet|doen|komt|komen|krijgen|ligt|liggen|"
    r"er|får|går|fungerer|virker|henger|feiler|kommer|ligger|laster|vil)\b)"
)
_ONGOING = re.compile(
    r"\b(since|still|(?<!earlier )today|now|currently|right now|sinds|nog steeds|nog altijd|"
    r"(?<!eerder )vandaag|nu|seit|immer noch|noch immer|"
    # "heute früh", "tidligere i dag", "i dag tidlig": a time earlier today, not "still today"
    r"heute(?! (früh|morgen|nacht|vormittag|mittag|nachmittag))|jetzt|fortsatt|"
    r"(?<!tidligere )i dag(?! tidlig)|nå|"
    # a duration up to now ("slow over the last week", "de afgelopen weken", "den siste uka")
    r"(over|for|during|in|within) the (last|past)|de afgelopen|in der letzten|die letzten|"
    r"den siste|de siste|i løpet av|"
    # the earlier time named as a comparison ("same as last week: nobody can get in", "genau
    # wie letzte Woche", "net als vorige week", "akkurat som forrige uke"): it is back now.
    # Bare "wie letzte", "zoals vorige" and "som forrige" also lead a relative clause or an
    # aside ("feilen som forrige uke stoppet betalingen", "wie letzte Woche besprochen",
    # "zoals vorige week gemeld"), which says nothing goes on: they count only when the time
    # ends the clause or a verb in the present follows it (`_LIKE_LAST_THEN`).
    r"(same|just) as last|(just )?like last (week|time|month)|genau wie letzte|"
    r"net als vorige|net als de vorige|samme som forrige|akkurat som forrige|"
    r"(wie (letzte|letztes|letzten|vorige|voriges|vorigen)|zoals (de )?vorige|som forrige)"
    r"\s+\w+" + _LIKE_LAST_THEN + "|"
    # an inability told in the present ("members who joined in January can't log in")
    r"can't|cannot|can no longer|kunnen niet|kan niet|können nicht|kann nicht|kan ikke|"
    r"får ikke|kommer ikke|"
    # the same with the subject after the verb ("i går kommer det ikke e-post til oss", "seit
    # gestern kommen keine Mails an", "sinds gisteren komen er geen mails binnen")
    r"kommer det ikke|får vi ikke|får de ikke|komt er geen|komen er geen|krijgen we geen|"
    r"kommt keine|kommen keine|bekommen wir keine|isn't coming|aren't coming|"
    # Norwegian "siden" is also "the page": "since" only when no verb follows it, nor one
    # comes just before it ("i natt var siden utilgjengelig")
    r"(?<!\bvar )(?<!\bble )(?<!\blå )(?<!\bgikk )"
    r"siden(?! (er|var|blir|ble|har|viser|virker|fungerer|kan|ikke|laster|min|vår|deres|nede|"
    r"lå|gikk|og|gir|ga|går|feiler|feilet|svarer|svarte|oppe|virket|fungerte)\b))\b",
    re.IGNORECASE,
)
# A quoted message ("This site can't be reached") is what the screen said, not the writer's tense.
_QUOTED = re.compile(r'"[^"\n]{0,160}"|“[^”\n]{0,160}”|„[^“”\n]{0,160}[“”]')
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
# Whether a sentence tells a period that ended, one language at a time and each only where
# its literals occur (in `_drop_past`): the four languages' alternation in one IGNORECASE
# search, at every character of each sentence that named a time, was a tenth of a 5 KB
# mail's classification.
_OVER_SENTENCE_GATES = tuple(
    Prefilter(re.compile(words, re.IGNORECASE)) for words in _OVER_WORDS.values()
)
_OVER_UNITS = (
    r"(?:sec\w*|min(?:utes?|uten|uut|utter|utt|\.)?|hours?|hrs?|uur|uren|stunden?|timer?|"
    r"kwartier\w*|viertelstunde|kvarter\w*|halvtime\w*|half ?uur|halbe stunde|dag|dagen|days?|"
    r"tage?n?|dager|døgn)"
)
# What keeps a period going: the present perfect ("has been down for 20 minutes", "har vært
# nede i 20 minutter"), a duration up to now ("al 20 minuten plat", "schon 20 Minuten weg",
# "allerede en time"), a repeated one ("down every 20 minutes", "alle 20 Minuten", "om de 20
# minuten", "hvert 20. minutt"), a start "ago" ("vor 20 Minuten", "20 minuten geleden"), and
# down again ("ist heute wieder down", "nå er den nede igjen"), down since then ("seitdem
# ist sie down", "sindsdien plat"; a works-again cue with these words is read out first), and
# a period of working that ended ("was fine until 8, then it went down", "lief bis 8 Uhr"),
# and an outage told in the present beside the period ("we were in a meeting until 3 and the
# site is down", "jetzt ist die Seite nicht erreichbar").
_NOT_OVER = re.compile(
    r"(?:\b(?:has|have|hasn't|haven't)|'s) been\b|\bhar (?:vært|ligget|stått)\b|"
    r"(?:\b(?:is|are|isn't|aren't|ist|sind|ligt|liggen|er|ligger)|'s)(?: [\w'’]+){0,3}? "
    r"(?:down|offline|plat|nede|unreachable|onbereikbaar|nicht erreichbar|utilgjengelig|"
    r"eruit|kaputt|kapot|broken|not (?:working|loading|reachable))\b|"
    r"\b(?:seitdem|seither|sindsdien|since then|ever since)\b|"
    r"\b(?:fine|ok|okay|normal|normally|good|prima|goed|normaal|gut|einwandfrei|fint|bra|"
    r"normalt|worked|working|werkte|werkten|lief|liefen|funktionierte|virket|fungerte|"
    r"funket)\b[^.;!?]{0,30}?\b(?:until|till|up to|bis|tot|til)\b|"
    r"\b(?:already|al|schon|bereits|allerede|every|alle|elke|iedere|om de|jede[nrms]?|hver|"
    r"hvert|vor)\s+(?:[\w.'’]+\s+){0,2}?" + _OVER_UNITS + r"(?!\w)|"
    r"\b" + _OVER_UNITS + r"\s+(?:ago|geleden|siden)\b|"
    r"\b(?:down|offline|plat|eruit|nede|weg|unreachable|onbereikbaar|erreichbar|"
    r"utilgjengelig) (?:again|weer|wieder|igjen)\b|\b(?:again|weer|wieder|igjen) (?:down|"
    r"offline|plat|eruit|nede|weg|unreachable|onbereikbaar|nicht erreichbar|utilgjengelig|"
    r"ausgefallen)\b",
    re.IGNORECASE,
)
# Words in single quotes ("we got a couple of 'is your website down' messages"): what
# someone else said, not the writer's tense (an apostrophe inside a word opens none).
_SINGLE_QUOTED = re.compile(r"(?<![\w'’])['‘’][^'‘’\n]{1,80}['’](?![\w'’])")
# A clock time today ("today at 7:40", "heute gegen 7:40", "vandaag rond 7.40 uur", "rundt
# 7.40 i dag") names when something happened, not that it still goes on ("today" alone does,
# `_ONGOING`).
_CLOCK_TODAY = re.compile(
    r"\b(?:today|vandaag|heute|i dag)\s+(?:(?:at|around|about|om|rond|omstreeks|tegen|um|"
    r"gegen|kurz nach|kurz vor|kl\.|kl|klokka|klokken|rundt|ved|between|tussen|zwischen|"
    r"mellom|from|van|von|fra|ca\.)\s+)+\d{1,2}(?:[:.]\d\d)?(?!\w)|"
    r"\b\d{1,2}(?:[:.]\d\d|\s*(?:uhr|uur|a\.?m\.?|p\.?m\.?|o'?clock))\s+"
    r"(?:today|vandaag|heute|i dag)\b",
    re.IGNORECASE,
)
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
_CLAUSE_MARK = re.compile(r"[,;:()]| - | – ")
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
_NOW_BEFORE_NON_WORD = Prefilter(re.compile(r"\b(" + _NOW_WORDS + r")\s+\W"))
_PLANNED_GATE = Prefilter(_PLANNED)
_FEATURE_WISH_GATE = Prefilter(_FEATURE_WISH)
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
_TOKEN = re.compile(r"[\w]+(?:['’][\w]+)*|[.!?;:,()]|\n[ \t]*\n")

# 'a page ("Sie haben ein iPhone gewonnen!") landet, wenn ...', '«Kunne ikke laste inn.» for
# alle': the full stop or "!" ends the quoted words, not the writer's sentence, which goes on
# in lower case after the closing quote. Such a mark is dropped so the clause stays whole.
# The closing quotes, single ones included ('Kunne ikke laste inn.' for alle, German
# ‚Seite nicht gefunden.‘): one set serves as the cheap test before the regex and inside it.
_QUOTE_CHARS = ('"', "”", "“", "»", "«", "'", "’", "‘")
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


@lru_cache(maxsize=1)
def shipped_rules() -> RuleSet:
    return load_rules()


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
# stay words. So does an address after a verb of answering ("etter flyttingen svarer
# portal.example.no med 404 på alle sider", "seitdem liefert shop.example.de nur 503"): the
# verb-second languages put the subject there, and its dots ended the sentence between the
# portal and its error. An address that opens the sentence as its subject ("The public website
# example.eu is working, only app.example.eu is the problem") keeps its old reading.
# Its ending, "." and a top-level domain in lower case: one pattern for the rewrite below and
# the cheap test before it, so the two cannot drift apart.
_ADDRESS_TLD = rf"\.(?-i:{ADDRESS_ENDINGS})"
_WRITTEN_ADDRESS = re.compile(
    r"(?P<before>, |\(|\b(?:unter|under|op|på|auf|at|on|"
    r"svarer|answers|responds|returns|antwortet|liefert|antwoordt|geeft|gir|zeigt|toont|viser) )"
    r"(?P<address>(?:www\.)?[\w-]+(?:\.[\w-]+)*" + _ADDRESS_TLD + r")\b(?![.\w-]*\w)",
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


def _scan_regexes(
    rs: RuleSet, text: str, tokens: list[str], field: str, found: dict[int, FiredRule]
) -> None:
    """Regex rules (`tokens`: the words of `text`), each tried if one of its triggers occurs."""
    lowered = text.lower()
    # the rules without a trigger and those whose trigger occurs, in rule order as before
    chosen = dict(rs.regexes_untriggered[field])
    by_trigger = rs.regexes_by_trigger[field]
    for trigger in _triggers_in(rs, lowered, tokens):
        chosen.update(by_trigger.get(trigger, ()))
    # the literals of the rule regexes in the text, read once: `pattern.may_match` asks the
    # same, one call per pattern
    index_ = rs.regex_needles
    needles = index_.present_lowered(lowered) if index_ is not None and chosen else None
    for position in sorted(chosen):
        index, _trigger, patterns = chosen[position]
        if index in found:
            continue
        rule = rs.rules[index]
        for pattern in patterns:
            if needles is not None and pattern.ignore_case and pattern.index is index_:
                if pattern.need is not None and pattern.need.isdisjoint(needles):
                    continue
            elif not pattern.may_match(lowered, lowered):
                continue
            fired = _first_unnegated(rs, rule, pattern, lowered)
            if fired is not None:
                found[index] = FiredRule(rule.id, rule.level, field, fired, rule.weight)
                break


def _triggers_in(rs: RuleSet, lowered: str, tokens: list[str]) -> set[str]:
    """The regex triggers that occur in `lowered` (`tokens`: its word tokens). A trigger of
    word characters lies within one run of them, and each such run within one token (tokens
    are made of the same lowered text), so it occurs iff it occurs inside some token: known
    per word from earlier texts, instead of some fifty substring searches per text."""
    # the read of the regexes' literals (`_scan_regexes`) finds the other triggers too
    index = rs.regex_needles
    present: set[str] = set()
    if index is not None:
        present.update(index.present(lowered).intersection(rs.other_triggers))
    cache = rs.trigger_cache
    for tok in set(tokens):
        if tok > SOFT:
            inside = cache.get(tok)
            if inside is None:
                inside = frozenset(t for t in rs.word_triggers if t in tok)
                if len(cache) < 50_000:  # bounded: the vocabulary of mail is not
                    cache[tok] = inside
            if inside:
                present |= inside
    return present


def _first_unnegated(rs: RuleSet, rule: Rule, pattern: Prefilter, lowered: str) -> str | None:
    for m in pattern.finditer(lowered, lowered=True):
        if rule.negatable:
            before = _tokens(lowered[max(0, m.start() - 60) : m.start()])
            if negated(before, len(before), [], rs.negation_for(rule.language)):
                continue
        return m.group(0).strip()
    return None


def _occurs(gate: Prefilter, text: str, lowered: str) -> bool:
    """`gate.pattern.search(text) is not None`, without the search when a literal it needs
    is missing (`lowered`: `text.lower()`)."""
    return gate.may_match(text, lowered) and gate.search(text, lowered=text is lowered) is not None


# A paragraph wrapped at 72 or 80 characters ("unreachable last\nnight"): its lines are one
# sentence for the frames that look for a time ("last night", "gestern Abend") in it.
_WRAP = re.compile(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)")


def _unwrap(text: str) -> str:
    """`text` with the single line breaks inside its paragraphs as spaces: `_WRAP.sub(" ",
    text)`, found from each line break rather than tried at every character (a quarter of
    the time on a 5 KB mail)."""
    i = text.find("\n")
    if i == -1:
        return text
    out: list[str] = []
    pos, end = 0, len(text)
    while i != -1:
        start, after = i, i + 1  # the spaces and tabs before the break go with it
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        while after < end and text[after] in " \t":
            after += 1
        if (
            start > 0
            and after < end
            and not text[start - 1].isspace()
            and not text[after].isspace()
        ):
            out.append(text[pos:start])
            out.append(" ")
            pos = i + 1
        i = text.find("\n", i + 1)
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _sentence_memo() -> Callable[[str], list[str]]:
    """`sentences`, remembered for one field of one message (not across messages)."""
    memo: dict[str, list[str]] = {}

    def split(text: str) -> list[str]:
        if text not in memo:
            memo[text] = sentences(text)
        return memo[text]

    return split


def _pieces(fired: FiredRule) -> list[str]:
    """The words a rule matched, piece by piece (a near rule's pieces are joined by "…")."""
    return [piece.strip() for piece in fired.matched.split("…")]


def _joined_words(text: str) -> str:
    """The words of `text` joined by spaces, without clause marks: the form `_lies_within`
    compares matched pieces with."""
    return " ".join(t for t in _tokens(text) if t > SOFT)


def _lies_within(fired: FiredRule, part: str) -> bool:
    """Every piece `fired` matched occurs in `part` (tokens joined by spaces)."""
    return all(piece in part for piece in _pieces(fired))


def _forget_matches_in(
    parts: list[str],
    found: dict[int, FiredRule],
    new: set[int],
    levels: tuple[str, ...] = ("critical", "urgent"),
    told: str | None = None,
) -> None:
    """Forget the rules among `new` of `levels` whose every matched piece lies within
    `parts` (sentences or spans, as tokens joined by spaces): a question, a past outage,
    news about others, a request, a denial, not the writer's report. With `told` (the rest
    of the text, joined the same way), a rule whose pieces all occur there too is kept: the
    same words said outside the parts are said ("Wir hatten eine Datenpanne. Um eine weitere
    Datenpanne zu vermeiden, ...").
    A forgotten rule leaves `new` as well as `found`, so a later pass over the same `new`
    meets only rules still found."""
    joined = " | ".join(parts)
    for index in list(new):
        fired = found.get(index)
        if fired is None:
            new.discard(index)
            continue
        if (
            fired.level in levels
            and _lies_within(fired, joined)
            and not (told is not None and _lies_within(fired, told))
        ):
            del found[index]
            new.discard(index)


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
        or (_CAPABILITY_QUESTION.match(s) and says(_FEATURE_WISH_GATE))
        or (says(_PLANNED_GATE) and not _AFTER_THE_WORK.search(s) and not _told_now(s))
    ]
    if not asked:
        return
    _forget_matches_in(asked, found, new)


def _told_now(question: str) -> bool:
    """A question that tells the failure as now, not as the time of the work."""
    return bool(_TOLD_NOW.search(question)) and not _ASKED_OF_THE_WORK.search(question)


def _says_recent(lowered: str) -> bool:
    """`_RECENT.search(lowered) is not None`, one language's alternation at a time."""
    return any(_occurs(gate, lowered, lowered) for gate in _RECENT_GATES)


def _says_now_ok(lowered: str) -> bool:
    """`_NOW_OK.search(lowered) is not None`, one language's alternation at a time."""
    if any(_occurs(gate, lowered, lowered) for gate in _NOW_OK_CORE_GATES):
        return True
    # only a "now" before a cue that starts with a non-word character ("now 's back") is left
    return _occurs(_NOW_BEFORE_NON_WORD, lowered, lowered) and any(
        _occurs(gate, lowered, lowered) for gate in _NOW_OK_GATES
    )


_THANKED_FOR_FIX = (".thanks_after_fix", ".cx_thanks_note", ".fixed_thanks")


def _drop_past(
    text: str, found: dict[int, FiredRule], new: set[int], split: Callable[[str], list[str]]
) -> str:
    """Forget incident rules whose match lies only in sentences about a past, over outage.
    Returns the other sentences when some were past (else ""): a rule keeps its first match
    only, so one forgotten may still fire there (`_fires_again`)."""
    if not any(found[i].level in ("critical", "urgent") for i in new):
        return ""
    # The gate on the lowered text, case-sensitive (same matches, much cheaper).
    lowered = text.lower()
    long_ago = _occurs(_LONG_AGO_GATE, lowered, lowered)
    # a period that ended ("was down for 20 minutes") is past without a "works now", as a
    # long-ago time is
    over = any(_occurs(gate, lowered, lowered) for gate in _OVER_GATES)
    # "works now" matters beside a recent outage only: with a long-ago one it is looked for
    # when a sentence names a recent time (the dearest search of the three on a long mail)
    now_ok: list[bool] = []
    if not long_ago and not over:
        # "I just wanted to thank you for reacting so quickly on Tuesday evening when the
        # shop was down": thanks for how an outage was handled say it is over, as "it works
        # now" does
        thanked = any(found[i].id.endswith(_THANKED_FOR_FIX) for i in found)
        # the literal tests of both before either search
        if not any(gate.may_match(lowered, lowered) for gate in _RECENT_GATES) or not (
            thanked or any(gate.may_match(lowered, lowered) for gate in _NOW_OK_GATES)
        ):
            return ""
        if not _says_recent(lowered) or not (thanked or _says_now_ok(lowered)):
            return ""
        now_ok.append(True)

    def said_now_ok() -> bool:
        if not now_ok:
            now_ok.append(_says_now_ok(lowered))
        return now_ok[0]

    # The words that named a time, found once in the whole text: a sentence is searched only
    # when it holds one of them.
    long_hits = [m.group(0) for m in _LONG_AGO_LOWER.finditer(lowered)] if long_ago else []
    recent_hits: list[str] | None = None

    def is_past(sentence: str) -> bool:
        nonlocal recent_hits
        low = sentence.lower()
        # the sentence without its quotes, works-again cues and clock times of today: what is
        # left says whether something still goes on
        told = None
        ended = False  # a period that ended: past unless the sentence says it goes on
        if over and any(_occurs(gate, low, low) for gate in _OVER_SENTENCE_GATES):
            told = _CLOCK_TODAY.sub(" ", _NOW_OK.sub(" ", _QUOTED.sub(" ", sentence)))
            ended = not _NOT_OVER.search(_SINGLE_QUOTED.sub(" ", told))
        if not ended and not (
            any(h in low for h in long_hits)
            and _LONG_AGO.search(sentence)
            and not _dates_the_change(sentence)
        ):
            if recent_hits is None:
                recent_hits = [
                    m.group(0)
                    for gate in _RECENT_GATES
                    if gate.may_match(lowered, lowered)
                    for m in gate.finditer(lowered, lowered=True)
                ]
            if not (
                any(h in low for h in recent_hits) and _RECENT.search(sentence) and said_now_ok()
            ):
                return False
        if told is None:
            told = _CLOCK_TODAY.sub(" ", _NOW_OK.sub(" ", _QUOTED.sub(" ", sentence)))
        return not _ONGOING.search(told)

    told: list[str] = []
    past: list[str] = []
    for sentence in split(text):
        if is_past(sentence):
            past.append(_joined_words(sentence))
        else:
            told.append(sentence)
    if not past:
        return ""
    _forget_matches_in(past, found, new)
    return " ".join(told)


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


_LOOKED_FOR_ELSEWHERE = FiredRule("", "low", "", "", 0.0)


# "I read in the paper that thousands of sites were hacked", "heise berichtet ...": news
# about other sites, or about sites in general, is no breach or outage of ours. A sentence
# that also claims it for us ("... and our site was hit too") is the writer's report.
_MEDIUM = (
    r"(in the news|on the news|in the (news)?papers?|on the radio|on tv|in het nieuws|"
    r"op het nieuws|in de krant|op de radio|op tv|in der zeitung|in den nachrichten|im radio|"
    r"im fernsehen|i avisen?|på nyhetene|i nyhetene|på radio(en)?|på tv|"
    # the broadcasters and papers by name ("saw on NRK that ...", "las bij de NOS dat ...")
    r"on (the )?bbc|on sky news|on cnn|(bij|op) (de )?nos|(bij|op) rtl( nieuws)?|"
    r"(im|in der|bei der|bei|auf) (ard|zdf|n-tv|ntv)|på (nrk|tv ?2|e24)|"
    r"i (vg|aftenposten|dagbladet)|"
    # a news site by its address ("las op nu.nl dat ...", "read on theverge.com that ...")
    r"(on|op|auf|bei|på|in) ([\w-]+\.)+(nl|be|com|de|at|ch|no|net|org|uk|news))"
)
# A medium alone ("we put an offer in the paper") is no news about others: someone read, saw
# or heard it there ("I read in the paper that ...", "las in de krant dat ...", "in der
# Zeitung stand, dass ...", "leste i avisen at ...").
_NEWS_FRAME = re.compile(
    # "did you see the story on the BBC", "zie je het op het nieuws": a present "see" too
    r"\b((read|saw|seen|see|heard|reading|reported|there was|there were|it said|it was|zie|"
    r"las|lazen|lees|gelezen|zag|zagen|gezien|hoorde|hoorden|gehoord|stond|was het|kwam|"
    r"las|lasen|gelesen|sah|sahen|gesehen|hörte|hörten|gehört|stand|kam|berichtet\w*|"
    r"sehe|sehen|siehst|sieht|"
    r"leste|lest|lese|så|ser|sett|hørte|hørt|stod|sto|var det)\b(\s+\w+){0,3}?\s+"
    + _MEDIUM
    + r"|"
    + _MEDIUM
    + r"(\s+\w+){0,2}?\s+(gelesen|gesehen|gehört|stand|kam|berichtet\w*|gelezen|"
    r"gezien|gehoord|stond|leste|lest|sett|hørt|stod|"
    # the verb put second ("In het nieuws las ik dat ...", "In der Zeitung las ich, dass ...",
    # "I avisen leste jeg at ..."; not "så", also "so": "kampanje på tv så dere må ...")
    r"las|lazen|zag|zagen|hoorde|hoorden|lasen|sah|sahen|hörte|hörten|hørte)\b|"
    r"news (article|report|item|story)|"
    # a news item forwarded by its name ("Fwd: nieuwsbericht datalek", "WG: Zeitungsartikel
    # Hackerangriff"): the subject of a forward names another's news (not "alle
    # nieuwsberichten zijn weg", the customer's own posts)
    r"^\s*(fwd?|fw|wg|doorst|vs|tr|vb)\s*:\s*(nieuwsbericht|nieuwsartikel|krantenartikel|"
    r"nachrichtenartikel|zeitungsartikel|pressebericht|pressemeldung|nyhetssak|nyhetsartikkel|"
    r"avisartikkel|news article|news item|news story|newspaper article)\w*|"
    r"an article (about|on|in)|een artikel (over|in)|"
    r"(einen|ein) artikel (über|in|im)|en artikkel (om|i)|"
    r"(heise|golem|zeitung|presse|medien|nachrichten|tagesschau|spiegel)\w* (berichtet|"
    r"berichten|schreibt|schreiben|meldet|melden)|"
    r"(according to|volgens|laut|ifølge) (the |het |de |den |der |dem |a |an |een |einem |"
    r"einer |en |et )?(news|nieuws|krant|nachrichten|zeitung|heise|media|medien|presse|avisen|"
    r"nyhetene|reports|berichten|"
    # "laut einem Zeitungsartikel", "volgens een krantenbericht", "according to a news report"
    r"zeitungs\w+|presse\w+|nachrichten\w+|kranten\w+|nieuws\w+|avis\w+|nyhets\w+|"
    r"news ?(article|report|item|story)|newspaper|article|artikel|bericht|artikkel)|"
    r"i (have |had |just )?read (that|about|somewhere)|read somewhere|"
    # the threat in general, heard of again and again ("we read a lot about hacked WordPress
    # sites lately", "I keep hearing about shops that got hacked", "vi leser mye om hackere
    # for tiden"): others' news, not a report of ours
    r"(keep|kept) (reading|hearing|seeing) about|"
    r"(read|hear|see|reading|hearing|seeing) (so much|a lot|lots|more and more|a great deal) "
    r"about|"
    r"(leser|hører|lest|hørt|lese|høre) (så mye|mye|stadig vekk|stadig|mer og mer|ofte) om|"
    r"(las|lees|gelezen) (ergens|dat|over)|gelesen,? dass|irgendwo gelesen|"
    r"(leste|lest) (et sted|om at|at)|"
    r"(thousands|hundreds|millions|lots|loads|plenty|dozens) of (\w+ )?(web)?(sites|shops|"
    r"stores|businesses|companies)|many (\w+ )?(web)?(sites|businesses|companies|shops|"
    r"stores)|"
    r"(duizenden|honderden|tientallen|veel|heel veel|tal van) (\w+ )?(web)?(sites|"
    r"bedrijven|verenigingen|shops|winkels)|"
    r"(tausende|hunderte|dutzende|viele|zahlreiche|tausenden|hunderten|dutzenden|vielen|"
    r"zahlreichen) (\w+ )?[\w-]*(websites|webseiten|internetseiten|firmen|unternehmen|"
    r"vereine|vereinen|shops)|"
    r"(tusenvis|hundrevis|mange|flere hundre) (av )?(\w+ )?\w*(nettsider|nettbutikker|"
    r"bedrifter|foreninger)|"
    # "Datainnbrudd hos andre", "Hackerangriffe bei anderen Firmen", "a breach at other
    # companies": it happened to others (not "at other customers'", whose data we show)
    # "a buddy of mine said his site crashed when his ad aired", "een kennis vertelde dat haar
    # webshop plat ging": another owner's site, told of by that friend, is no outage of ours
    # ("my brother runs the bakery, his site is down" is not told of: a report for him)
    r"(friend|buddy|mate|neighbou?r|brother|sister|cousin|acquaintance|competitor)s?\b[^.!?\n]{0,60}?"
    r"\b(said|says|told|tells|mentioned|explained)\b[^.!?\n]{0,40}?"
    r"\b(his|her|their) (own )?(web ?site|site|web ?shop|online shop|shop|store)|"
    r"(vriend|vriendin|kennis|buurman|buurvrouw|zwager|broer|zus|concurrent)\w*\b"
    r"[^.!?\n]{0,60}?\b(zei|zegt|vertelde|vertelt|vertelden)\b[^.!?\n]{0,40}?"
    r"\b(zijn|z'n|haar|hun) (eigen )?(web ?site|site|web ?shop|winkel)|"
    r"(freund|freundin|bekannte|bekannter|nachbar|nachbarin|schwager|bruder|schwester|"
    r"konkurrent)\w*\b[^.!?\n]{0,60}?\b(sagte|sagt|erzählte|erzählt|meinte|meint)\b"
    r"[^.!?\n]{0,40}?\b(seine|ihre|deren|sein|seinen|ihren) (eigene |eigener |"
    r"eigenen )?(website|webseite|seite|homepage|shop|onlineshop|webshop)|"
    r"(venn|venninne|kompis|bekjent|nabo|svoger|bror|søster|fetter|kusine|konkurrent)\w*\b"
    r"[^.!?\n]{0,60}?\b(sa|sier|fortalte|forteller)\b[^.!?\n]{0,40}?"
    r"\b((nettsiden|nettbutikken|siden|butikken) (hans|hennes)|(hans|hennes) "
    r"(nettside|nettbutikk))|"
    r"(hos|bei|bij) (andre|anderen|andere)(?=\s*([.,;:!?()–-]|$))|"
    r"(hos andre|bei anderen|bij andere|at other|at others'?) (bedrifter|firmaer|selskaper|"
    r"nettsteder|virksomheter|firmen|unternehmen|websites|webseiten|bedrijven|sites|"
    r"organisaties|companies|businesses|firms|organisations|organizations|"
    # "bij andere webshops", "bei anderen Shops", "hos andre nettbutikker", "at other shops"
    r"webshops|webwinkels|winkels|shops|onlineshops|nettbutikker|butikker|stores))\b",
    re.IGNORECASE,
)
# Where the news clause begins (after the last comma or semicolon before the frame) and ends
# (a "but", the writer's own "and we ...", a semicolon, or the end of the sentence).
_CLAUSE_START = re.compile(r"[,;:]")
_CLAUSE_END = re.compile(
    r"\b(but|however|maar|echter|aber|doch|jedoch|men|likevel|"
    r"(and|en|und|og) (we|our|us|wij|we|onze|ons|wir|unser\w*|uns|vi|vår\w*|oss))\b|[;:]|"
    r",\s*(we|our|wij|onze|wir|unser\w*|vi|vår\w*)\b",
    re.IGNORECASE,
)
_OWN_CLAIM = re.compile(
    r"\b(our|us|we'?ve|we were|we got|we have been|ons|onze|wij zijn|we zijn|uns|unsere?|"
    r"wir wurden|wir sind|vår|vårt|våre|oss|vi ble|vi er blitt|vi har blitt)\b",
    re.IGNORECASE,
)
# Words one of which every news frame contains (a cheap test before the search): a medium,
# reading, or a crowd of other sites.
_NEWS_WORDS = frozenset(
    ["news", "paper", "newspaper", "newspapers", "article", "radio", "tv", "nieuws", "krant",
     "artikel", "zeitung", "nachrichten", "fernsehen", "heise", "golem", "presse", "medien",
     "tagesschau", "spiegel", "avis", "avisen", "nyhetene", "artikkel", "according", "volgens",
     "laut", "ifølge", "read", "las", "lees", "gelezen", "gelesen", "leste", "lest",
     # seeing it on a news site by its address ("zag op tweakers.net dat ...")
     "saw", "zag", "gezien", "sah", "gesehen", "sett",
     "thousands", "hundreds", "millions", "lots", "loads", "plenty", "dozens", "many",
     "duizenden", "honderden", "tientallen", "veel", "tal", "tausende", "hunderte", "dutzende",
     "viele", "zahlreiche", "vielen", "zahlreichen", "tausenden", "hunderten", "dutzenden",
     "tusenvis", "hundrevis", "mange", "hundre", "bbc", "sky", "cnn",
     "nos", "rtl", "ard", "zdf", "ntv", "nrk", "tv2", "e24", "vg", "aftenposten", "dagbladet",
     "nieuwsbericht", "nieuwsberichten", "nieuwsartikel", "nieuwsartikelen", "krantenartikel",
     "krantenartikelen", "nachrichtenartikel", "zeitungsartikel", "pressebericht",
     "pressemeldung", "nyhetssak", "nyhetssaken", "nyhetsartikkel", "nyhetsartikkelen",
     "avisartikkel", "avisartikkelen",
     # a friend who told of their own site ("my buddy said his site crashed")
     "friend", "friends", "buddy", "mate", "neighbour", "neighbor", "brother", "sister", "cousin",
     "acquaintance", "competitor", "vriend", "vriendin", "kennis", "buurman", "buurvrouw",
     "zwager", "broer", "zus", "concurrent", "freund", "freundin", "bekannte",
     "bekannter", "nachbar", "nachbarin", "schwager", "bruder", "schwester", "konkurrent",
     "venn", "venninne", "kompis", "bekjent", "nabo", "svoger", "bror", "søster", "fetter",
     "kusine", "konkurrent"]
)  # fmt: skip
# The words of a breach "at others" ("hos andre", "bei anderen Firmen"): too common alone for
# `_NEWS_WORDS`, looked for as pairs in the lowered text instead.
_ELSEWHERE_WORDS = ("hos andre", "bei anderen", "bij andere", "at other",
                    # the threat heard of again and again ("hear" alone is in every "hope to
                    # hear from you": the 7 ms search of a 5 KB mail would run for nothing)
                    "keep reading", "keep hearing", "keep seeing", "kept reading",
                    "kept hearing", "kept seeing", "so much about", "a lot about",
                    "lots about", "more and more about", "a great deal about", "mye om",
                    "stadig om", "stadig vekk om", "mer og mer om", "ofte om")  # fmt: skip


# A competitor's site, named as theirs ("de website van onze concurrent ligt plat", "die
# Seite unseres Konkurrenten ist down", "our competitor's shop is down"): not ours, even
# with an "our" in the naming, which the own-claim test below does not see for that reason.
_RIVAL_SITE = re.compile(
    r"\b((our|my|a|one of our) )?(competitor|competition|rival)('s|s'|s)? (own )?"
    r"(web ?site|site|web ?shop|online shop|shop|store)\b|"
    r"\b(web ?site|site|web ?shop|online shop|shop|store) of (our |a |one of our |the )?"
    r"(competitors?|competition|rivals?)\b|"
    r"\b(website|site|webshop|webwinkel|winkel) van (onze |een |de |die )?(concurrent|"
    r"concurrenten|concurrentie)\b|\b(concurrent|concurrenten) (zijn|z'n|hun|haar) (website|"
    r"site|webshop)\b|"
    r"\b(website|webseite|seite|homepage|shop|onlineshop|webshop) (unseres|unserer|eines|des|"
    r"der|vom|von unserem|von einem) (konkurrenten|konkurrenz|mitbewerbers?|wettbewerbers?)\b|"
    r"\bkonkurrenz(seite|shop|website|webseite)\b|"
    r"\b(nettsiden|nettbutikken|siden|butikken|hjemmesiden) (til )?(en |vår |våres )?"
    r"(konkurrent|konkurrenten|konkurrentene)( vår| våre| vårt| våres)?\b|"
    r"\bkonkurrente(n|ne)s (nettside|nettbutikk|side|hjemmeside)\b",
    re.IGNORECASE,
)
_ALSO_OURS = re.compile(
    r"\b(ours|both|as well|too|also|ook|allebei|alle twee|beide|auch|ebenfalls|begge|også)\b",
    re.IGNORECASE,
)
# The whole-text test for a news frame, run on the lower-cased text without IGNORECASE: its
# alternatives are tried at every character, and case-folding each try made this one search
# about a twentieth of a classification whenever a word like "many" or "read" occurs.
_NEWS_GATE = Prefilter(_NEWS_FRAME)
_RIVAL_WORDS = frozenset(
    ["competitor", "competitor's", "competitors", "competitors'", "competition", "rival",
     "rival's", "rivals", "concurrent", "concurrenten", "concurrentie", "konkurrenten",
     "konkurrenz", "mitbewerbers", "wettbewerbers", "mitbewerber", "wettbewerber",
     "konkurrenzseite", "konkurrenzshop", "konkurrenzwebsite", "konkurrenzwebseite",
     "konkurrent", "konkurrentene", "konkurrentens", "konkurrentenes"]
)  # fmt: skip


def _drop_reported(
    text: str,
    tokens: list[str],
    found: dict[int, FiredRule],
    new: set[int],
    split: Callable[[str], list[str]],
) -> None:
    """Forget incident rules whose match lies only in sentences reporting news about other
    sites (or sites in general), or about a competitor's site: a question about a risk, not
    a report of ours. `tokens`: the words of `text`."""
    if not any(found[i].level in ("critical", "urgent") for i in new):
        return
    lowered = text.lower()
    if not _NEWS_WORDS.isdisjoint(tokens):
        news = _NEWS_GATE.search(lowered, lowered=True) is not None
    else:
        news = any(w in lowered for w in _ELSEWHERE_WORDS) and (
            _NEWS_GATE.search(lowered, lowered=True) is not None
        )
    rival = not _RIVAL_WORDS.isdisjoint(tokens) and bool(_RIVAL_SITE.search(text))
    if not news and not rival:
        return
    told: list[str] = []
    for s in split(text):
        frames = [(m, False) for m in _NEWS_FRAME.finditer(s)] if news else []
        frames += [(m, True) for m in _RIVAL_SITE.finditer(s)] if rival else []
        for m, blank in frames:
            starts = [c.end() for c in _CLAUSE_START.finditer(s, 0, m.start())]
            end = _CLAUSE_END.search(s, m.end())
            clause = s[starts[-1] if starts else 0 : end.start() if end is not None else len(s)]
            # a rival's site named with "our" ("van onze concurrent") is still not ours; but
            # "our competitor's shop and ours are both down" is
            claimed = clause.replace(m.group(0), " ") if blank else clause
            if not _OWN_CLAIM.search(claimed) and not (blank and _ALSO_OURS.search(claimed)):
                told.append(_joined_words(clause))
    if not told:
        return
    _forget_matches_in(told, found, new)


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


# "It works again IF you refresh": a workaround under a condition, not a fix. A "works
# again" cue followed in its sentence by a condition does not say the problem is over.
_CONDITION_AFTER = re.compile(
    r"[^.!?\n]{0,40}?\b(if|when|as long as|unless|als|wanneer|zolang|mits|wenn|falls|sobald|"
    r"solange|hvis|når|dersom|så lenge)\b"
)
_RESOLVED_CUES = (".resolved", ".resolved_statement", ".thanks")
# "We will alert you when it is back up", "statusen oppdateres ikke før callback fungerer
# igjen", "erst wenn der Webhook wieder funktioniert", "zodra de koppeling weer werkt": a
# works-again cue after a word of time to come (within its clause) says when something will be
# over, not that it is. A cue in the past ("when I looked, it was back up") is no such case.
_CONDITION_BEFORE = re.compile(
    r"\b(when|whenever|once|until|till|before|as soon as|wenn|sobald|bis|bevor|ehe|zodra|"
    r"wanneer|totdat|voordat|når|så snart|før|inntil)\b[^.!?\n,;:]{0,40}$"
)
_PAST_CUE = re.compile(
    r"(was|were|came|worked|went|had|got|var|fungerte|virket|funket|kom|gikk|war|lief|ging|"
    r"funktionierte|kam|werkte|deed|kwam|draaide|liep)\b"
)
# "It stopped working again", "we thought it was fixed": broken again, not working again.
# "We really need this working again", "can you get it working again": a wish, not a fix
# (the other languages' works-again cues are finite verbs, which a wish does not use).
_BROKEN_BEFORE = re.compile(
    r"\b(stopped|quit|ceased|gestopt met|aufgehört zu|sluttet å|thought it|thought that|"
    r"dachten,? es|dachte,? es|dachten dat het|dacht dat het|trodde det|trodde at det|"
    r"(need|needs|want|wants|get|getting|have|having) (it|this|that|them|everything|things))\s+$"
)

# "Wij willen dat hij zo snel mogelijk weer online is", "Wir wollen, dass er so schnell wie
# möglich wieder online ist", "Vi vil at den skal være oppe igjen så fort som mulig": the
# writer wishes the site back, in words ("weer online", "wieder online", "oppe igjen") that
# are no finite verb, so the wish is read in the sentence before the cue (within 60
# characters, no sentence end between). A need is a wish too: "vi trenger testmiljøet oppe
# igjen i morgen", "wir brauchen das Testsystem morgen wieder online".
_WISH_BEFORE = re.compile(
    r"(\b(want|wants|wanted|hope|hoping|need|needs|brauchen|brauche|benötigen|trenger)\b|"
    r"\b(willen|wil|hopen|hoop|moet|moeten) "
    r"(dat|graag)\b|\b(wollen|will|möchten|möchte|hoffen|hoffe|muss|müssen),? (dass|bitte)\b|"
    r"\bbitte\b|\b(vil|ønsker|håper|må) at\b|\bskal være\b|\bas soon as possible\b|"
    r"\bzo snel mogelijk\b|\bso schnell wie möglich\b|\bså fort som mulig\b)[^.!?\n]*$"
)

# An outage on and off ("every five minutes", "av og på", "im Minutentakt", "om de paar
# minuten"): its return is a step of the cycle, told after "then" ("it works for two minutes,
# then everyone gets a 502, and then it's back again", "og så er den tilbake igjen", "und dann
# wieder da", "en dan weer terug"), not the outage over.
_CYCLE = re.compile(
    r"\b(on and off|off and on|every (few|couple of|\d+|two|three|four|five|ten|fifteen|twenty) "
    r"min(ute)?s|every minute|av og på|hvert (\d+\.?|annet|andre|tredje|femte|tiende|"
    r"kvarter)( minutt)?|hvert minutt|med (noen|få) minutters mellomrom|im minutentakt|"
    r"alle (paar|\d+|zwei|drei|fünf|zehn|15|20) minuten|jede minute|om de (paar|\d+|twee|drie|"
    r"vijf|tien) minuten|elke (paar|\d+|twee|drie|vijf|tien) minuten|elke minuut|"
    r"aan en uit|an und aus)\b"
)
_STEP_BEFORE = re.compile(r"\b(then|så|dann|dan|daarna|danach|etterpå)\b(\s+[\w'’]+){0,3}\s*$")


def _drop_conditional_resolved(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget "works again" cues whose every occurrence is followed by a condition, or is a
    step of an outage on and off (`_CYCLE`, `_STEP_BEFORE`)."""
    lowered = None
    cycle: bool | None = None
    for index in new:
        fired = found[index]
        if fired.level not in ("demote", "low") or not fired.id.endswith(_RESOLVED_CUES):
            continue
        if "…" in fired.matched:
            continue
        if lowered is None:
            lowered = text.lower()
        words = r"\W+".join(re.escape(w) for w in fired.matched.split())
        hits = list(re.finditer(r"\b" + words + r"\b", lowered))
        if not hits:
            continue
        if cycle is None:
            cycle = _CYCLE.search(lowered) is not None
        if all(
            _CONDITION_AFTER.match(lowered, m.end())
            or _BROKEN_BEFORE.search(lowered, max(0, m.start() - 18), m.start())
            or _WISH_BEFORE.search(lowered, max(0, m.start() - 60), m.start())
            or (
                _CONDITION_BEFORE.search(lowered, max(0, m.start() - 60), m.start())
                and not _PAST_CUE.match(fired.matched)
            )
            or (cycle and _STEP_BEFORE.search(lowered, max(0, m.start() - 30), m.start()))
            for m in hits
        ):
            del found[index]


# "The booking system has worked fine again since then", "werkt sindsdien weer prima", "läuft
# seitdem wieder einwandfrei", "har fungert fint igjen siden da": a works-again clause. A
# failure matched in its sentence up to a "but" after it is over ("... and we have no
# complaints"); one after the "but" ("worked again yesterday, but since this morning nobody
# can pay") is not.
_AGAIN_FILL = (
    r"(?: (?:fine|perfectly|normally|properly|well|ok|okay|all|everything|it|smoothly|great|"
    r"now|also|just|has|have|had|been|prima|goed|normaal|gewoon|perfect|alles|het|nu|ook|al|"
    r"weer|sindsdien|einwandfrei|problemlos|normal|perfekt|gut|es|ja|jetzt|auch|alles|wieder|"
    r"seitdem|fint|normalt|helt|alt|det|bra|nå|også|igjen|again|hat|har|"
    # the site as a pronoun of its gender: "nå virker den igjen", "nu werkt hij weer", "jetzt
    # läuft sie wieder" (die Seite)
    r"den|hij|zij|sie))"
)
_WORKS_AGAIN = re.compile(
    r"\b(?<!stopped )(?<!not )(?<!never )(?<!niet )(?<!nooit )(?<!nicht )(?<!nie )"
    r"(?<!ikke )(?<!aldri )(?:"
    rf"(?:works?|worked|working|runs?|running|ran|functions?|functioned){_AGAIN_FILL}{{0,3}} "
    r"(?:again|since then|ever since)|"
    r"(?:is|are|was|were|been|'s) (?:back )?(?:fine|ok|okay|normal|up|online|running|"
    r"reachable|working) again|back to normal|"
    rf"(?:werkt|werkte|werken|werkten|gewerkt|draait|draaide|gedraaid|doet het|deed het|"
    rf"functioneert|functioneerde){_AGAIN_FILL}{{0,3}} (?:weer|sindsdien|sinds die tijd)|"
    r"weer (?:prima|goed|normaal|bereikbaar|online|in de lucht)|"
    rf"(?:funktioniert|funktionierte|läuft|lief|gelaufen|geht|ging|gegangen){_AGAIN_FILL}{{0,3}}"
    r" (?:wieder|seitdem|seither)|wieder (?:einwandfrei|normal|erreichbar|online|problemlos)|"
    rf"(?:virker|virket|fungerer|fungerte|fungert|funker|funket|går|gikk){_AGAIN_FILL}{{0,3}}"
    r" (?:igjen|siden da)|(?:fint|normalt|oppe) igjen)"
    # "works again if you reload", "geht wieder nicht": no cue; nor "geht es wieder los" (it
    # starts again: the trouble is back)
    r"\b(?! (?:if|when|unless|als|wanneer|wenn|falls|hvis|når|not|niet|nicht|ikke|nie|nooit|"
    r"aldri|kaputt|kapot|down|offline|nede|plat|eruit|los)\b)",
    re.IGNORECASE,
)
_CONTRAST = re.compile(
    r"\b(but|however|although|though|except|apart from|maar|echter|behalve|alleen|aber|doch|"
    r"jedoch|allerdings|außer|nur|men|bortsett fra|unntatt|likevel)\b|[;:]",
    re.IGNORECASE,
)
# The words one of which every works-again clause holds (a cheap test before the search).
_AGAIN_WORDS = ("again", "since then", "ever since", "to normal", "weer", "sindsdien",
                "sinds die tijd", "wieder", "seitdem", "seither", "igjen", "siden da")  # fmt: skip


def _drop_works_again(
    text: str, found: dict[int, FiredRule], new: set[int], split: Callable[[str], list[str]]
) -> None:
    """Forget incident rules whose match lies in a sentence that says it works again, before
    any "but" that follows the works-again clause."""
    if not any(found[i].level in ("critical", "urgent") for i in new):
        return
    lowered = text.lower()
    if not any(w in lowered for w in _AGAIN_WORDS):
        return
    over: list[str] = []
    cycle = _CYCLE.search(lowered) is not None
    for s in split(text):
        low = s.lower()
        if not any(w in low for w in _AGAIN_WORDS):
            continue
        m = _WORKS_AGAIN.search(s)
        if m is None:
            continue
        if cycle and _STEP_BEFORE.search(low, max(0, m.start() - 30), m.start()):
            # "falls over every ten minutes and is then back online": a step of the cycle
            continue
        cut = _CONTRAST.search(s, m.end())
        clause = s[: cut.start()] if cut is not None else s
        over.append(_joined_words(clause))
    if over:
        _forget_matches_in(over, found, new)


# "Thanks, the site works again. But since yesterday the confirmation mails are not sent",
# "danke, die Seite ist wieder erreichbar. Aber ...", "de site doet het weer! Wel merken we nu
# ...", "takk, nå virker den. Men ...": the thanks and the works-again cue close the old
# incident; a new problem after the "but" is not closed by them. When the text after the
# first "but" that follows such a cue holds a critical or urgent signal of its own, the
# cues before the "but" (and the other low-level words there) no longer lower the level.
_OVER_CUES = (
    ".resolved", ".resolved_statement", ".thanks", ".thanks_after_fix", ".fixed_thanks",
    ".fine_since", ".thanks_again", ".nothing_is_broken", ".false_alarm",
)  # fmt: skip
# "One thing I've noticed though", "Mir ist aufgefallen": the writer reports something new.
_NEW_PROBLEM_CUE = ".new_problem_cue"
_SPACES = re.compile(r"\s*")
_NEW_PROBLEM = re.compile(
    r"(?:(?:^|[.!?\n]\s*)(?:but|however|aber|allerdings|doch|jedoch|leider|maar|wel|alleen|"
    r"helaas|men|dessverre|derimot)|,\s*(?:but|aber|doch|jedoch|maar|men))\b"
    # the "but" a few words into the next sentence ("Seit dem Neustart bekommen die Kunden aber
    # keine Rechnungen mehr", "Siden omstarten får kundene derimot ikke ...", "Since the restart,
    # though, ..."): the cut is where that sentence starts
    r"|(?:(?<=[.!?\n])\s*)(?=(?:[^\s.!?]+\s+){1,7}(?:aber|jedoch|allerdings|leider|derimot|"
    r"imidlertid|likevel|dessverre|echter|helaas|though|however|unfortunately)\b)"
    # a time the failure runs from, after the cue ("It was back up around 8. Since 9 it is
    # completely down", "was back up at 9 but since 10 the shop is down again", "Sinds 9 uur
    # ligt hij plat"): a new outage told now, not the old one's end ("since then" is that end)
    r"|(?:(?:^|[.!?\n])\s*|\s(?:but|aber|maar|men)\s+)(?:since|seit|sinds|siden)"
    r"(?=\s+(?!then\b|that\b|dann\b|damals\b|die tijd\b|toen\b|da\b|det\b)\S)",
    re.IGNORECASE,
)


# A question that asks whether the outage ends: its first word a verb or "when" ("Blir den
# oppe igjen?", "Is hij weer online?", "Läuft er bald wieder?", "When will it be back?"), not
# a statement with a doubtful "??" ("So it seems to be working again??").
_ASKS_WHETHER = re.compile(
    r"(blir|vil|kommer|er|går|når|is|will|when|are|does|do|wird|ist|läuft|geht|kommt|wann|"
    r"komt|gaat|wordt|werkt|wanneer|zal)\b"
)


def _drop_over_cue_in_question(
    text: str, found: dict[int, FiredRule], new: set[int], split: Callable[[str], list[str]]
) -> None:
    """Forget the over cues (`_OVER_CUES`) whose match lies only in questions: "Blir den oppe
    igjen i natt?", "Is hij vannacht weer online?", "Läuft er bald wieder?" ask whether the
    outage will end, and tell nothing of it ending."""
    cues = [
        i for i in new if found[i].id.endswith(_OVER_CUES) and found[i].level in ("demote", "low")
    ]
    if not cues or "?" not in text:
        return
    asked: list[str] = []
    told: list[str] = []
    for sentence in split(text):
        words = _joined_words(sentence)
        question = sentence.rstrip().endswith("?") and not sentence.rstrip().endswith("??")
        (asked if question and _ASKS_WHETHER.match(words) else told).append(words)
    _forget_matches_in(asked, found, set(cues), levels=("demote", "low"), told=" | ".join(told))


def _drop_cue_inside_over(
    lowered: str, cues: list[int], found: dict[int, FiredRule], new: set[int]
) -> None:
    """Forget new-problem cues made of the words of an over cue: "jetzt ... aber" in "jetzt
    läuft aber alles wieder" says that it works again, not that something new is wrong."""
    spans = []
    for i in cues:
        piece = _pieces(found[i])[0]
        at = lowered.find(piece)
        if at >= 0:
            spans.append((at, at + len(piece)))
    for i in list(new):
        if i not in found or not found[i].id.endswith(_NEW_PROBLEM_CUE):
            continue
        piece = _pieces(found[i])[0]
        at = lowered.find(piece)
        if at >= 0 and any(at < end and start < at + len(piece) for start, end in spans):
            del found[i]
            new.discard(i)


# "Hopefully just a false alarm, but ...", "Vielleicht ein Fehlalarm", "Misschien vals alarm",
# "Forhåpentligvis falsk alarm": the writer hopes or guesses that the alarm is false, and does
# not take it back.
_FALSE_ALARM = ".false_alarm"
_HEDGED = re.compile(
    r"\b(?:hopefully|maybe|perhaps|possibly|probably|hope|hoping|hoffentlich|vielleicht|"
    r"eventuell|möglicherweise|wahrscheinlich|hoffe|hopelijk|misschien|wellicht|mogelijk|"
    r"waarschijnlijk|hoop|forhåpentligvis|kanskje|muligens|trolig|sannsynligvis|håper)\b"
    r"(?:\s+[^\s.!?]+){0,3}\s+$"
)


def _drop_hedged_false_alarm(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget a false-alarm cue whose every occurrence a hedge word ("hopefully", "vielleicht",
    "misschien", "kanskje") stands a few words before: a guess, no alarm taken back."""
    lowered = text.lower()
    for i in [i for i in new if found[i].id.endswith(_FALSE_ALARM)]:
        piece = _pieces(found[i])[0]
        at = [m.start() for m in re.finditer(re.escape(piece), lowered)] if piece else []
        if at and all(_HEDGED.search(lowered, max(0, a - 60), a) for a in at):
            del found[i]
            new.discard(i)


def _drop_over_before_new_problem(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget the over cues (and low-level words) before a "but" that a new critical or
    urgent problem follows."""
    cues = [
        i for i in new if found[i].id.endswith(_OVER_CUES) and found[i].level in ("demote", "low")
    ]
    if not cues:
        return
    lowered = text.lower()
    _drop_cue_inside_over(lowered, cues, found, new)
    starts = [lowered.find(_pieces(found[i])[0]) for i in cues]
    starts = [s for s in starts if s >= 0]
    if not starts:
        return
    m = _NEW_PROBLEM.search(text, min(starts))
    while m is not None and _NOW_OK.match(text, _SPACES.match(text, m.end()).end()):  # type: ignore[union-attr]
        # "the site was down, but now it works again": that "but" closes the old incident
        m = _NEW_PROBLEM.search(text, m.end())
    cuts = [(m.start(), m.end())] if m is not None else []
    # "Mir ist nur aufgefallen, dass ...", "Only thing I notice is ...": a new-problem cue
    # after the thanks opens the new report as a "but" does.
    cued = False
    for i in new:
        if found[i].id.endswith(_NEW_PROBLEM_CUE):
            at = lowered.find(_pieces(found[i])[0], min(starts))
            if at >= 0:
                cuts.append((at, at))
                cued = True
    if not cuts:
        return
    start, end = min(cuts)
    # after a new-problem cue (itself a third of a signal) half a signal is a new report, a
    # "but" before the cue too ("Wel zie ik nu dat ...")
    by_but = m is not None and (m.start(), m.end()) == (start, end)
    # a "but" a few words into its sentence ("Seitdem fehlen allerdings ...") is no "but" that
    # opens a clause of doubt ("But I'm not sure"): it sets what follows against the fix, a cue
    inside = by_but and m is not None and not m.group(0).strip()
    needed = THRESHOLD if by_but and not cued and not inside else 0.5
    head = _joined_words(text[:start])
    tail = _joined_words(text[end:])

    # a minor bug reported after the thanks ("but the link to the menu now says 'page not
    # found'") is a new report as well: standard-level signals count too
    weight = {"critical": 0.0, "urgent": 0.0, "standard": 0.0}
    for i in new:
        f = found[i]
        if f.level in weight and _lies_within(f, tail) and not _lies_within(f, head):
            weight[f.level] += f.weight
    if sum(weight.values()) < needed:
        return
    for i in list(new):
        f = found[i]
        if (
            # the old incident's own signals go with the cues that closed it ("the site was
            # completely gone, now all runs again. One small thing: ..."): it is over
            (
                f.level in ("low", "critical", "urgent")
                or (f.level == "demote" and f.id.endswith(_OVER_CUES))
            )
            and _lies_within(f, head)
            and not _lies_within(f, tail)
        ):
            del found[i]


# "Only pay-later still works", "alleen achteraf betalen werkt nog", "nur noch Vorkasse
# geht", "bare faktura fungerer": the one method left is the exception that says the others
# fail, not another payment method that still takes the customers' money.
_OTHER_METHODS = ".other_methods_still_work"
_ONLY_BEFORE = re.compile(
    r"\b(only|just|alleen|enkel|slechts|nur|bloß|lediglich|bare|kun)( noch| nog| still| nå)?\s+$"
    # "weder PayPal noch Rechnung klappt", "neither card nor invoice works": none of them
    r"|\b(weder|neither|nor|noch|verken|hverken)\b[^.!?;:]*$"
    # "so no orders are going through at all", "keine Bestellungen gehen durch", "ingen
    # ordrer går gjennom": the orders the cue names are none, not orders still coming in
    r"|\b(no|zero|none of the|none of our|not a single|not one|not any|geen|geen enkele|"
    r"kein|keine|keinerlei|ingen|ikke en eneste|ikke noen)\s+$"
)


# "Apple Pay goes through Stripe as well and fails the same way", "Apple Pay läuft über
# Stripe", "Vipps går via Nets": the way a payment is routed, through a provider, is no other
# method that works.
_ROUTED_THROUGH = re.compile(
    r"\s+(?:(?:through|via|über|gjennom|door|over)\s+)?(?:stripe|mollie|adyen|worldpay|sumup|"
    r"nets|payex|buckaroo|multisafepay|unzer|computop|braintree|square|opayo|sagepay|"
    r"pay\.nl|payone|dibs|bambora|quickpay)\b"
)
# ... or through the same route as the method that fails ("Apple Pay and Klarna go through the
# same PaymentIntent call, so they fail as well", "laufen über denselben Aufruf", "gaan via
# dezelfde aanroep", "går gjennom det samme kallet"): they share its failure ("PayPal works
# the same as before", no route, and "Klarna goes through the same as always", a comparison,
# still work).
_THROUGH = r"(?:through|via|über|gjennom|door|over)"
_SAME_ROUTE = re.compile(
    r"\s+(?:the same|that same|dieselben?|denselben|dasselbe|derselben|demselben|"
    r"die gleichen?|den gleichen|das gleiche|dem gleichen|der gleichen|dezelfde|hetzelfde|"
    r"samme|den samme|det samme|de samme)\b(?!\s+(?:as|wie|als|som)\b)"
)
_ROUTED_THROUGH_SAME = re.compile(r"\s+" + _THROUGH + _SAME_ROUTE.pattern)
_ENDS_THROUGH = re.compile(r"\b" + _THROUGH + r"$")
# ... unless the sentence goes on to say it works ("PayPal goes through the same checkout and
# works fine", "Vipps går gjennom den samme kassen og fungerer fint"): the same route, and the
# method on it still works; a works-word denied or beside a failure ("and doesn't work
# either") is none
_WORKS_AFTER = re.compile(
    r"[^.!?;]*?\b(?:works?|working|fine|funktioniert|klappt|werkt|werken|lukt|fungerer|virker)\b"
)
_WORKS_DENIED = re.compile(
    r"\b(?:not|never|either|nicht|kein\w*|niet|geen|ikke|heller|fail\w*|fehl\w*|feil\w*|"
    r"mislukt|breaks?|broken|kaputt|stuk)\b|n't\b|n’t\b"
)


def _works_after(lowered: str, at: int) -> bool:
    """The sentence goes on from `at` to say the method works."""
    works = _WORKS_AFTER.match(lowered, at)
    return works is not None and not _WORKS_DENIED.search(works.group(0))


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


def _drop_only_method_left(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget an other-method-works cue that "only", "neither ... nor" or "no" ("no orders
    are going through") introduces, or that names the provider a payment goes through
    ("Apple Pay goes through Stripe") or the same route as the failing one."""
    lowered = text.lower()
    for i in list(new):
        f = found[i]
        if not f.id.endswith(_OTHER_METHODS):
            continue
        piece = _pieces(f)[0]
        at = lowered.find(piece)
        only = at > 0 and _ONLY_BEFORE.search(lowered, max(0, at - 60), at) is not None
        after = at + len(piece)
        routed = (
            at >= 0
            and len(_pieces(f)) == 1
            and (
                _ROUTED_THROUGH.match(lowered, after) is not None
                or _ROUTED_THROUGH_SAME.match(lowered, after) is not None
                or (_ENDS_THROUGH.search(piece) and _SAME_ROUTE.match(lowered, after))
            )
            and lowered.find(piece, at + 1) < 0
            and not _works_after(lowered, after)
        )
        if only or routed:
            del found[i]


# "Die Zahlungsart Vorkasse ist für Auslandskunden nicht verfügbar, das ist so gewollt", "PayPal
# is not available for business customers, that's on purpose", "dat is zo bedoeld", "det er
# meningen": a method not offered by intent is a setting of the shop, not a payment that fails.
# A payment method's "not available" (`.cx_pay_service_error_near`; a site unavailable is no
# setting) that lies within a sentence with such a cue (or one followed by a short sentence
# that is the cue, "Das ist so gewollt.") is forgotten. The cue must state it, of that
# "not available": a question ("Is that intended?", "Ist das so gewollt?") asks whether the
# failure is meant; a denied cue anywhere in its clause ("das ist nicht so gewollt", "that is
# definitely not what we intended") says it is not; a cue before a clause ("Het is de
# bedoeling dat klanten met iDEAL betalen", "Det er meningen at ...") or in a clause before
# the "not available" ("..., aber PayPal ist im Checkout nicht verfügbar") intends something
# else. "bewusst", "bewust", "bevisst" also mean aware ("uns ist bewusst, dass ..."): no cue.
_PAY_SERVICE_NEAR = ".cx_pay_service_error_near"
# "not available" in the four languages: the words both drops below look for ("onbeschikbaar"
# only by design, "no longer available" only by plan)
_NOT_AVAILABLE_WORDS = (
    r"nicht (?:mehr )?verfügbar|nicht (?:mehr )?zur verfügung|not (?:yet )?available|"
    r"unavailable|niet (?:meer )?beschikbaar|ikke (?:lenger )?tilgjengelig|utilgjengelig"
)
_UNAVAILABLE = re.compile(r"\b(?:" + _NOT_AVAILABLE_WORDS + r"|onbeschikbaar)\b")


def _pay_service_unavailable(
    found: dict[int, FiredRule], new: set[int], unavailable: re.Pattern[str]
) -> set[int]:
    """The critical or urgent `.cx_pay_service_error_near` rules among `new` whose match says
    the method is not available (`unavailable`)."""
    return {
        i
        for i in new
        if found[i].level in ("critical", "urgent")
        and found[i].id.endswith(_PAY_SERVICE_NEAR)
        and unavailable.search(found[i].matched)
    }


_BY_INTENT = re.compile(
    r"\b(?:so gewollt|gewollt|absichtlich|mit absicht|so vorgesehen|beabsichtigt|"
    r"intended|intentional|intentionally|on purpose|by design|deliberate|deliberately|zo bedoeld|"
    r"de bedoeling|met opzet|expres|opzettelijk|er meningen|var meningen|med vilje|"
    r"med hensikt|tilsiktet)\b"
)
_INTENT_DENIED = re.compile(
    r"\b(?:nicht|not|niet|ikke|ikkje|never|nie|nooit|aldri|kein\w*|geen)\b|n't\b|n’t\b"
)
_INTENT_OF_A_CLAUSE = re.compile(r"\s*,?\s*(?:dass|dat|at|that|om)\b")
_CLAUSE_BREAK = re.compile(r"[,;:–—]|\s-\s|\b(?:aber|but|maar|men|doch|jedoch|however)\b")
_SHORT_CUE_WORDS = 8


def _by_intent(sentence: str) -> bool:
    """`sentence` says by intent that the "not available" in it (or, with none, the one of the
    sentence before) is so."""
    if sentence.rstrip().endswith("?"):
        return False
    unavailable = list(_UNAVAILABLE.finditer(sentence))
    for cue in _BY_INTENT.finditer(sentence):
        if _INTENT_OF_A_CLAUSE.match(sentence, cue.end()):
            continue
        start = max((b.end() for b in _CLAUSE_BREAK.finditer(sentence, 0, cue.start())), default=0)
        said_of = [u for u in unavailable if u.end() <= cue.start()]
        if said_of:
            start = max(start, said_of[-1].end())
        elif unavailable and _CLAUSE_BREAK.search(sentence, cue.end(), unavailable[0].start()):
            continue  # the cue in a clause before the "not available": of something else
        if not _INTENT_DENIED.search(sentence, start, cue.start()):
            return True
    return False


def _drop_unavailable_by_design(
    text: str, found: dict[int, FiredRule], new: set[int], split: Callable[[str], list[str]]
) -> None:
    """Forget a payment method's "not available" in sentences that say it is so by intent."""
    chosen = _pay_service_unavailable(found, new, _UNAVAILABLE)
    if not chosen:
        return
    lowered = text.lower()
    if not _BY_INTENT.search(lowered):
        return
    said = split(lowered)
    parts = []
    for k, sentence in enumerate(said):
        if not _UNAVAILABLE.search(sentence):
            continue
        after = said[k + 1] if k + 1 < len(said) else ""
        if _by_intent(sentence) or (len(after.split()) <= _SHORT_CUE_WORDS and _by_intent(after)):
            parts.append(_joined_words(sentence))
    if parts:
        _forget_matches_in(parts, found, chosen)


# "Ab dem 1. Juli steht die Zahlungsart Kauf auf Rechnung nicht mehr zur Verfügung", "PayPal is
# no longer available to us from next month, we cancelled the contract", "am Sonntag zwischen 2
# und 4 Uhr steht PayPal vorübergehend nicht zur Verfügung": a payment method's "not available"
# (`.cx_pay_service_error_near`) from a date to come, in a planned window or maintenance, or
# in a mail that says we cancelled the contract, is a change to the shop, not a payment that
# fails now. Such a match is forgotten in the sentence with the time cue, or anywhere in a
# mail with the cancelled contract ("since the 1st of July" and the work done before stay).
_NO_LONGER_AVAILABLE = re.compile(r"\b(?:no longer available|" + _NOT_AVAILABLE_WORDS + r")\b")
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|januar|februar|märz|april|mai|juni|juli|august|oktober|dezember|januari|"
    r"februari|maart|mei|augustus|mars|desember|jan|feb|mar|apr|jun|jul|aug|sep|okt|oct|nov|"
    r"dez|dec|des)"
)
_FROM_A_DATE_TO_COME = re.compile(
    r"\b(?:(?:ab|from|vanaf|per|fra|as of|starting|beginning|with effect from|mit wirkung zum)"
    r"\s+(?:(?:dem|the|den|der)\s+)?(?:\d{1,2}(?:\.|st|nd|rd|th)?\s*(?:of\s+)?(?:"
    + _MONTH
    + r"\b|\d{1,2}\.)|"
    + _MONTH
    + r"\s+\d{1,2}\b|next|nächste\w*|kommende\w*|volgende|"
    r"neste|morgen|tomorrow|i morgen|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|"
    r"woensdag|donderdag|vrijdag|zaterdag|zondag|mandag|tirsdag|onsdag|torsdag|fredag|"
    r"lørdag|søndag)|fra og med)"
)
_PLANNED_WINDOW = re.compile(
    r"\b(?:between|zwischen|tussen|mellom)\s+(?:kl\.?\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|uhr|"
    r"uur)?\s+(?:and|und|en|og)\s+(?:kl\.?\s+)?\d{1,2}\b"
)
_ORDINAL_END = re.compile(r"\b\d{1,2}\.$")
_WE_CANCELLED = re.compile(
    r"\b(?:we(?:'ve| have)? (?:cancell?ed|terminated|ended)|wir haben (?:\S+\s+){1,4}"
    r"gekündigt|we hebben (?:\S+\s+){1,4}opgezegd|vi har sagt opp)\b"
)


def _drop_unavailable_by_plan(
    text: str, found: dict[int, FiredRule], new: set[int], split: Callable[[str], list[str]]
) -> None:
    """Forget a payment method's "not available" from a date to come, in a planned window or
    in a mail that says we cancelled the contract."""
    chosen = _pay_service_unavailable(found, new, _NO_LONGER_AVAILABLE)
    if not chosen:
        return
    lowered = text.lower()
    cancelled = _WE_CANCELLED.search(lowered) is not None
    said = split(lowered)
    parts = []
    for k, sentence in enumerate(said):
        if not _NO_LONGER_AVAILABLE.search(sentence):
            continue
        if k and _ORDINAL_END.search(said[k - 1]):
            sentence = said[k - 1] + sentence  # "Ab dem 1." + " Juli steht ...": one sentence
        if (
            cancelled
            or _FROM_A_DATE_TO_COME.search(sentence)
            or (
                (_PLANNED_WINDOW.search(sentence) or _PLANNED.search(sentence))
                and not _AFTER_THE_WORK.search(sentence)
            )
        ):
            parts.append(_joined_words(sentence))
    if parts:
        _forget_matches_in(parts, found, chosen)


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


# "Refused to connect to 'wss://ws.hotjar.example/...' because it violates the following Content
# Security Policy directive": the browser console's line (in English in every locale) that a
# page's script may not reach an address, no "example.com refused to connect" of a site that
# is down. A critical match whose every "refused to connect" is followed by "to" and a quoted
# or bare address is forgotten (batch66).
_CONSOLE_REFUSAL = re.compile(r"\brefused to connect\b")
_ADDRESS_AFTER = re.compile(r"\s+to\s+['\"‘’“”]?(?:https?|wss?)://")


def _drop_console_refusal(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget critical matches whose every "refused to connect" is a console line's."""
    lowered = None
    for i in list(new):
        fired = found.get(i)
        if fired is None or fired.level != "critical" or "refused to connect" not in fired.matched:
            continue
        if lowered is None:
            lowered = text.lower()
        ends = [m.end() for m in _CONSOLE_REFUSAL.finditer(lowered)]
        if ends and all(_ADDRESS_AFTER.match(lowered, end) for end in ends):
            del found[i]
            new.discard(i)


# "Alle andre betalingsmåter virker", "alle anderen Zahlarten funktionieren": the others that
# work are payment methods, not people; a one-user cue ("alle andre ... virker") whose every
# "others" is followed by such a noun is forgotten (the method cue, `.other_methods_still_work`,
# says what it says: one step down, urgent).
_METHOD_NOUN_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:zahl\w*arten?|zahlungs(?:methode|möglichkeit)\w*|bezahl(?:art|methode)\w*|"
    r"betaalmethode\w*|betaalmogelijkhed\w*|betaalopties|betaalwijze\w*|"
    r"betalingsm(?:åte|etode)\w*|betalingsløsning\w*|betalingsalternativ\w*|"
    r"payment (?:methods|options)|methods of payment|ways to pay)\b"
)


def _drop_others_that_are_methods(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget one-user cues whose "all the others" are, every time, payment methods."""
    lowered = None
    for i in list(new):
        f = found.get(i)
        if f is None or not f.id.endswith(_SINGLE_USER):
            continue
        lowered = lowered if lowered is not None else text.lower()
        others = _pieces(f)[0]
        ends = [m.end() for m in re.finditer(r"\b" + re.escape(others) + r"\b", lowered)]
        if ends and all(_METHOD_NOUN_AFTER.match(lowered, end) for end in ends):
            del found[i]


# "Im Shop sind nur noch rund 400 von 900 Artikeln zu sehen", "the shop only shows about 400
# of our 900 products", "nog maar de helft": "only" before a number or a share tells how much of
# the catalogue is left, not that the site shows only a blank page or an error.
_ONLY_WORDS = (
    "nur noch",
    "only",
    "only shows",
    "just shows",
    "nog maar",
    "alleen nog",
    "bare",
    "kun",
)
# A piece ending in one of them: one str method call per fired rule, not one per word.
_ONLY_ENDINGS = tuple(" " + w for w in _ONLY_WORDS)
_A_SHARE_AFTER = re.compile(
    r"\s+(?:(?:shows?|lists?|displays?|zeigt|zeigen|toont|tonen|viser|vises)\s+)?"
    r"(?:(?:rund|etwa|ca\.?|circa|knapp|about|around|roughly|some|zo'n|ongeveer|rundt|omtrent|"
    r"cirka)\s+)?"
    r"(?:\d|(?:die|de|the)?\s*(?:hälfte|helft|half|halvparten)\b|(?:ein|a|een|en)\s+"
    r"(?:teil|drittel|bruchteil|third|fraction|derde|deel|tredjedel|brøkdel)\b)"
)


def _drop_only_a_share(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget critical matches that end in "only" ("nur noch", "nog maar", "bare") followed,
    every time, by a number or a share of what is left (`_A_SHARE_AFTER`)."""
    lowered = ""  # the text lower-cased, once a critical piece ends in "only"
    for i in list(new):
        f = found[i]
        if f.level != "critical":
            continue
        last = _pieces(f)[-1]
        if last not in _ONLY_WORDS and not last.endswith(_ONLY_ENDINGS):
            continue
        lowered = lowered or text.lower()
        starts = [m.end() for m in re.finditer(rf"\b{re.escape(last)}\b", lowered)]
        if starts and all(_A_SHARE_AFTER.match(lowered, at) for at in starts):
            del found[i]


# German "Seite" is the site and a page: "der Link führt auf eine Seite mit 403 Forbidden"
# names a page (the indefinite article), not the site ("die Seite ist nicht erreichbar").
# A critical match made of such a "Seite" is no outage of the site.
_A_PAGE = re.compile(r"\b(eine|einer|einem|ein)\s+(\w+\s+)?$")


def _drop_indefinite_page(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget critical matches whose "seite" is every time "eine Seite" (a page)."""
    lowered = text.lower()
    if "seite" not in lowered or not ("eine " in lowered or "einer " in lowered):
        return
    for i in list(new):
        f = found[i]
        if f.level != "critical" or not f.matched.startswith("seite "):
            continue
        starts = [m.start() for m in re.finditer(r"\bseite\b", lowered)]
        if starts and all(_A_PAGE.search(lowered, max(0, at - 30), at) for at in starts):
            del found[i]


# "The programme is only on the website", "het programma staat alleen op de site", "das
# Programm steht nur auf der Website", "programmet står bare på nettsiden": the site named as
# where something is published is no limit of a failure ("only on mobile" is). A limited-scope
# match of such an "only on" whose every occurrence names the site as a whole is forgotten.
_ONLY_ON_WORDS = frozenset(["only on", "alleen op", "nur auf", "bare på", "kun på"])
_SITE_AS_PLACE = re.compile(
    r"\s+((the|our|your|their|this|de|onze|jullie|hun|deze|der|unserer|eurer|ihrer|dieser)\s+)?"
    r"(web ?site|site|webseite|internetseite|nettsiden|nettsida|nettstedet|hjemmesiden|"
    r"hjemmesida|websiden)\b"
)
# "die Einladung steht nur auf der Seite.", "står bare på siden.": "Seite" and "siden" name a
# page as well as the site; said bare, with nothing after them in the sentence ("nur auf der
# Seite mit den Terminen", "nur auf dieser Seite" name a page), after a verb that places a
# thing there ("steht", "stehen", "findet man", "gibt es", "står", "finnes", "ligger"), they
# are the site where it is published. After a failure ("Beim Produkt 4711 kommt ein Fehler
# 500, aber nur auf der Seite.") the bare page is the one the sentence named: a limit.
_BARE_SITE_AT_END = re.compile(
    r"\s+((der|unserer|eurer|ihrer)\s+seite|siden|sida)(?=[ \t]*(?:[.!?;\n]|$))"
)
_PLACED_BEFORE = re.compile(
    r"\b(steht|stehen|stand|standen|gibt es|gab es|findet man|fand man|finden sie|findet sich|"
    r"finden sich|veröffentlicht|står|sto|stod|finnes|fins|fantes|ligger|lå|publisert)"
    r"(\s+(ja|auch|leider|aktuell|momentan|derzeit|jetzt|bisher|noch|immer noch|doch|jo|også|"
    r"dessverre|nå|fortsatt|foreløpig))?\s+$"
)


def _names_site_as_place(lowered: str, start: int, end: int) -> bool:
    """The "only on" at `start`-`end` names the whole site as where a thing is."""
    if _SITE_AS_PLACE.match(lowered, end):
        return True
    return bool(
        _BARE_SITE_AT_END.match(lowered, end)
        and _PLACED_BEFORE.search(lowered, max(0, start - 40), start)
    )


def _drop_site_as_place(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget limited-scope matches of "only on" that every time name the whole site."""
    for i in list(new):
        f = found[i]
        if f.level != "demote" or f.matched not in _ONLY_ON_WORDS:
            continue
        lowered = text.lower()
        spans = [m.span() for m in re.finditer(r"\b" + f.matched + r"\b", lowered)]
        if spans and all(_names_site_as_place(lowered, start, end) for start, end in spans):
            del found[i]


# "Kan vi få en chat-boble nede i hjørnet på nettsiden?", "knappen nede til høyre", "lenger
# nede på siden", "langt nede", "nede i bunnen": Norwegian "nede" as a place on the page (low
# on it), not the site down. A critical match with a "nede" piece whose every "nede" in the
# text is such a place is forgotten ("nettsiden er nede i hele dag", "nede i to timer", "nede
# på mobil" stay down).
_NEDE = re.compile(r"\bnede\b")
_NEDE_PLACE_BEFORE = re.compile(r"\b(lenger|lengre|langt|her|der)\s+$")
_NEDE_PLACE_AFTER = re.compile(
    r"\s+(i|til|på|ved|mot)\s+((høyre|venstre|nedre)\s+)?"
    r"(hjørnet|hjørne|bunnen|bunn|footeren|footer|bunnteksten|høyre|venstre|kanten|"
    r"siden|sida|skjermen)\b"
)


def _drop_nede_as_place(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget critical "nede" matches whose "nede" is, every time, a place on the page."""
    lowered = None
    for i in list(new):
        f = found[i]
        if f.level != "critical" or "nede" not in _pieces(f):
            continue
        lowered = lowered if lowered is not None else text.lower()
        spans = [m.span() for m in _NEDE.finditer(lowered)]
        if spans and all(
            _NEDE_PLACE_BEFORE.search(lowered[max(0, start - 20) : start])
            or _NEDE_PLACE_AFTER.match(lowered, end)
            for start, end in spans
        ):
            del found[i]


# "The search on the shop is completely dead", "de zoekfunctie van de webshop is helemaal dood",
# "die Suche im Shop ist komplett tot", "søket i nettbutikken er helt dødt": the clause's subject
# is one side function of the site (its search, a filter, the contact form, the menu); the site
# named after it is where that function lives, not what fails. The critical matches that lie
# wholly in such a clause (from the function to the clause's end or its next "and"/"but") are
# forgotten ("shop is completely dead", "completely dead"); the same words said outside it ("the
# search is dead and the whole shop is down") still count.
_SIDE_FUNCTION = (
    r"search|search function|search bar|search field|site search|product search|filters?|"
    r"product filters?|contact form|newsletter sign-?up|menu|live chat|chat|"
    r"zoekfunctie|zoekbalk|zoekveld|contactformulier|"
    r"suche|suchfunktion|suchleiste|suchfeld|produktsuche|kontaktformular|menü|"
    r"søket|søkefunksjonen|søkefeltet|filteret|filtrene|kontaktskjemaet|menyen|chatten"
)
# "The contact form is full of messages from customers that the shop is completely dead", "The
# live chat is full of customers telling us the shop is dead", "Het contactformulier staat vol
# met berichten van klanten dat de hele webshop plat ligt": what a channel reports is said in a
# clause of its own; the function's clause ends at "that"/"dat"/"dass"/"at" (Norwegian "at"
# only before a subject: English "at" is a place) or a reporting verb.
_FUNCTION_CLAUSE_ENDS = (
    r"\b(?:that|dat|dass|telling|tell|tells|told|saying|say|says|said|reporting|reports?|"
    r"complaining|complain|melden|meldet|sagen|sagt|schreiben|schreibt|zeggen|zegt|melden|"
    r"meldt|schrijven|schrijft|klagen|sier|skriver|melder|forteller|klager)\b|"
    r"\bat(?=\s+(?:hele|nettbutikken|butikken|siden|sida|nettsiden|nettsida|det|den|de|vi|alt|"
    r"ingen|ingenting)\b)"
)
_FUNCTION_AS_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?;:] )|(?<=\n))[ \t]*"
    r"(?:(?:urgent|dringend|spoed|haster|eilt|emergency|notfall|noodgeval|nødsituasjon)[:!,]*\s+)?"
    r"(?:(?:the|our|your|de|onze|het|die|der|unsere|eure|vår)\s+)?"
    # (not a search engine: "search engines show our site as down")
    rf"(?:{_SIDE_FUNCTION})\b(?![ -]?(?:engines?|results?|console))"
    r"(?:(?!\b(?:and|but|und|aber|en|maar|og|men)\b|"
    + _FUNCTION_CLAUSE_ENDS
    + r")[^.!?;,\n]){0,120}",
    re.IGNORECASE,
)
_FUNCTION_GATE = Prefilter(_FUNCTION_AS_SUBJECT)
# the site's outage words only: a breach told of a side function ("the contact form has been
# hacked") stays
_SITE_OUTAGE_RULES = (
    ".site_down",
    ".site_not_working",
    ".site_verb_apart",
    ".server_unreachable",
    ".critical_object_total_failure_near",
    ".outage_symptom",
    ".outage_scope_all",
)


def _drop_function_as_subject(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget the site's outage matches that lie wholly in a clause whose subject is a side
    function."""
    outage = {i for i in new if found[i].id.endswith(_SITE_OUTAGE_RULES)}
    if not outage:
        return
    lowered = text.lower()
    if not _FUNCTION_GATE.may_match(text, lowered):
        return
    cases = list(_FUNCTION_AS_SUBJECT.finditer(lowered))
    if not cases:
        return
    rest, end = [], 0
    for m in cases:
        rest.append(lowered[end : m.start()])
        end = m.end()
    rest.append(lowered[end:])
    _forget_matches_in(
        [_joined_words(m.group(0)) for m in cases],
        found,
        outage,
        levels=("critical",),
        told=_joined_words(" | ".join(rest)),
    )


# "Herr Brandt ist im Urlaub und liest nur sporadisch Mails", "he only checks his email now and
# then", "hij leest af en toe zijn mail", "han sjekker e-post bare av og til": how often someone
# reads or answers mail is no failure that comes and goes. A frequency word (a limited-scope or
# intermittent demote) whose every occurrence lies in a clause about reading, checking or
# answering mail is forgotten.
_FREQUENCY_WORDS = frozenset(
    ["sometimes", "occasionally", "now and then", "from time to time", "intermittently",
     "manchmal", "gelegentlich", "ab und zu", "zeitweise", "sporadisch", "soms", "af en toe",
     "zo nu en dan", "av og til", "iblant", "innimellom", "sporadisk"]
)  # fmt: skip
_MAIL_WORD = re.compile(
    r"\b(e-?mails?|mails?|e-?mail(s|en)?|messages|nachrichten|berichten|inbox|mailbox|"
    r"posteingang|postfach|postvak|innboks(en)?|e-?post(en)?|meldinger)\b"
)
_READS = re.compile(
    r"\b(reads?|reading|checks?|checking|answers?|answering|replies|liest|lesen|checkt|"
    r"checken|schaut|schauen|abrufen|ruft|beantwortet|antwortet|leest|lezen|checkt|bekijkt|"
    r"kijkt|beantwoordt|antwoordt|leser|lese|sjekker|sjekke|svarer)\b"
)
_CLAUSE_MARK = re.compile(r"[.!?;,:\n]")
# "Sometimes when I check my email in the webmail, the mail server is down for a few minutes":
# the mail itself fails, now and then; the frequency word tells of the failure and keeps its
# step. A mail thing (the mail, webmail, the mail server, the inbox) with a failure word at most
# four words after it, in the frequency word's sentence.
_MAIL_THING = (
    r"e-?mails?|mails?|web ?mail(en)?|(e-?)?mail-? ?server(en)?|(e-?)?post-? ?server(en)?|"
    r"e-?post(en)?|inbox|mailbox|postfach|posteingang|postvak|innboks(en)?|outlook|imap|smtp"
)
_MAIL_FAILS = re.compile(
    rf"\b({_MAIL_THING})\b(?:\s+\S+){{0,4}}?\s+(down|offline|unreachable|unavailable|"
    r"not reachable|not available|not working|doesn't work|does not work|won't load|doesn't load|"
    r"not loading|won't open|fails|failing|failed|crash\w*|times out|timing out|hangs|"
    r"nicht erreichbar|nicht verfügbar|ausgefallen|weg|geht nicht|funktioniert nicht|"
    r"lädt nicht|hängt|plat|eruit|onbereikbaar|niet bereikbaar|werkt niet|laadt niet|hangt|"
    r"nede|utilgjengelig|ikke tilgjengelig|virker ikke|fungerer ikke|laster ikke|henger)\b"
)
_SENTENCE_MARK = re.compile(r"[.!?\n]")
_SENTENCE_REACH = 300  # characters looked at around a frequency word for its sentence


def _mail_fails_in_sentence(lowered: str, start: int, end: int) -> bool:
    """Whether the sentence around `lowered[start:end]` says the mail itself fails."""
    marks = [
        m.end() for m in _SENTENCE_MARK.finditer(lowered, max(0, start - _SENTENCE_REACH), start)
    ]
    first = marks[-1] if marks else max(0, start - _SENTENCE_REACH)
    after = _SENTENCE_MARK.search(lowered, end, end + _SENTENCE_REACH)
    last = after.start() if after else end + _SENTENCE_REACH
    return _MAIL_FAILS.search(lowered, first, last) is not None


def _drop_frequency_of_reading(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget frequency-word demotes that every time tell how often someone reads mail."""
    lowered = None
    for i in list(new):
        f = found[i]
        if f.level != "demote" or f.matched not in _FREQUENCY_WORDS:
            continue
        if lowered is None:
            lowered = text.lower()
            if not _MAIL_WORD.search(lowered):
                return
        spans = [m.span() for m in re.finditer(r"\b" + f.matched + r"\b", lowered)]
        if not spans:
            continue
        clauses = []
        for start, end in spans:
            before = [m.end() for m in _CLAUSE_MARK.finditer(lowered, max(0, start - 80), start)]
            after = _CLAUSE_MARK.search(lowered, end, end + 80)
            clauses.append(
                lowered[
                    before[-1] if before else max(0, start - 80) : after.start()
                    if after
                    else end + 80
                ]
            )
        if all(_MAIL_WORD.search(c) and _READS.search(c) for c in clauses) and not any(
            _mail_fails_in_sentence(lowered, start, end) for start, end in spans
        ):
            del found[i]


# "Der Shop zeigt bei uns im Büro, im Lager und auf allen Handys 502", "op kantoor, in het
# magazijn en thuis", "på kontoret, på lageret og hjemme": the warehouse named in a list of
# places where the failure is seen is one of them, no "only after the sale" cue (orders that
# do not reach the warehouse). Such a match whose every occurrence stands in a list beside
# another place (a comma or "and" between them) is forgotten.
_WAREHOUSE_PLACES = frozenset(["im lager", "in het magazijn", "på lageret"])
_OTHER_PLACE = (
    r"(im büro|bei uns|zu hause|zuhause|im homeoffice|im laden|in der filiale|auf allen \w+|"
    r"auf dem handy|am handy|op kantoor|bij ons|thuis|in de winkel|op alle \w+|op mijn telefoon|"
    r"på kontoret|hos oss|hjemme|i butikken|på alle \w+|på mobilen)"
)
_LISTED_BEFORE = re.compile(_OTHER_PLACE + r"\s*(,|\bund|\ben|\bog)\s*$")
_LISTED_AFTER = re.compile(r"\s*(,|und\b|en\b|og\b)\s*" + _OTHER_PLACE)
# "ook de 400 dozen Rioja die hier gewoon in het magazijn staan", "Ware, die im Lager liegt",
# "varene som står på lageret": the warehouse where the goods stand or lie is where the stock
# is, no cue that only the orders' way to the warehouse fails (batch65: every product shown
# sold out after a stock import, with the wine "in het magazijn", critical -> urgent). A stock
# verb right after the place, or right before it, with only a few plain adverbs between
# ("staan niet in het magazijn", a negation between, is none).
_STOCK_VERB = (
    r"(stehen|steht|stand|standen|liegen|liegt|lag|lagen|lagern|lagert|"
    r"staan|staat|stond|stonden|liggen|ligt|"
    r"står|stod|ligger|lå)"
)
_STOCK_ADVERBS = (
    r"(\s+(hier|da|noch|gewoon|nog|wel|ook|gerade|her|fortsatt|fremdeles|fysisk|physisch|fysiek))"
)
_STOCK_BEFORE = re.compile(r"\b" + _STOCK_VERB + _STOCK_ADVERBS + r"{0,2}\s+$")
_STOCK_AFTER = re.compile(_STOCK_ADVERBS + r"{0,2}\s+" + _STOCK_VERB + r"\b")


def _drop_warehouse_as_place(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget "after the sale" matches of the warehouse that every time list it as a place
    or name it where the goods stand."""
    lowered = None
    for i in list(new):
        f = found[i]
        if not (f.level == "demote" and f.matched in _WAREHOUSE_PLACES):
            continue
        lowered = lowered if lowered is not None else text.lower()
        spans = [m.span() for m in re.finditer(r"\b" + f.matched + r"\b", lowered)]
        if spans and all(
            _LISTED_BEFORE.search(lowered[max(0, start - 40) : start])
            or _LISTED_AFTER.match(lowered, end)
            or _STOCK_BEFORE.search(lowered[max(0, start - 40) : start])
            or _STOCK_AFTER.match(lowered, end)
            for start, end in spans
        ):
            del found[i]


# "Die Bestellungen kommen nicht mehr im Lager an, obwohl die Ware da liegt": orders that no
# longer arrive IN THE WAREHOUSE (or the accounting, the ERP) name where they stop after the
# sale, an integration down (urgent), not a shop that takes no orders ("bei uns kommen keine
# Bestellungen an", critical). A checkout-impossible match ("bestellungen kommen nicht ... an")
# whose own words name such a place is forgotten; the integration rules tell the rest.
_SYSTEM_PLACE = re.compile(
    r"\b(im lager|ins lager|in der wawi|in die wawi|in der warenwirtschaft|in der buchhaltung|"
    r"in die buchhaltung|im erp|in het magazijn|naar het magazijn|in de boekhouding|in het erp|"
    r"på lageret|til lageret|i regnskapet|i erp|in the warehouse|at the warehouse|"
    r"to the warehouse|in the erp|in the accounting)\b"
)
_CHECKOUT_IMPOSSIBLE = ".checkout_impossible"


def _drop_orders_to_a_system(found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget checkout-impossible matches whose words name the warehouse or another system
    the orders go to after the sale."""
    for i in list(new):
        f = found[i]
        if (
            f.level == "critical"
            and f.id.endswith(_CHECKOUT_IMPOSSIBLE)
            and _SYSTEM_PLACE.search(f.matched)
        ):
            del found[i]


# "The sync between the till and the online shop has stopped working", "die Synchronisation
# zwischen Kasse und Onlineshop funktioniert nicht mehr", "de koppeling tussen de kassa en de
# webshop is gestopt", "synkroniseringen mellom kassa og nettbutikken har stoppa": the shop or
# the till named as an end of a link is no subject of its own; the link between them fails (an
# integration, urgent; batch65's voicemail about a stopped till sync was critical). A critical
# match whose every occurrence starts right after "between ... and" (a few words between, no
# clause mark), or right after "between" with its "and" a few words on, is forgotten. "Both
# the till and the online shop have stopped", "between Christmas and New Year the shop has
# stopped" stay.
_LINK_ARTICLE = (
    r"((the|our|your|its|dem|der|den|unserem|unserer|de|het|ons|onze|vår|vårt|våre)\s+)?"
)
_LINK_PAIR_BEFORE = re.compile(
    r"\b(between|zwischen|tussen|mellom)((\s+[\w-]+){1,6}\s+(and|und|en|og))?\s+"
    + _LINK_ARTICLE
    + "$"
)
_LINK_PAIR_WORDS = ("between", "zwischen", "tussen", "mellom")
_LINK_AND_AFTER = re.compile(r"(\s+[\w-]+){0,5}?\s+(and|und|en|og)\s")


# "The portfolio page shows a screenshot of a completely different website next to our domain
# name": another site pictured ("a screenshot of", "ein Bild einer", "een afbeelding van", "et
# skjermbilde av", right before it) is a picture on a page, nobody arriving there. "I typed in
# our address on the staging server and get a completely different site": the typing on a test
# system (a `.test_system` cue in the clause with the domain or the typing) is that system's
# setup; the live domain is not said to lead elsewhere. Either way the domain that leads to
# another company's site (`<lang>.cx_domain_leads_to_other_site_near`) is forgotten; the domain
# said to lead there in a clause of its own beside a test system named stays.
_OTHER_SITE_RULE = ".cx_domain_leads_to_other_site_near"
_TEST_SYSTEM_CUE = ".test_system"
_PICTURE_WORDS = frozenset(
    ["screenshot", "screenshots", "picture", "pictures", "image", "images", "photo", "photos",
     "mockup", "mock-up", "preview", "thumbnail", "bild", "bilder", "foto", "fotos", "abbildung",
     "vorschaubild", "grafik", "afbeelding", "plaatje", "schermafbeelding", "bilde", "bildet",
     "skjermbilde", "skjermdump"]
)  # fmt: skip
_PICTURE_REACH = 2  # words before the other site looked at
_OTHER_SITE_CLAUSE_MARK = re.compile(
    r"[,;:.!?\n]|\b(?:aber|but|men|maar|doch|jedoch|however)\b|" + _AND_NEW_SUBJECT
)


def _drop_other_site_not_the_domain(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget the domain that leads to another company's site when that site is pictured, or
    the domain is typed on a test system (see above)."""
    leads = [i for i in new if found[i].id.endswith(_OTHER_SITE_RULE)]
    if not leads:
        return
    lowered = text.lower()
    words = _joined_words(lowered).split()
    tests = [f for f in found.values() if f.id.endswith(_TEST_SYSTEM_CUE)]
    clauses = [_joined_words(c) for c in _OTHER_SITE_CLAUSE_MARK.split(lowered)] if tests else []
    for i in leads:
        f = found[i]
        pieces = _pieces(f)
        pictured = any(
            not _PICTURE_WORDS.isdisjoint(words[max(0, k - _PICTURE_REACH) : k])
            for piece in pieces
            if (size := len(piece.split()))
            for k in range(len(words) - size + 1)
            if words[k : k + size] == piece.split()
        )
        on_test = any(
            any(piece in clause for piece in pieces) and any(_lies_within(t, clause) for t in tests)
            for clause in clauses
        )
        if pictured or on_test:
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


def _drop_end_of_a_link(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget critical matches whose object is, every time, an end of a link."""
    critical = [i for i in new if found[i].level == "critical"]
    if not critical:
        return
    lowered = text.lower()
    # Most mail names no link: then no match is looked up again (0.25 ms on a 5 KB mail
    # whose critical phrase it repeats).
    if not any(word in lowered for word in _LINK_PAIR_WORDS):
        return
    for i in critical:
        f = found[i]
        head = f.matched.split(" … ")[0].split()
        if not head:
            continue
        pattern = r"\b" + r"\s+".join(re.escape(w) for w in head) + r"\b"
        starts = [m.start() for m in re.finditer(pattern, lowered)]
        if starts and all(_end_of_a_link(lowered, start, len(head[0])) for start in starts):
            del found[i]


def _end_of_a_link(lowered: str, start: int, first: int) -> bool:
    """The words from `start` (its first word `first` long) stand right after "between ...
    and", or right after "between" with an "and" to follow."""
    before = _LINK_PAIR_BEFORE.search(lowered[max(0, start - 80) : start])
    if before is None:
        return False
    return before.group(2) is not None or _LINK_AND_AFTER.match(lowered, start + first) is not None


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
_WORKS_WORDS = frozenset(
    ["works", "work", "working", "worked", "fine", "normally", "funktioniert", "funktionieren",
     "geht", "gehen", "läuft", "laufen", "klappt", "klappen", "problemlos", "werkt", "werken",
     "lukt", "lukken", "virker", "fungerer", "funker", "fint", "normalt"]
)  # fmt: skip
_CLAUSE_NOT = frozenset(
    ["not", "no", "never", "neither", "nor", "nowhere", "doesn't", "don't", "isn't", "won't",
     "didn't", "can't", "cannot", "nicht", "kein", "keine", "nie", "nirgends", "weder", "niet",
     "geen", "nooit", "nergens", "noch", "ikke", "ingen", "aldri", "verken", "hverken"]
)  # fmt: skip


def _works_in_clause(tokens: list[str], start: int, end: int) -> bool:
    """The clause around `tokens[start:end]` (between clause marks) has a works word and no
    negation."""
    lo = start
    while lo > 0 and tokens[lo - 1] > SOFT:
        lo -= 1
    hi = end
    while hi < len(tokens) and tokens[hi] > SOFT:
        hi += 1
    clause = tokens[lo:hi]
    return not _CLAUSE_NOT.intersection(clause) and bool(_WORKS_WORDS.intersection(clause))


def _drop_devices_where_it_works(
    tokens: list[str], found: dict[int, FiredRule], new: set[int]
) -> None:
    """Forget device widen matches that every time lie in a clause saying it works there."""
    for i in list(new):
        f = found[i]
        if f.level != "widen" or not f.id.endswith(_DEVICE_SCOPE):
            continue
        words = f.matched.split()
        if not words or "…" in words:
            continue
        n = len(words)
        starts = [k for k in range(len(tokens) - n + 1) if tokens[k : k + n] == words]
        if starts and all(_works_in_clause(tokens, k, k + n) for k in starts):
            del found[i]


# "Nicht eilig, morgen reicht völlig", "not urgent at all", "helemaal geen haast", "det haster
# ikke i det hele tatt", "I totally understand", "tomorrow is completely fine": a scope word
# ("völlig", "at all", "helemaal", "i det hele tatt", "totally") that says how little the
# writer is in a hurry, or how fine a later fix is, is no scope of a failure. A scope match
# whose every occurrence stands just before a "fine" word, just after "reicht"/"genügt", or
# within two words of a word of haste with a "not" beside them (in its clause), or beside a
# trouble said to be absent (below), is forgotten.
_SCOPE_FINE_AFTER = frozenset(
    ["fine", "ok", "okay", "enough", "sufficient", "alright", "acceptable", "understand",
     "understandable", "agree", "prima", "goed", "oké", "genoeg", "voldoende", "begrijpelijk",
     "begrijp", "eens", "ausreichend", "genug", "verständlich", "verstehe", "verstehen",
     "einverstanden", "egal", "greit", "fint", "tilstrekkelig", "forståelig", "forstår", "enig"]
)  # fmt: skip
_SCOPE_ENOUGH_BEFORE = frozenset(["reicht", "reichen", "genügt", "genügen", "volstaat"])
_SCOPE_HASTE = frozenset(
    ["urgent", "urgently", "rush", "hurry", "emergency", "asap", "pressing", "dringend", "haast",
     "spoed", "spoedeisend", "haastig", "noodgeval", "eilig", "eilt", "eile", "notfall",
     "haster", "hast", "hastverk", "krise", "akutt"]
)  # fmt: skip
# "No problems at all", "ingen problemer i det hele tatt", "helemaal geen problemen",
# "überhaupt keine Probleme": a scope word right after "no trouble", or an intensifier right
# before it, says how absent the trouble is (batch65: "this Black Friday went really well, no
# problems at all" over a plan to load-test was paged). Not "does not load at all no errors".
# Norwegian "ingen" is "nobody" and "no" both: "ingen problemer", "ingen feil", "ingen hast"
# (a word of trouble or haste right after it) is the "no" of an absent trouble, not a scope of
# all ("Black Friday gikk veldig bra, ingen problemer i det hele tatt ... Ingen hast" was
# paged); "ingen kunder kommer inn", "ingen får betalt" stay a scope, and so does the others'
# "ingen problemer" beside some who have them ("noen brukere ser hvit skjerm, de andre har
# ingen problemer": how far the failure reaches, read as before).
_INGEN_OTHERS = frozenset(["andre", "resten", "øvrige"])
_SCOPE_BEFORE_NO = frozenset(["helemaal", "überhaupt", "gar", "absolut", "absolutely"])
_SCOPE_TROUBLE = frozenset(
    ["problem", "problems", "issue", "issues", "trouble", "troubles", "errors", "complaints",
     "hiccups", "glitches", "probleme", "problemen", "störungen", "fehler", "beschwerden",
     "pannen", "probleem", "storingen", "fouten", "klachten", "problemer",
     "feil", "klager", "avbrudd"]
)  # fmt: skip
_SCOPE_NOT = frozenset(
    ["not", "no", "never", "isn't", "nothing", "niet", "geen", "niets", "niks", "nicht",
     "kein", "keine", "keinen", "nichts", "ikke", "intet", "aldri"]
)  # fmt: skip


def _no_trouble(pair: list[str]) -> bool:
    """The two words are a "not" and a word of trouble: "no problems", "keine Störungen"."""
    return (
        len(pair) == 2
        and (pair[0] in _SCOPE_NOT or pair[0] == "ingen")
        and pair[1] in _SCOPE_TROUBLE
    )


def _tone_scope_at(tokens: list[str], start: int, end: int) -> bool:
    """The scope words `tokens[start:end]` say how little the hurry or how fine a fix is."""
    if end < len(tokens) and tokens[end] in _SCOPE_FINE_AFTER:
        return True
    if start > 0 and tokens[start - 1] in _SCOPE_ENOUGH_BEFORE:
        return True
    lo = start
    while lo > 0 and start - lo < 3 and tokens[lo - 1] > SOFT:
        lo -= 1
    hi = end
    while hi < len(tokens) and hi - end < 3 and tokens[hi] > SOFT:
        hi += 1
    near = tokens[max(lo, start - 2) : start] + tokens[end : min(hi, end + 2)]
    if _no_trouble(tokens[max(0, start - 2) : start]) or (
        tokens[start] in _SCOPE_BEFORE_NO and _no_trouble(tokens[end : end + 2])
    ):
        return True
    if (
        end == start + 1
        and tokens[start] == "ingen"
        and end < len(tokens)
        and (
            tokens[end] in _SCOPE_HASTE
            or (
                tokens[end] in _SCOPE_TROUBLE
                and not _INGEN_OTHERS.intersection(tokens[max(0, start - 3) : start])
            )
        )
    ):
        return True  # "ingen problemer", "ingen hast": "no" trouble, not "nobody"
    return any(t in _SCOPE_HASTE for t in near) and any(t in _SCOPE_NOT for t in tokens[lo:hi])


def _drop_tone_scope(tokens: list[str], found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget scope matches ("for everyone" words) whose every occurrence in `tokens` (the
    words of the field) is a word of tone: "not urgent at all", "morgen reicht völlig"."""
    for i in new:
        f = found.get(i)
        if f is None or not f.id.endswith(_FOR_EVERYONE) or "…" in f.matched:
            continue
        words = f.matched.split()
        size = len(words)
        spans = [
            (k, k + size)
            for k in range(len(tokens) - size + 1)
            if tokens[k] == words[0] and tokens[k : k + size] == words
        ]
        if spans and all(_tone_scope_at(tokens, s, e) for s, e in spans):
            del found[i]


# "Ingen hast, bare når dere har tid", "no rush, only when you have time", "nur wenn ihr Zeit
# habt", "alleen als jullie tijd hebben", "bare når det passer": an "only when" that says when
# the writer would like an answer is a word of tone, no limit of the failure to some cases
# (batch67: "ingen kunder har fått betalt ... Ingen hast, bare når dere har tid" was taken a
# step down to urgent). A limited-scope match ending in "when" whose every occurrence is
# followed, within its clause, by a word of time or convenience is forgotten; "only when I pay
# with PayPal" keeps its step.
_SCOPE_WHEN = frozenset(["when", "whenever", "wenn", "als", "wanneer", "når"])
_WHEN_TIME_ALLOWS = frozenset(
    ["time", "chance", "zeit", "gelegenheit", "tijd", "gelegenheid", "tid", "anledning", "høve"]
)  # fmt: skip
_TIME_REACH = 4  # words looked at after the "when"
# ... said of the addressee ("when you have time", "wenn ihr Zeit habt", "als jullie tijd
# hebben", "når dere har tid"), who has the time; or of what suits ("when convenient", "wenn es
# passt", "als het uitkomt", "når det passer"). "Only when they take some time on the payment
# page", "bare når de bruker litt tid på betalingssiden", "alleen als ze even de tijd nemen": a
# third person who takes time is when the failure occurs, a limit.
_WHEN_ADDRESSEE = frozenset(
    ["you", "u", "je", "jij", "jullie", "du", "ihr", "sie", "dere"]
)  # fmt: skip
_HAS_TIME = frozenset(
    ["have", "has", "get", "got", "find", "haben", "habt", "hast", "findet", "finden",
     "hebben", "hebt", "heeft", "krijgen", "krijgt", "vinden", "vindt", "har", "får", "finner"]
)  # fmt: skip
_WHEN_SUITS = frozenset(["convenient", "suits", "passt", "uitkomt", "schikt", "passer"])
_WHEN_SUITS_SUBJECT = frozenset(["it", "es", "het", "dat", "det", "den"])


def _drop_when_time_allows(tokens: list[str], found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget limited-scope matches ending in "when" whose every occurrence in `tokens` says
    when the writer has time for an answer, not when the failure occurs (see above)."""
    for i in list(new):
        f = found.get(i)
        if f is None or not f.id.endswith(".limited_scope") or "…" in f.matched:
            continue
        words = f.matched.split()
        if not words or words[-1] not in _SCOPE_WHEN:
            continue
        size = len(words)
        ends = [
            k + size
            for k in range(len(tokens) - size + 1)
            if tokens[k] == words[0] and tokens[k : k + size] == words
        ]

        def time_allows(end: int) -> bool:
            after: list[str] = []
            for tok in tokens[end : end + _TIME_REACH]:
                if tok <= SOFT:
                    break
                after.append(tok)
            if not after:
                return False
            if after[0] in _WHEN_SUITS or (
                after[0] in _WHEN_SUITS_SUBJECT and _WHEN_SUITS.intersection(after[1:])
            ):
                return True  # "when convenient", "wenn es passt", "når det passer"
            return (
                after[0] in _WHEN_ADDRESSEE
                and not _WHEN_TIME_ALLOWS.isdisjoint(after[1:])
                and not _HAS_TIME.isdisjoint(after[1:])
            )

        if ends and all(time_allows(e) for e in ends):
            del found[i]


# "Bei einem Nutzer stürzt die App ab, bei allen anderen läuft sie", "for everyone else it
# works": all the OTHERS are no scope of all. "Not everyone gets a crash on launch", "Nicht bei
# allen", "niet iedereen", "ikke alle", "... but not for everyone": a denied "all" (a "not" that
# opens the clause or follows "but", not a verb's "not": "funktioniert nicht bei allen Kunden"
# may still say it fails for all) is no scope of all either. A scope-of-all match (a for-all
# rule's "all" piece) whose every occurrence is such is forgotten.
_SCOPE_OF_ALL_RULES = (
    _FOR_EVERYONE,
    ".failure_everywhere_near",
    ".app_crash_on_launch_for_all_near",
    ".cx_object_fails_for_all_near",
)
_ALL_WORDS = frozenset(
    ["everyone", "everybody", "all", "every", "everywhere", "alle", "allen", "jeder", "jedem",
     "jeden", "jede", "überall", "iedereen", "elke", "iedere", "overal", "hver", "overalt"]
)  # fmt: skip
_ALL_OTHERS_AFTER = frozenset(
    ["anderen", "andere", "andern", "übrigen", "others", "other", "else", "andre", "øvrige"]
)
_SCOPE_DENIED = frozenset(["not", "nicht", "niet", "ikke", "ikkje"])
_SCOPE_FOR = frozenset(
    ["for", "to", "with", "bei", "für", "mit", "voor", "bij", "met", "hos", "med", "på", "on"]
)
_BUT = frozenset(["but", "though", "yet", "aber", "doch", "jedoch", "maar", "men"])


# "Not just me, everyone else gets a crash on launch too", "Nicht nur bei mir, bei allen
# anderen stürzt die App auch ab", "me and everyone else": all the others JOIN the writer, and
# the writer with all the others is all. Such an "all the others" stays a scope of all: a
# "too" later in its clause (not one beside a works word: "for everyone else it works too"),
# a "not just / nicht nur / niet alleen / ikke bare" before it in its sentence, or "me and"
# right before it.
_TOO = frozenset(["too", "also", "auch", "ebenfalls", "ook", "også"])
_WORKS_WORDS = frozenset(
    ["works", "work", "working", "fine", "ok", "okay", "normally", "läuft", "laufen", "geht",
     "gehen", "funktioniert", "funktionieren", "normal", "werkt", "werken", "goed", "prima",
     "virker", "fungerer", "fint", "går", "normalt"]
)  # fmt: skip
_NOT_JUST = frozenset(
    [("not", "just"), ("not", "only"), ("nicht", "nur"), ("nicht", "bloß"), ("niet", "alleen"),
     ("niet", "enkel"), ("niet", "enkele"), ("ikke", "bare"), ("ikke", "kun")]
)  # fmt: skip
_ME_AND = frozenset(
    [("me", "and"), ("i", "and"), ("us", "and"), ("ich", "und"), ("mir", "und"), ("mich", "und"),
     ("uns", "und"), ("ik", "en"), ("mij", "en"), ("ons", "en"), ("wij", "en"), ("jeg", "og"),
     ("meg", "og"), ("oss", "og"), ("vi", "og")]
)  # fmt: skip
_JOIN_REACH = 12  # tokens looked at before and after "all the others"


def _others_join_the_writer(tokens: list[str], start: int, end: int) -> bool:
    """Whether the "all the others" at `tokens[start:end + 1]` join the writer (see above)."""
    if start >= 2 and (tokens[start - 2], tokens[start - 1]) in _ME_AND:
        return True
    if (
        start >= 3
        and tokens[start - 1] in _SCOPE_FOR
        and (tokens[start - 3], tokens[start - 2]) in _ME_AND
    ):
        return True  # "bei mir und bei allen anderen"
    clause: list[str] = []
    for tok in tokens[end + 1 : end + 1 + _JOIN_REACH]:
        if tok <= SOFT:
            break
        clause.append(tok)
    if _TOO.intersection(clause) and not _WORKS_WORDS.intersection(clause):
        return True
    k = start - 1
    while k > 0 and start - k <= _JOIN_REACH and tokens[k] != BOUNDARY:
        if (tokens[k - 1], tokens[k]) in _NOT_JUST:
            return True
        k -= 1
    return False


def _not_all_at(tokens: list[str], start: int, end: int) -> bool:
    """The "all" words `tokens[start:end]` are all the others, or an "all" denied."""
    if end < len(tokens) and tokens[end] in _ALL_OTHERS_AFTER:
        return not _others_join_the_writer(tokens, start, end)
    k = start - 1
    if k >= 0 and tokens[k] in _SCOPE_FOR and tokens[start] not in _SCOPE_FOR:
        k -= 1
    if k < 0 or tokens[k] not in _SCOPE_DENIED:
        return False
    return k == 0 or tokens[k - 1] <= SOFT or tokens[k - 1] in _BUT


def _drop_not_all(tokens: list[str], found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget scope-of-all matches whose "all" is, every time, the others or denied."""
    for i in list(new):
        f = found.get(i)
        if f is None or not f.id.endswith(_SCOPE_OF_ALL_RULES):
            continue
        for piece in _pieces(f):
            words = piece.split()
            if not _ALL_WORDS.intersection(words):
                continue
            size = len(words)
            spans = [
                (k, k + size)
                for k in range(len(tokens) - size + 1)
                if tokens[k] == words[0] and tokens[k : k + size] == words
            ]
            if spans and all(_not_all_at(tokens, a, b) for a, b in spans):
                del found[i]
                break


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


# "You can't actually check out with 0", "mit 0 kann man zwar nicht bestellen", "met 0 kun je niet
# afrekenen", "man får ikke bestilt med 0": an order of nothing refused is the shop's check
# working, not checkout failing. The clause (up to a comma or a stop) around the "with 0" is no
# failure told.
_WITH_NOTHING = re.compile(
    r"\b(with|mit|met|med)\s+(0|zero|null|nul|nothing|nichts|niets|ingenting|an empty|a zero|"
    r"einem leeren|leerem|een lege|en tom)(?![\w,.]*\d)\b",
    re.IGNORECASE,
)
_NOTHING_CLAUSE_END = ".!?;:,\n"
# the words one of which `_WITH_NOTHING` needs: its search runs only where one occurs
_NOTHING_WORDS = (
    " 0", "zero", "nul", "nothing", "nichts", "niets", "ingenting", "empty", "leere", "lege",
    "en tom",
)  # fmt: skip


def _drop_order_with_nothing(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Forget incident rules whose match lies wholly in a clause that refuses an order of
    nothing (`_WITH_NOTHING`)."""
    if not any(found[i].level in ("critical", "urgent") for i in new):
        return
    lowered = text.lower()
    if not any(word in lowered for word in _NOTHING_WORDS):
        return
    clauses = []
    for m in _WITH_NOTHING.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in _NOTHING_CLAUSE_END) + 1
        ends = [at for at in (text.find(c, m.end()) for c in _NOTHING_CLAUSE_END) if at >= 0]
        clauses.append(_joined_words(text[start : min(ends, default=len(text))]))
    if clauses:
        _forget_matches_in(clauses, found, new)


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
_NOT_NOW_NOR_PAST = (
    r"(?:(?!\b(?:now|nu|jetzt|nå|since|seit|sinds|sindsdien|seitdem|was|were|war|waren|var|"
    r"ble|werd|after|nach|na|etter|still|noch|nog|fortsatt|again|wieder|weer|igjen|"
    r"but|aber|doch|maar|men|done|finished|complete|completed|over|fertig|vorbei|beendet|"
    r"abgeschlossen|klaar|afgerond|voorbij|ferdig|avsluttet)\b)"
    r"[^.!?;:\n])"
)
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
_SUPPOSED_CASES = tuple(
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


# "The public site is fine, visitors notice nothing": what is slow is the staff's side (the
# admin, the backend), a minor problem: the "site suddenly slow" rules count as standard.
_VISITORS_UNAFFECTED = ".visitors_unaffected"
# "extremely slow", "takes 30 seconds to load": the site answers, slowly
_SLOW_WORDS = (".site_slow", ".slow_word", ".slow_with_duration")
_SLOW_RULES = (*_SLOW_WORDS, ".http_5xx")
# A 5xx seen by staff in the admin while visitors are fine is not an outage signal.
_ADMIN_ONLY_OUTAGE_SIGNALS = (".http_5xx_outage_signal",)
# "Staging shows a fatal error" + "the live site is fine": not production, at most standard.
_TEST_SYSTEM = ".test_system"
_LIVE_FINE = ".live_fine"
# "The normal website, example.org, opens fine": the live site named and working, a cue that
# weighs only beside a test system (`.live_fine` also lowers a login failure; this does not).
_LIVE_NAMED_FINE = ".live_named_fine"
# "One member can't log in, everyone else can": a problem of one user, not of the function.
_SINGLE_USER = ".single_user"
# "The form on the English version fails; the Norwegian form works": one language version.
_ONE_VERSION = ".one_language_version"
# "The English version only shows a server error", "the parents' portal is down": a whole part of
# the site down (urgent), not a form of one version; the other version working leaves it urgent.
_PART_DOWN = ".site_part_down"
# Rules about tone and pace, not about what is wrong (ids end with these).
_TONE_RULES = (".no_rush", ".not_urgent_cue", ".not_an_emergency")
# Words of haste ("urgent", "dringend", "eilt", "haster"): how soon, not what is wrong.
_HASTE_RULES = (".urgency_words",)

# Thanks for an old fix (a `_NEW_PROBLEM_CUE` after them reports something new).
_THANKS_RULES = (
    ".resolved_statement",
    ".thanks",
    ".fixed_thanks",
    ".thanks_after_fix",
    ".fast_again_thanks",
    ".thanks_again",
    ".fine_since",
    ".cx_thanks_note",
)
# Requests for content, design or configuration (not a bare "can you look", not a question).
_CONTENT_RULES = (
    ".design_content_topic",
    ".content_request",
    ".small_content_change",
    ".contact_detail_change",
    ".photo_or_person_change",
    ".brand_design_change",
    ".feature_or_configuration",
)
# "All other pages work normally": the failure lies on the pages the mail names. "The site is
# not down, but ...": the same for half signals, without a step down of firm ones.
_OTHER_PAGES_WORK = ".other_pages_work"
# "On the checkout page there is only an error, all other pages work": the page named is where
# customers pay or order, and it failing is checkout impossible (critical) however well the
# other pages work; the other-pages cue does not make it one page broken.
_CHECKOUT_PAGE_ERROR = (".payment_page_error_near", ".cx_checkout_page_only_error_near")
_SITE_UP = ".site_up"
# "Shipcloud gibt bei allen Etiketten einen Fehler, und der Shop ist für alle Kunden down",
# "Shipmondo gir feil på alle fraktetiketter, og nettbutikken er nede for alle kunder": the
# labels (or the warehouse, the accounting) fail after the sale, but the shop or the site
# itself said down is a whole outage beside them: the "only after the sale" cue takes no step
# off it. A site-down match (`.site_down`, or `.critical_object_total_failure_near` with the
# shop or the site as its object; not "the label server is down").
_AFTER_THE_SALE = ".after_the_sale_only"
_SHOP_DOWN_RULES = (".site_down", ".critical_object_total_failure_near")
_SHOP_OR_SITE = frozenset(
    ["shop", "webshop", "onlineshop", "online-shop", "store", "site", "website", "webseite",
     "seite", "homepage", "webwinkel", "winkel", "nettbutikken", "nettbutikk", "butikken",
     "nettsiden", "nettsida", "nettstedet", "hjemmesiden", "siden"]
)  # fmt: skip


def _shop_said_down(fired: list[FiredRule]) -> bool:
    """A critical match says the shop or the site itself is down."""
    return any(
        r.level == "critical"
        and r.id.endswith(_SHOP_DOWN_RULES)
        and _SHOP_OR_SITE.intersection(r.matched.replace("…", " ").split())
        for r in fired
    )


# "... on every page": the failure is not on some pages; neither cue above holds.
_EVERY_PAGE = ".every_page"
# "The link in the footer of every page": its "every page" is where one element sits.
_ELEMENT_ON_EVERY_PAGE = ".element_on_every_page"
# The words of a login, in a rule's matched text ("nobody … log in", "niemand kan inloggen").
_LOGIN_WORDS = re.compile(
    r"\b(log in|login|logging in|sign in|signing in|inloggen|inlog|einloggen|anmelden|"
    r"logge inn|logget inn|innlogging|pålogging)\b"
)
# "No error, no confirmation": what the screen does not show after a click.
_NO_FEEDBACK = ".no_feedback"
# "[Wordfence Alert] User locked out from signing in": a security plugin's notice that it
# blocked someone's login attempts, quoted; not a login broken.
_BLOCKED_ATTEMPTS = ".blocked_attempts"
# "I got a new phone and the authenticator code is gone": one user's own lost second factor.
_ACCOUNT_HELP = ".account_help"
_LOGIN_RULES = (".login_broken", ".login_failure_near")
# "None of our editors can log in to the CMS": a login the staff use to run the site.
_STAFF_LOGIN = ".staff_login"


def _without_element_pages(fired: list[FiredRule]) -> list[FiredRule]:
    """`fired` without the critical matches (and the every-page cue) made of an element's
    "every page" words."""
    pages = []
    for r in fired:
        if r.id.endswith(_ELEMENT_ON_EVERY_PAGE):
            words = r.matched.split()
            at = next((i for i, w in enumerate(words) if w in _QUANTIFIERS), None)
            if at is not None:
                pages.append(" ".join(words[at:]))
    if not pages:
        return fired
    return [
        r
        for r in fired
        if not (
            (r.level == "critical" or r.id.endswith(_EVERY_PAGE))
            and any(p in r.matched for p in pages)
        )
    ]


def _relevelled(
    fired: list[FiredRule],
    level: str,
    new_level: str,
    which: Callable[[FiredRule], object] = lambda r: True,
) -> list[FiredRule]:
    """`fired` with its `level` matches that `which` picks counted at `new_level`: what they
    say of a part ("only the staff's login", "the gallery page") rather than of the whole."""
    return [
        FiredRule(r.id, new_level, r.field, r.matched, r.weight)
        if r.level == level and which(r)
        else r
        for r in fired
    ]


def _is_login_match(r: FiredRule) -> bool:
    """A match about logging in ("nobody can log in", "Anmeldung geht nicht")."""
    return _LOGIN_WORDS.search(r.matched) is not None


def _without_page_site(fired: list[FiredRule]) -> list[FiredRule]:
    """`fired` with the critical matches that start at the site word of "the gallery page on
    our website" (the site is where the page lies: "website isn't loading") taken as what
    they say of that page: a page broken, a standard-level signal."""
    sites = {r.matched.split()[-1] for r in fired if r.id.endswith(_PAGE_ON_SITE)}
    if not sites:
        return fired
    return _relevelled(fired, "critical", "standard", lambda r: r.matched.split()[0] in sites)


# "The 'Print recipe' button gives a blank page": printing, a side function, fails.
_PRINT_BROKEN = ".print_function_broken_near"


def _without_printout_words(fired: list[FiredRule]) -> list[FiredRule]:
    """`fired` with the critical half signals made only of the words of a printing failure
    ("blank page", "leere Seite" of the printout) counted as what they say of the printout: a
    minor bug, a standard-level signal."""
    words = {
        w
        for r in fired
        if r.id.endswith(_PRINT_BROKEN)
        for w in r.matched.replace("…", " ").split()
    }
    if not words:
        return fired
    return _relevelled(
        fired,
        "critical",
        "standard",
        lambda r: r.weight < THRESHOLD and set(r.matched.replace("…", " ").split()) <= words,
    )


def _without_frame_words(fired: list[FiredRule]) -> list[FiredRule]:
    """`fired` without the critical and urgent matches made of the words of "no error, no
    confirmation" (what the screen does not show, not a mail that is not sent) or of a
    security plugin's "user locked out" notice (attempts it blocked, not a login broken)."""
    spans = [
        set(re.findall(r"\w+", r.matched))
        for r in fired
        if r.id.endswith((_NO_FEEDBACK, _BLOCKED_ATTEMPTS))
    ]
    if not spans:
        return fired
    return [
        r
        for r in fired
        if not (
            r.level in ("critical", "urgent")
            and any(set(re.findall(r"\w+", r.matched)) <= words for words in spans)
        )
    ]


# "No customers have received an order confirmation": the mail that did not arrive, whose
# words ("no customers ... order") are no one ordering.
_MAIL_MISSING = ".customer_mail_missing_near"


def _without_mail_words(fired: list[FiredRule]) -> list[FiredRule]:
    """`fired` without the critical matches made only of the words of a transactional mail
    that customers did not receive (`_MAIL_MISSING`): the orders came in, the mail did not."""
    spans = [
        set(r.matched.replace("…", " ").split()) for r in fired if r.id.endswith(_MAIL_MISSING)
    ]
    if not spans:
        return fired
    return [
        r
        for r in fired
        if not (
            r.level == "critical"
            and any(set(r.matched.replace("…", " ").split()) <= words for words in spans)
        )
    ]


# Payment impossible for everyone ("nobody can pay") is critical even when every other page
# works: a cue that the rest of the site works does not lower it (a cue that another payment
# method works, or that one customer alone is affected, still does).
_PAYMENT_IMPOSSIBLE = (
    ".checkout_impossible",
    ".nobody_can_buy_near",
    ".nobody_can_make_appointment_near",
    ".checkout_negated_verb",
    ".customers_cannot_buy_near",
    ".cx_pay_step_blank_near",
)
# "Not just me", "on my phone and at home too": a device, user or place scope widened.
# "also in Chrome on her iPhone": a browser widened is a device scope widened too
_DEVICE_SCOPE = (".tried_several_devices", ".also_elsewhere", ".cx_browser_too")
# "Paying by card still works ... I've tried it on Chrome and on my phone": another payment
# method still serving customers is no device scope; a device widen cue
# ("tried it on my phone and the PC too") does not take it back.
_METHOD_WORKS = (".other_methods_still_work",)
# "Not just me, my colleagues too ... Customers can still order and pay in the shop": the
# back office fails for every colleague, but the shop still sells; a user or device widen
# ("niet alleen bij mij") does not take back that step down either (`.checkout_still_works`
# phrases are looser, "bookings are coming in now", and a widen still cancels them).
_SHOP_SELLS = ".cx_customers_order_normally"
# "The UK store and the German one work normally": another country's store still sells; a
# device widen ("from the office and on 4G") does not take that step down back either.
_OTHER_STORE_SELLS = ".other_store_sells"
# the shop still sells another way: on another device or platform, or in another country's store
_SELLS_ELSEWHERE = (_OTHER_STORE_SELLS, _OTHER_PLATFORM_WORKS)
_REST_WORKS = (
    _OTHER_PAGES_WORK,
    ".rest_still_works",
    ".rest_still_works_near",
    _SITE_UP,
    _LIVE_FINE,
    _VISITORS_UNAFFECTED,
)


def _without_rest_works(fired: list[FiredRule]) -> list[FiredRule]:
    """`fired` without the "the rest of the site works" cues when payment is impossible for
    everyone: those cues, and demotes matching only their words, do not lower it."""
    if not (
        any(r.id.endswith(_FOR_EVERYONE) for r in fired)
        and any(r.id.endswith(_PAYMENT_IMPOSSIBLE) and r.weight >= THRESHOLD for r in fired)
    ):
        return fired
    rest = [r for r in fired if r.level == "demote" and r.id.endswith(_REST_WORKS)]
    if not rest:
        return fired
    words = {w for r in rest for w in r.matched.replace("…", " ").split()}
    return [
        r
        for r in fired
        if not (
            r.level == "demote" and (r in rest or set(r.matched.replace("…", " ").split()) <= words)
        )
    ]


def _without_other_pages_beside_checkout(fired: list[FiredRule]) -> list[FiredRule]:
    """`fired` without its "all other pages work" demotes, and the demotes made only of their
    words ("alle andre ... fungerer" read as the other users), when the page that fails is the
    checkout, cart or payment page (`_CHECKOUT_PAGE_ERROR`): no customer can buy."""
    if not any(r.level == "critical" and r.id.endswith(_CHECKOUT_PAGE_ERROR) for r in fired):
        return fired
    return _without_demotes_in_words_of(fired, (_OTHER_PAGES_WORK,), keep_own=False)


# "Checkout works for nobody", "Bezahlen klappt bei niemandem mehr": the works words of a
# failure whose negation lies in its scope ("for nobody") are no "still works" cue.
_WORKS_FOR_NOBODY = (".cx_works_for_nobody", ".cx_pay_works_for_nobody", ".cx_reachable_for_nobody")


def _without_demotes_in_words_of(
    fired: list[FiredRule], suffixes: tuple[str, ...], *, keep_own: bool
) -> list[FiredRule]:
    """`fired` without the demotes made only of the words matched by the rules whose ids end
    in `suffixes` (`keep_own`: those rules themselves stay, demotes or not)."""
    own = [r for r in fired if r.id.endswith(suffixes)]
    if not own:
        return fired
    words = {w for r in own for w in r.matched.replace("…", " ").split()}
    return [
        r
        for r in fired
        if (keep_own and r in own)
        or not (r.level == "demote" and set(r.matched.replace("…", " ").split()) <= words)
    ]


def _without_works_for_nobody(fired: list[FiredRule]) -> list[FiredRule]:
    """`fired` without the demotes made only of the words of a works-for-nobody match."""
    return _without_demotes_in_words_of(fired, _WORKS_FOR_NOBODY, keep_own=False)


def _without_store_words(fired: list[FiredRule]) -> list[FiredRule]:
    """`fired` without the demotes made only of the words of another store said to sell ("de
    andre butikkene går fint" is no "de andre ... fint" of the writer's colleagues: one user)."""
    return _without_demotes_in_words_of(fired, (_OTHER_STORE_SELLS,), keep_own=True)


def _without_own_login(fired: list[FiredRule]) -> list[FiredRule]:
    """`fired` without its login failures when the writer lost their own second factor ("new
    phone ... authenticator"): one user's account to help with (low), not a login broken."""
    if not any(r.id.endswith(_ACCOUNT_HELP) for r in fired):
        return fired
    if any(r.id.endswith(_FOR_EVERYONE) for r in fired):
        # "none of our customers can log in, and a colleague forgot her password too": the
        # login fails for everyone, whatever one user forgot
        return fired
    return [
        r
        for r in fired
        if not (
            r.level in ("critical", "urgent")
            and (r.id.endswith(_LOGIN_RULES) or _LOGIN_WORDS.search(r.matched))
        )
    ]


# "Auf der Testumgebung hat es noch funktioniert – im Live-Shop nicht", "on the staging site
# it still worked": the test system named as where it worked (`.test_worked`, a cue of no weight
# of its own) limits nothing: the failure is live. Its test-system matches (`.test_system`, a
# limited scope of the same words) are forgotten, and so is a live-fine cue whose "fine" is the
# very word that said the test system worked ("funktioniert – im Live-Shop nicht"). A live site
# said to work in words of its own ("der Live-Shop läuft normal") keeps the test system's failure.
_TEST_WORKED = ".test_worked"


def _without_test_that_worked(fired: list[FiredRule]) -> list[FiredRule]:
    cues = [r for r in fired if r.id.endswith(_TEST_WORKED)]
    if not cues:
        return fired
    fired = [r for r in fired if not r.id.endswith(_TEST_WORKED)]
    worked = {w for r in cues for w in r.matched.split(" … ")[-1].split()}

    def echo(r: FiredRule) -> bool:
        return any(w in worked for w in r.matched.replace(" … ", " ").split())

    live_fine = [r for r in fired if r.id.endswith((_LIVE_FINE, _LIVE_NAMED_FINE))]
    if not all(echo(r) for r in live_fine):
        # "the live shop runs normally" in words of its own: the test system is what fails
        return fired
    tests = [set(r.matched.split()) for r in fired if r.id.endswith(_TEST_SYSTEM)]
    tests += [set(r.matched.split(" … ")[0].split()) for r in cues]

    def keep(r: FiredRule) -> bool:
        if r.id.endswith((_TEST_SYSTEM, _LIVE_FINE, _LIVE_NAMED_FINE)):
            return False
        return not (
            r.id.endswith(".limited_scope") and any(set(r.matched.split()) <= t for t in tests)
        )

    return [r for r in fired if keep(r)]


def decide(fired: list[FiredRule], firm: bool = False) -> str:
    """The level from the fired rules. `firm`: a non-demotable critical rule fired."""
    fired = _without_test_that_worked(fired)
    # Read before the filters below: "our current live site is fine" beside a staging checkout
    # that fails is the live site working, not a "rest works" cue that a payment impossible
    # for everyone ("live site" read as the whole) takes back; so is "customers notice
    # nothing" (`.visitors_unaffected`) beside a test system.
    test_beside_live = any(r.id.endswith(_TEST_SYSTEM) for r in fired) and any(
        r.id.endswith((_LIVE_FINE, _LIVE_NAMED_FINE, _VISITORS_UNAFFECTED)) for r in fired
    )
    if not firm:
        fired = _without_own_login(fired)
    if any(r.id.endswith(_AFTER_THE_SALE) for r in fired) and _shop_said_down(fired):
        fired = [r for r in fired if not r.id.endswith(_AFTER_THE_SALE)]
    if any(r.id.endswith(_VISITORS_UNAFFECTED) for r in fired):
        # still a problem, a minor one: the slowness counts as a standard-level signal
        fired = _relevelled(
            [r for r in fired if not r.id.endswith(_ADMIN_ONLY_OUTAGE_SIGNALS)],
            "urgent",
            "standard",
            lambda r: r.id.endswith(_SLOW_RULES),
        )
    fired = _without_rest_works(
        _without_frame_words(_without_page_site(_without_element_pages(fired)))
    )
    fired = _without_other_pages_beside_checkout(fired)
    fired = _without_printout_words(fired)
    fired = _without_mail_words(fired)
    fired = _without_works_for_nobody(fired)
    fired = _without_store_words(fired)
    if any(r.id.endswith(_EVERY_PAGE) for r in fired):
        # "not offline, it loads, but every page is only white": the site IS down
        fired = [r for r in fired if not r.id.endswith(_SITE_UP)]
    elif not firm and (
        any(r.id.endswith(_SITE_UP) for r in fired)
        or (
            any(r.id.endswith(_LIVE_FINE) for r in fired)
            and not any(r.id.endswith(_TEST_SYSTEM) for r in fired)
        )
    ):
        # "The site is not down ... but nobody can log in to the member area": a login broken
        # for everyone beside a working site is the table's urgent "login broken" (not a
        # breach: an intruder's login stays critical, `firm`); so beside "the open site with
        # news works" (`.live_fine`, no test system named)
        fired = _relevelled(fired, "critical", "urgent", _is_login_match)
    if any(r.id.endswith(_GOES_THROUGH) for r in fired):
        # "the checkout spins for ages before it goes through": slow, not impossible
        fired = _relevelled(fired, "critical", "urgent", lambda r: r.id.endswith(_CHECKOUT_WAITS))
        if any(r.id.endswith(_SLOW_WORDS) for r in fired):
            # "Every page takes a minute, now and then only a white screen, but it loads in the
            # end": the half signals ("every page", "white screen") describe the slowness of a
            # site that still works (the table's "site suddenly slow", urgent), even for
            # everyone. A whole signal ("the site is down") is not one of them and stays.
            fired = _relevelled(fired, "critical", "urgent", lambda r: r.weight < THRESHOLD)
    if any(r.id.endswith(_SLOW_WORDS) for r in fired) and any(
        r.id.endswith((_ALL_FINE, _SITE_UP)) for r in fired
    ):
        # "Every page takes 20-30 seconds. It works, nothing broken, but customers are calling":
        # the half signals ("every page", "customers are calling") tell how bad the slowness of
        # a site said to work is (the table's "site suddenly slow", urgent); a whole signal
        # ("nobody can pay") stays.
        fired = _relevelled(fired, "critical", "urgent", lambda r: r.weight < THRESHOLD)
    if any(r.id.endswith(_ALL_SHOWN_FULL) for r in fired):
        # "the booking calendar shows every pitch as full (so no bookings come in)": the
        # missing bookings are that failure's effect, a function lost (urgent), not a checkout
        # that fails
        fired = _relevelled(fired, "critical", "urgent", lambda r: r.id.endswith(_SALES_STOPPED))
    if (
        any(r.id.endswith(_FORM_FAILS) and _FORM_WORD.search(r.matched) for r in fired)
        and any(r.id.endswith(_ZERO_SALES) for r in fired)
        and sum(r.weight for r in fired if r.level == "critical" and not r.id.endswith(_ZERO_SALES))
        < 1.0
    ):
        fired = _relevelled(fired, "critical", "urgent", lambda r: r.id.endswith(_ZERO_SALES))
    enquiries = [r.matched for r in fired if r.id.endswith(_ENQUIRIES_STOPPED)]
    if enquiries:
        # "We haven't had a single booking request through the site since Tuesday": the
        # zero-sales words name enquiries that stopped arriving (urgent), not sales
        fired = _relevelled(
            fired,
            "critical",
            "urgent",
            lambda r: (
                r.id.endswith(_ZERO_SALES)
                and any(len(p.split()) > 1 and any(p in e for e in enquiries) for p in _pieces(r))
            ),
        )
    if any(r.id.endswith(_NEWSLETTER_SIGNUP) for r in fired):
        # a cue, no signal of its own: the newsletter's sign-up failing or showing an error is
        # a side function's (standard)
        fired = [r for r in fired if not r.id.endswith(_NEWSLETTER_SIGNUP)]
        if not firm:
            for level in ("critical", "urgent"):
                fired = _relevelled(
                    fired, level, "standard", lambda r: _SIGNUP_WORDS.search(r.matched)
                )
    if (
        not firm
        and any(r.id.endswith(_INTRANET_FOR_ALL) for r in fired)
        and any(r.id.endswith(_PUBLIC_SITE_WORKS) for r in fired)
    ):
        # "Nobody on staff can sign in to the intranet; the public website is fine": the
        # staff's login beside a site that works (urgent), its critical login matches too
        fired = _relevelled(
            fired,
            "critical",
            "urgent",
            lambda r: r.id.endswith(_INTRANET_FOR_ALL) or _is_login_match(r),
        )
    if not firm and any(r.id.endswith(_STAFF_LOGIN) for r in fired):
        # "No editor can log in to the CMS": the staff's login, not the site, is broken (a
        # major feature, urgent); its critical login matches count as urgent ones
        fired = _relevelled(fired, "critical", "urgent", _is_login_match)
    level = _decide(fired, firm)
    if level == "standard" and server_error_unqualified(fired):
        level = "critical"
    if level in ("critical", "urgent") and test_beside_live:
        # a test or staging system fails and the live one works: not a production incident
        return "standard"
    if firm:
        return level
    resolved = any(r.level == "demote" and r.weight >= 2.0 for r in fired)
    # "bei ihr 'Zugriff verweigert', wir anderen melden uns normal an": one user's problem,
    # a minor one, however alarming the words ("no rush" does not make it a question either)
    tone_only_low = level == "low" and all(
        r.id.endswith(_TONE_RULES) for r in fired if r.level == "low"
    )
    if (
        not resolved
        and any(r.id.endswith(_SINGLE_USER) for r in fired)
        and (level in ("critical", "urgent") or tone_only_low)
    ):
        return "standard"
    return level


def _merge_same_words(best: dict[tuple[str, str, str], float]) -> None:
    """Critical half signals made of the same words ("website ... error" and "website ...
    error page" in "Menu link on website goes to error page") are one signal, not two that
    add up to an outage: the one whose words lie within another's (of the same field) goes."""
    half = [
        (k, frozenset(k[2].replace("…", " ").split()))
        for k, w in best.items()
        if k[0] == "critical" and w < THRESHOLD and "…" in k[2]
    ]
    for i, (key, words) in enumerate(half):
        for j, (other, other_words) in enumerate(half):
            if i == j or other[1] != key[1] or other not in best:
                continue
            if words < other_words or (words == other_words and j < i):
                del best[key]
                break


def _decide(fired: list[FiredRule], firm: bool) -> str:
    score = {level: 0.0 for level in (*LEVELS, "demote", "widen")}
    # The same words matched by rules of several languages count once per level.
    best: dict[tuple[str, str, str], float] = {}
    for r in fired:
        key = (r.level, r.field, r.matched)
        best[key] = max(best.get(key, 0.0), r.weight)
    _merge_same_words(best)
    for (level, _field, _matched), weight in best.items():
        score[level] += weight
    # "No rush", "kein Notfall" say how soon, not whether something is broken: against a
    # standard-level problem they do not count towards "low" (they still do without one).
    tone = {(r.level, r.field, r.matched) for r in fired if r.id.endswith(_TONE_RULES)}
    haste = {(r.level, r.field, r.matched) for r in fired if r.id.endswith(_HASTE_RULES)}

    thanked: set[tuple[str, str, str]] = set()
    if any(r.id.endswith(_NEW_PROBLEM_CUE) for r in fired):
        # "Thanks for getting the site back up. One thing I've noticed though: ...": thanks
        # for an old fix say nothing about the new problem.
        thanked = {(r.level, r.field, r.matched) for r in fired if r.id.endswith(_THANKS_RULES)}
        tone |= thanked
    low_without_tone = sum(w for k, w in best.items() if k[0] == "low" and k not in tone)
    # "Fast again, thanks! The only thing left is that the calendar is empty": beside a new
    # problem cue the thanks alone do not make it low (other low signals still do)
    low_unthanked = sum(w for k, w in best.items() if k[0] == "low" and k not in thanked)
    if (
        score["critical"] >= THRESHOLD
        and not firm
        and not any(r.id.endswith(_EVERY_PAGE) for r in fired)
        and any(r.id.endswith((_OTHER_PAGES_WORK, _SITE_UP, _ELEMENT_ON_EVERY_PAGE)) for r in fired)
        and all(w <= THRESHOLD for k, w in best.items() if k[0] == "critical")
    ):
        # Only half (or single, weight 1) signals ("the FAQ page" + "only an error":
        # "Seite"/"siden" name a page as well as the site) and the mail says every other
        # page works: some pages are broken, not the site. They do not add up to an outage:
        # they say what they say of those pages, a page broken (a standard-level signal).
        return _decide(
            _relevelled(fired, "critical", "standard"),
            firm,
        )
    if score["critical"] >= THRESHOLD:
        severity = "critical"
    elif score["urgent"] >= THRESHOLD:
        severity = "urgent"
    elif score["standard"] >= THRESHOLD and score["standard"] >= low_without_tone:
        return "standard"
    elif low_unthanked >= THRESHOLD:
        return "low"
    elif any(r.level == "demote" and r.weight >= 2.0 for r in fired):
        # "It is fixed, thanks" with nothing still wrong: a reply, not a report.
        return "low"
    else:
        # Weak signals only: a customer writing in is more likely reporting than asking. Words
        # of haste alone ("URGENT!!", "haster") say how soon, not that something is broken:
        # beside a content request ("a typo on the menu", "can you swap my photo") they do not
        # make it a report (beside "niet dringend" alone, a tone word too, or a bare "can you
        # look at the website as soon as possible", they still do).
        content = low_without_tone and any(r.id.endswith(_CONTENT_RULES) for r in fired)
        urgent = sum(
            w for k, w in best.items() if k[0] == "urgent" and not (k in haste and content)
        )
        return "standard" if (score["standard"] or urgent or not score["low"]) else "low"
    # Limited scope (1 step) turns a critical into urgent; "resolved" (2 steps) takes a
    # critical or urgent down to standard.
    # "Tried it on the phone AND the PC, from home too" cancels a device or network
    # "limited scope": widen takes back limited-scope steps (never a "resolved").
    # Several limited-scope cues ("only on mobile", "the shop itself works") are still one
    # step; only a "resolved" cue (weight 2) takes two.
    resolved = any(r.level == "demote" and r.weight >= 2.0 for r in fired)
    steps = 2 if resolved else (1 if score["demote"] >= 1.0 else 0)
    # "It's not just me" widens a device or user scope, not a part of the site: beside "the
    # public pages work" the failure still lies in the part the mail names (a widen cue that
    # names the part, "only the checkout fails", still cancels the step).
    if steps == 1 and score["widen"] >= 1.0:
        steps = 0
        rest = {
            (r.level, r.field, r.matched)
            for r in fired
            if r.level == "demote"
            and r.id.endswith(
                (
                    *_REST_WORKS,
                    *_METHOD_WORKS,
                    _SHOP_SELLS,
                    *_SELLS_ELSEWHERE,
                )
            )
        }
        device = {
            (r.level, r.field, r.matched)
            for r in fired
            if r.level == "widen" and r.id.endswith(_DEVICE_SCOPE)
        }
        if (
            sum(best.get(k, 0.0) for k in rest) >= 1.0
            and score["widen"] - sum(best.get(k, 0.0) for k in device) < 1.0
        ):
            steps = 1
    if steps == 1 and severity == "critical" and device_named_where_all_fail(fired):
        steps = 0
    if firm and steps < 2:
        return severity
    if severity == "urgent":
        # one user's problem, or one language version's part while the other version works
        # (not when that version is down as a whole, `_PART_DOWN`: a part lost, urgent)
        if steps == 1 and any(
            r.id.endswith(_SINGLE_USER)
            or (r.id.endswith(_ONE_VERSION) and not any(p.id.endswith(_PART_DOWN) for p in fired))
            for r in fired
        ):
            return "standard"
        steps -= 1
    if steps <= 0:
        return severity
    order = list(LEVELS)
    return order[min(order.index(severity) + steps, order.index("standard"))]


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


# "The stock isn't syncing from our ERP. The log says: Connection refused on every attempt": a
# sync or integration said to fail, and a refused connection (`.server_down_state`) the
# integration's log shows: that link is down (the table's "integration down", urgent), not the
# site's server. Forgotten unless a sentence with the refusal names the site or its server ("the
# website gives connection refused on every request, so the sync has stopped too").
_SYNC_FAILS = (
    ".integration_down",
    ".integration_failure_near",
    ".sync_stopped_near",
    ".orders_not_reaching_system_near",
)
_REFUSED = re.compile(
    r"\b(connection refused|verbindung abgelehnt|verbinding geweigerd|"
    r"tilkobling nektet)\b"
)
# "Nobody here can get into the intranet": the login of an app used only signed in, failing
# for all its users (the staff), is that app down for all (critical) ...
_INTRANET_FOR_ALL = (".cx_intranet_login_for_all_near", ".cx_intranet_locked_out_for_all_near")
# ... unless the mail says the public site works or its visitors notice nothing: then it is a
# staff function lost beside a working site (urgent), like the staff's CMS login.
_PUBLIC_SITE_WORKS = (_LIVE_FINE, _LIVE_NAMED_FINE, _VISITORS_UNAFFECTED, ".site_up")
# "The checkout spins for ages before it goes through": the purchase succeeds, slowly.
_GOES_THROUGH = ".goes_through_eventually"
# "The booking calendar shows everything as full": no bookings come in because of it.
_ALL_SHOWN_FULL = ".cx_booking_all_full_near"
_SALES_STOPPED = (".sales_stopped_near", ".orders_stopped_near")
# "The booking form only says 'sending...', not one booking since Friday": the orders that
# stopped are what the failing form costs (a major function lost, urgent) when nothing else
# says the shop, its checkout or the site fails.
_FORM_FAILS = ".form_failure_near"
_FORM_WORD = re.compile(r"form|skjema")  # form, formulier, Formular, skjema(et)
_ZERO_SALES = (*_SALES_STOPPED, ".cx_zero_sales_near")
# "haven't had a single booking request": enquiries that stopped arriving (urgent)
_ENQUIRIES_STOPPED = ".enquiries_stopped_arriving"
_CHECKOUT_WAITS = (
    ".payment_spins_near",
    ".cx_payment_spins",
    ".checkout_failure_near",
    ".checkout_blocked_near",
)
# "Die Newsletter-Anmeldung zeigt einen Fehler": a subscription to the newsletter, not a login;
# its sign-up words say nothing of the site's login or a major form (a minor bug).
_NEWSLETTER_SIGNUP = ".newsletter_signup"
_SIGNUP_WORDS = re.compile(
    r"\b(anmeld\w*|aanmeld\w*|inschrij\w*|påmeld\w*|sign ?up|signing up|subscri\w*)"
)
# "The gallery page on our website": the site is where the page lies.
_PAGE_ON_SITE = ".page_on_site"
_QUANTIFIERS = frozenset(
    ["every", "each", "all", "elke", "iedere", "alle", "jeder", "allen", "hver"]
)  # fmt: skip
# (the refusal said of the site: the customers or visitors who get it, "Customers get
# connection refused on every attempt to open a page"; not a page of the admin, "the sync log
# page in the admin says ... Connection refused")
_SITE_OR_SERVER = re.compile(
    r"\b(web ?sites?|sites?|web ?shop|shop|store|home ?page|servers?|webserver|hosting|"
    r"webseite|website|nettsiden|nettbutikken)\b|"
    r"\b(customers|visitors|users|kunden|besucher|nutzer|klanten|bezoekers|gebruikers|kunder|"
    r"kundene|besøkende|brukere|brukerne)\s+(get|see|receive|are getting|bekommen|sehen|erhalten|"
    r"kriegen|krijgen|zien|får|ser)\b"
)


def _drop_refusal_of_a_sync(texts: list[str], found: dict[int, FiredRule]) -> None:
    """Forget a server's refused connection that a failing sync's log shows."""
    refused = [
        i
        for i, r in found.items()
        if r.id.endswith(".server_down_state") and _REFUSED.search(r.matched)
    ]
    if not refused or not any(r.id.endswith(_SYNC_FAILS) for r in found.values()):
        return
    for text in texts:
        for sentence in sentences(text):
            lowered = sentence.lower()
            if _REFUSED.search(lowered) and _SITE_OR_SERVER.search(lowered):
                return
    for i in refused:
        del found[i]


# "I got a mail saying our site has been hacked. Is this real? The shop looks completely normal":
# an alarm someone else raised (an extortion or phishing mail, a friend's hack, a scary word in
# a question about a measure), which the writer asks about (`.cx_claim_asked_about`) while
# saying the site works as it should (`.nothing_is_broken`), is a question (low), not a breach
# or an outage told. Only the bare alarm words go (ids ending in `_CLAIM_WORDS`); a rule can
# not express this, since those rules are firm (no demote lowers them). Evidence of a
# compromise (an unknown admin, others' data seen, our mailbox sending) fires rules of its
# own, which stay.
# A doubt said with words of its own is about the claim in its sentence or in the one right
# before it: "Our site got hacked last night ... Customers don't notice anything yet. My
# colleague says we must report it within 72 hours - is that true?" doubts the deadline, not
# the hack, which stays critical; a doubt standing alone ("Is this real?") is about all said
# before it, or about the forwarded mail. "The website itself works quite
# normally" (`.visitors_unaffected`) is all fine beside a legal claim (a lawyer's letter about
# fonts), not beside a hack or an extortion: a breach goes on behind a site that looks normal.
_CLAIM_ASKED = ".cx_claim_asked_about"
_ALL_FINE = ".nothing_is_broken"
_CLAIM_WORDS = (
    ".security_breach",
    ".extortion_near",
    ".extortion_deadline_near",
    ".data_protection_alarm",
    ".breach_duty",
    ".site_down",
)
_BREACH_CLAIMS = (".security_breach", ".extortion_near", ".extortion_deadline_near")
_DOUBT_ALONE_WORDS = 3


def _doubted_sentences(texts: list[str], asked: list[FiredRule]) -> tuple[list[str], str]:
    """The sentences a doubt is about, and the other sentences of the texts a doubt is in
    (joined), as tokens joined by spaces. A doubt said with words of its own ("my colleague
    says we must report it within 72 hours - is that true?") is about its sentence and the one
    before it; a doubt standing alone ("Ist das echt oder Betrug?") about all before it; a text
    without a doubt (a forwarded mail, the subject) is about as a whole."""
    doubted: list[str] = []
    rest: list[str] = []
    for text in texts:
        parts = [_joined_words(s) for s in sentences(text)]
        about: set[int] = set()
        for k, part in enumerate(parts):
            doubt = next((r for r in asked if _lies_within(r, part)), None)
            if doubt is None:
                continue
            about.add(k)
            own = len(part.split()) - sum(len(piece.split()) for piece in _pieces(doubt))
            about.update(range(k) if own <= _DOUBT_ALONE_WORDS else range(max(0, k - 1), k))
        if not about:
            doubted.extend(parts)
            continue
        doubted.extend(parts[k] for k in sorted(about))
        rest.extend(part for k, part in enumerate(parts) if k not in about)
    return doubted, " | ".join(rest)


def _drop_doubted_claims(texts: list[str], found: dict[int, FiredRule]) -> None:
    """Forget the bare alarm words of a claim the writer asks about beside "all works"."""
    fired = list(found.values())
    asked = [r for r in fired if r.id.endswith(_CLAIM_ASKED)]
    if not asked:
        return
    fine = [r for r in fired if r.id.endswith(_ALL_FINE)]
    unaffected = any(r.id.endswith(_VISITORS_UNAFFECTED) for r in fired)
    if not fine and not unaffected:
        return
    claims = {
        i
        for i, r in found.items()
        if r.level == "critical"
        and r.id.endswith(_CLAIM_WORDS)
        and (fine or not r.id.endswith(_BREACH_CLAIMS))
    }
    if not claims:
        return
    doubted, rest = _doubted_sentences(texts, asked)
    if doubted:
        _forget_matches_in(doubted, found, claims, ("critical",), told=rest)


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


def classify(msg: MessageText, rules: RuleSet | None = None) -> Classification:
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
        and (_POINTS_BELOW.search(body) or len(body.split()) <= _SHORT_FORWARD_WORDS)
    ):
        forwarded = _forwarded_part(msg.body)
        if forwarded:
            fields.append(("body", forwarded))
    reports = _reports_still_so(body, msg.body)
    transcript = _transcript_words(msg.transcript) if msg.transcript else ""
    if transcript:
        fields.append(("transcript", transcript))
    found: dict[int, FiredRule] = {}
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
        _drop_required_input(rs, flat, found, set(found) - before)
        _drop_wording(flat, tokens, found, set(found) - before, split)
        _drop_conditional_resolved(text, found, set(found) - before)
        _drop_denied(flat, found, set(found) - before)
        _drop_quoted_message(flat, found, set(found) - before)
        _drop_nothing_changed(rs, tokens, field, found, set(found) - before)
        _drop_supposed_case(flat, found, set(found) - before, (rs, field, split))
        _drop_spam_received(flat, found, set(found) - before, split)
        _drop_never_added(flat, found, set(found) - before)
        _drop_works_again(flat, found, set(found) - before, split)
        _drop_over_cue_in_question(flat, found, set(found) - before, split)
        _drop_hedged_false_alarm(flat, found, set(found) - before)
        _drop_over_before_new_problem(flat, found, set(found) - before)
        _drop_only_method_left(flat, found, set(found) - before)
        _drop_others_that_are_methods(flat, found, set(found) - before)
        _drop_unavailable_by_design(flat, found, set(found) - before, split)
        _drop_unavailable_by_plan(flat, found, set(found) - before, split)
        _drop_own_link_appeared(flat, found, set(found) - before, split)
        _drop_script_error(flat, found, set(found) - before)
        _drop_data_as_a_task(flat, found, set(found) - before)
        _drop_console_refusal(flat, found, set(found) - before)
        _drop_indefinite_page(flat, found, set(found) - before)
        _drop_only_a_share(flat, found, set(found) - before)
        _drop_order_with_nothing(flat, found, set(found) - before)
        _drop_site_as_place(flat, found, set(found) - before)
        _drop_nede_as_place(flat, found, set(found) - before)
        _drop_function_as_subject(flat, found, set(found) - before)
        _drop_frequency_of_reading(flat, found, set(found) - before)
        _drop_warehouse_as_place(flat, found, set(found) - before)
        _drop_orders_to_a_system(found, set(found) - before)
        _drop_end_of_a_link(flat, found, set(found) - before)
        _drop_changed_by_ourselves(flat, found, set(found) - before)
        _drop_other_site_not_the_domain(flat, found, set(found) - before)
        _drop_devices_where_it_works(tokens, found, set(found) - before)
        _drop_tone_scope(tokens, found, set(found) - before)
        _drop_when_time_allows(tokens, found, set(found) - before)
        _drop_not_all(tokens, found, set(found) - before)
        if reports and given is body and not _names_a_problem_firmly(found.values()):
            fields.append(("body", reports[0]))  # read after the new text, once
        elif len(reports) > 1 and given in reports[:-1] and field == "body":
            # the mail the reply answers is the agency's receipt, naming no problem of its
            # own: its priority words are history, the mail it answered is the report
            mine = [found[i] for i in set(found) - before]
            if not _names_a_problem_firmly(mine):
                for i in set(found) - before:
                    del found[i]
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
            _drop_works_again(text, found, new & set(found), split)
            _drop_site_as_place(text, found, new & set(found))
            _drop_nede_as_place(text, found, new & set(found))
            _drop_devices_where_it_works(transcript_tokens, found, new & set(found))
            _drop_tone_scope(transcript_tokens, found, new & set(found))
            _drop_when_time_allows(transcript_tokens, found, new & set(found))
    _drop_doubted_claims(field_texts, found)
    _drop_refusal_of_a_sync(field_texts, found)
    _drop_law_cited_for_a_request(found)
    language = guess_language(all_tokens, msg.language)
    if language is not None:
        # Another language's half signals ("live" in Norwegian, "naar kan" read as Norwegian
        # in a Dutch sentence) are coincidences of spelling, not what the writer said; so is
        # a match in an English mail made only of English words ("Our reporting script pulls
        # the orders from your shop API": German "script … shop" is a stranger's script only
        # in German; the English rules read those words as they mean them).
        # So is another language's match that only the tolerant scan of a transcript found:
        # German "ein grauer Kasten mit Fehler beim Laden" heard alike as the Norwegian
        # "kassen ... feil" (the checkout fails) is a German caller's words read as a
        # stranger's, twice over (the words differ, and in another language).
        for i in list(found):
            lang = rs.rules[i].language
            if lang not in ("neutral", language) and (
                found[i].weight < THRESHOLD
                or i in heard_alike
                or _english_words_read_otherwise(rs, found[i], language)
            ):
                del found[i]
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
    return Classification(decide(fired, firm), language, tuple(fired))
