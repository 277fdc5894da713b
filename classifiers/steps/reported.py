"""Failures heard of elsewhere (news, other shops, rivals) or doubted, not the writer's own."""

from __future__ import annotations

import re
from collections.abc import Callable

from classifiers.cues import _ALL_FINE, _VISITORS_UNAFFECTED
from classifiers.literals import Prefilter
from classifiers.matching import _forget_matches_in, _joined_words, _lies_within, _pieces
from classifiers.model import FiredRule
from classifiers.sentences import sentences

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


# "We got an alert about a suspicious login on the admin. It turned out to be our new colleague
# using my login", "Det viste seg å være vår nye medarbeider", "Es stellte sich heraus, dass es
# unsere neue Kollegin war", "Het bleek onze nieuwe collega te zijn": the suspicion the alert
# raised is explained as one of the writers' own people (or the writer), no stranger got in.
# The suspicion words alone ("suspicious login", "verdächtige Anmeldung", "verdachte inlog",
# "mistenkelig innlogging", the unknown device) are forgotten; a breach told in words of its own
# ("and the bank details were changed", "someone downloaded the customer list") stays.
_SUSPICION_RULES = (".security_breach", ".intruder_admin_near")
_SUSPICION_WORD = re.compile(
    r"\b(suspicious|unknown device|unrecogni[sz]ed device|new device|verdächtig\w*|"
    r"unbekannte[nms]? gerät|neue[nms]? gerät|verdacht\w*|onbekend apparaat|nieuw apparaat|"
    r"mistenkelig\w*|ukjent enhet|ny enhet)",
    re.IGNORECASE,
)
_EXPLAINED_AS_OURS = re.compile(
    r"\b(?:turned out(?: to be| that it was| it was)?|was|war|stellte sich heraus,? dass es|"
    r"bleek(?: het| dat het)?|viste seg(?: å være| at det var)?|var)\s+"
    r"(?:(?:just|only|actually|nur|bloß|eigentlich|gewoon|maar|bare|egentlig)\s+)?"
    # one of our own people ("our new colleague", "one of our staff", "unsere neue Kollegin",
    # "onze nieuwe collega", "vår nye medarbeider"): only such words between, so "was noticed
    # by my colleague" and "was not our colleague" are no explanation
    r"(?:(?:(?:my|our|a|an|the|new|own|one|of|mein\w*|unser\w*|ein\w*|neue\w*|von|mijn|onze|"
    r"ons|een|nieuwe|van|de|min|mi|mitt|vår|vårt|våre|en|ei|et|ny|nye|av)\s+){0,3}?"
    r"(?:colleague|co-?worker|employee|staff member|intern|bookkeeper|accountant|kollega\w*|"
    r"medarbeider\w*|ansatt\w*|regnskapsfører\w*|kolleg\w*|mitarbeiter\w*|buchhalter\w*|"
    r"collega\w*|medewerker\w*|stagiair\w*|boekhouder\w*)\b"
    # or the writers themselves, in each language's own words: English "it was me", Norwegian
    # "det var meg selv"; German and Dutch only as a clause of its own after "das"/"es",
    # "het"/"dat" ("das war ich.", "het was ikzelf"): "was ich" is German "what I", "war ich im
    # Bett" and "toen was ik op vakantie" tell where the writer was
    r"|(?<=was\s)(?:just\s+|only\s+|actually\s+)?(?:me|myself|us|ourselves)\b"
    r"|(?<=var\s)(?:bare\s+)?(?:meg|oss)(?:\s+selv)?\b"
    r"|(?:(?<=\bdas war\s)|(?<=\bes war\s))(?:nur\s+|bloß\s+)?(?:ich|wir)(?:\s+selbst)?"
    r"(?=\s*(?:[.,!;:)]|$))"
    r"|(?:(?<=\bhet was\s)|(?<=\bdat was\s))(?:gewoon\s+)?(?:ik|ikzelf|mijzelf|wijzelf|onszelf|wij)"
    r"(?:\s+zelf)?(?=\s*(?:[.,!;:)]|$)))"
    # or the login itself the subject, the writer what it was ("Die verdächtige Anmeldung aus
    # Spanien war ich selbst", "De inlog uit Spanje was ikzelf"): German "war ich" and Dutch
    # "was ik" as the clause's end after a login noun of the same clause
    r"|\b(?:anmeldung|einloggen|login|zugriff|inlog|inloggen|aanmelding|inlogpoging)\b"
    r"[^.,;:!?\n]{0,60}?\b(?:war|was)\s+(?:nur\s+|bloß\s+|gewoon\s+)?"
    r"(?:ich|wir|ik|ikzelf|mijzelf|wijzelf|onszelf|wij)(?:\s+(?:selbst|zelf))?"
    r"(?=\s*(?:[.,!;:)]|$))",
    re.IGNORECASE,
)
# The explanation must be of THIS login, told as so. Not in a clause that denies it ("it was
# our colleague? no"), believes or guesses it ("we thought it was our colleague", "wir dachten,
# das war Kollege X", "vielleicht war es"), or tells an earlier alert ("last month it was our
# intern", "forrige gang var det vår praktikant"); not turned back later in the sentence or
# in the next one ("..., but it wasn't him", "Aber er war es nicht."); not one of ours who did
# something else ("it was me who noticed the login", "it was my colleague who saw the mail").
_CLAUSE_EDGE = re.compile(
    r"[,;:()–—]|\s-\s|\b(?:but|however|aber|doch|jedoch|sondern|maar|echter|men|derimot)\b",
    re.IGNORECASE,
)
_DENIED = re.compile(
    r"n['’]t\b|\b(?:not|never|nobody|none|no one|nicht|kein\w*|nie|niemand|niet|geen|nooit|"
    r"ikke|ikkje|aldri|ingen|ingenting)\b",
    re.IGNORECASE,
)
_BELIEVED = re.compile(
    r"\b(?:thought|think|assumed|believed|suspected|hoped|guessed|maybe|perhaps|probably|"
    r"possibly|might|dachte\w*|denke\w*|glaubt\w*|vermutet\w*|nahmen|gingen davon|hofft\w*|"
    r"vielleicht|wahrscheinlich|vermutlich|eventuell|dacht|dachten|denk\w*|vermoed\w*|hoopt\w*|"
    r"gingen ervan|misschien|waarschijnlijk|wellicht|trodde|tror|antok|tenkte|håpet|kanskje|"
    r"sannsynligvis|trolig|muligens)\b",
    re.IGNORECASE,
)
_EARLIER = re.compile(
    r"\b(?:last (?:month|week|year|time|summer|winter|spring|autumn)|previously|the time before|"
    r"that time|back then|before that|the (?:first|previous|other) (?:one|time|alert)|"
    r"letzte[nms]? (?:monat|woche|jahr|mal)|beim letzten mal|damals|früher|zuvor|"
    r"vorige[n]? (?:maand|week|jaar|keer)|de vorige keer|vorig jaar|vroeger|destijds|"
    r"forrige (?:måned|uke|år|gang)|sist gang|siste gang|den gangen|tidligere|i fjor)\b",
    re.IGNORECASE,
)
_TURNED_BACK_AFTER = re.compile(
    r"\b(?:but|however|aber|doch|jedoch|sondern|maar|echter|men|derimot)\b",
    re.IGNORECASE,
)
_TURNED_BACK_NEXT = re.compile(
    r"\W*(?:but|however|aber|doch|jedoch|maar|echter|men|derimot|"
    r"(?:[\w'’]+\s+){0,3}(?:wasn['’]t|was not|weren['’]t|isn['’]t|war(?:en)? (?:es |das |er |sie )?"
    r"nicht|was (?:het |dat |hij |zij )?niet|waren (?:het )?niet|var (?:det )?ikke))\b",
    re.IGNORECASE,
)
# German "was" is "what": "ich weiß nicht, was unsere Kollegin da gemacht hat"
_GERMAN_WHAT = re.compile(
    r"was\s+(?:\w+\s+){0,3}?(?:mein\w*|unser\w*|ein|eine[nmrs]?|neue[nmrs]?|kolleg\w*|"
    r"mitarbeiter\w*|buchhalter\w*)\b",
    re.IGNORECASE,
)
# one of ours who did something else: a relative clause whose verb is no login
_DID_SOMETHING_ELSE = re.compile(
    r"\s+(?:who|that|der|die|dat|som)\s+(?!(?:was\s+|had\s+|just\s+|sich\s+|hat\s+|har\s+|"
    r"hadde\s+|heeft\s+)?(?:log|logs|logged|logging|sign|signs|signed|signing|used|"
    r"eingeloggt|eingelogg\w*|angemeldet|anmeldete|einloggte|ingelogd|inlogde|logde|logget|"
    r"logga|innlogget|brukte)\b)\w+",
    re.IGNORECASE,
)


