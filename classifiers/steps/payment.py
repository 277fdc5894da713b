"""Payment and orders: one method among others that work, unavailable by design or by plan,
a share of payments, an order of nothing, orders to another system.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from classifiers.cues import _AFTER_THE_WORK, _PLANNED, _SINGLE_USER
from classifiers.matching import _forget_matches_in, _joined_words, _pieces
from classifiers.model import FiredRule
from classifiers.steps.over import _works_after

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


# "We only offer Klarna and since this morning it has disappeared from the checkout", "Wir
# bieten nur Klarna an ...", "Vi tilbyr bare Klarna ...": the method gone from the checkout
# (`.cx_pay_method_gone_near`, urgent: the others are there) is the only one the shop offers,
# so nobody can pay (critical). Its match is counted as a checkout that takes no payment, and
# the checkout's own critical words ("disappeared ... checkout") are no longer read as the
# words of one method among others. Not "only Klarna is gone" (the others are there).
_METHOD_GONE = ".cx_pay_method_gone_near"
_ONLY_METHOD = re.compile(
    r"\b(?:only (?:offer|have|accept|take|use|support)|(?:our|the) only (?:payment|way to pay)|"
    r"(?:bieten|haben|akzeptieren|nutzen) (?:\w+ )?nur|einzige (?:zahlungs\w*|zahlart|"
    r"bezahlmöglichkeit)|(?:bieden|hebben|accepteren|gebruiken) (?:\w+ )?(?:alleen|enkel|"
    r"uitsluitend)|enige (?:betaal\w*|manier om te betalen)|(?:tilbyr|har|tar|godtar|bruker) "
    r"(?:\w+ )?(?:bare|kun)|eneste (?:betalings\w*|måten å betale))\b"
)


def _only_method_gone(text: str, found: dict[int, FiredRule], new: set[int]) -> None:
    """Count a payment method gone from the checkout as no payment at all when the text says
    it is the only method the shop offers."""
    mine = [i for i in new if found[i].id.endswith(_METHOD_GONE)]
    if not mine or not _ONLY_METHOD.search(text.lower()):
        return
    for i in mine:
        f = found[i]
        lang = f.id.split(".", 1)[0]
        found[i] = FiredRule(f"{lang}.cx_only_pay_method_gone", "critical", f.field, f.matched, 2.0)