def _clause_around(sentence: str, start: int, end: int) -> str:
    """The clause of `sentence` the span `start`-`end` lies in (its own commas included)."""
    before = [m.end() for m in _CLAUSE_EDGE.finditer(sentence, 0, start)]
    after = _CLAUSE_EDGE.search(sentence, end)
    return sentence[before[-1] if before else 0 : after.start() if after else len(sentence)]


def _explains_this_login(sentence: str, following: str) -> bool:
    """`sentence` tells the login as one of ours (`following`: the next sentence)."""
    if sentence.rstrip().endswith("?"):
        return False
    for m in _EXPLAINED_AS_OURS.finditer(sentence):
        clause = _clause_around(sentence, m.start(), m.end())
        if (
            _GERMAN_WHAT.match(m.group(0))
            or _DENIED.search(clause)
            or _BELIEVED.search(clause)
            or _EARLIER.search(clause)
            or _TURNED_BACK_AFTER.search(sentence, m.end())
            or _DID_SOMETHING_ELSE.match(sentence, m.end())
            or _TURNED_BACK_NEXT.match(following)
        ):
            continue
        return True
    return False


def _drop_login_alarm_explained(texts: list[str], found: dict[int, FiredRule]) -> None:
    """Forget a suspicious-login alarm the writer explains as one of their own people."""
    suspicions = [
        i
        for i, r in found.items()
        if r.id.endswith(_SUSPICION_RULES) and _SUSPICION_WORD.search(r.matched)
    ]
    if not suspicions:
        return
    for text in texts:
        said = [s.strip() for s in sentences(text) if s.strip()]
        if any(
            _explains_this_login(s, said[n + 1] if n + 1 < len(said) else "")
            for n, s in enumerate(said)
        ):
            for i in suspicions:
                del found[i]
            return
