"""A checkout said to send paying customers elsewhere that is no hijacked checkout.

`<lang>.cx_pay_lands_elsewhere_near` and `<lang>.cx_pay_on_strange_domain_near` read a
checkout that sends the paying customer to a domain that is not the payment provider's as a
hijacked one (critical). Not when the place they land on is a payment provider's own domain
("land on mollie.com instead of Stripe"), or its page ("de pagina van PayPal"): a provider
switched; nor when the switch is said to be planned ("exactly as planned", "wie geplant"),
wished ("We'd like the checkout to send customers to ...", "We willen graag dat ..."), on a
test or staging shop ("In our test shop the checkout goes to a strange domain"), fixed ("last
week the checkout redirected to a strange domain, fixed now") or told in a newsletter about
such attacks ("Phishing newsletter: criminals make the checkout send customers to ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from classifiers.matching import _forget_matches_in, _joined_words
from classifiers.model import FiredRule

_DIVERTED = (".cx_pay_lands_elsewhere_near", ".cx_pay_on_strange_domain_near")

_PSP_NAME = (
    r"stripe|mollie|paypal|adyen|klarna|vipps|ideal|payone|unzer|buckaroo|multisafepay|"
    r"worldline|nets|sumup|square|braintree|sagepay|opayo|worldpay|computop|concardis|"
    r"bambora|qliro|dibs|nexi|payex|swish|twint|sofort|giropay|pay\.nl"
)
# a provider's own domain ("mollie.com", "checkout.stripe.com", "www.paypal.com", "vipps.no")
_PSP_DOMAIN = re.compile(
    r"(?<![\w-])(?:[\w-]+\.)*(?:" + _PSP_NAME + r")\.(?:com|no|nl|de|eu|net|io|se|dk|be|at|"
    r"ch|co\.uk|uk|fi)(?![\w-]|\.[\w-])",
    re.IGNORECASE,
)
# a provider's page as where they land ("PayPal's page", "die Seite von PayPal", "de pagina
# van Mollie", "PayPal sin side", "the Stripe page", "die PayPal-Seite")
_PSP_PAGE = re.compile(
    r"\b(?:" + _PSP_NAME + r")(?:['’]s|s)?(?:\s+sin)?[\s-]+(?:own\s+)?(?:page|site|checkout|"
    r"payment page|seite|zahlungsseite|bezahlseite|pagina|betaalpagina|side|betalingsside)\b|"
    r"\b(?:page|seite|zahlungsseite|bezahlseite|pagina|betaalpagina|side|betalingsside|"
    r"siden|betalingssiden)\s+(?:of|von|van|til|hos|fra|bei)\s+(?:" + _PSP_NAME + r")\b",
    re.IGNORECASE,
)
# the switch meant so
_INTENDED = re.compile(
    r"\b(?:as planned|as intended|as agreed|as we planned|as we wanted|as requested|"
    r"on purpose|intentionally|deliberately|wie geplant|wie gewünscht|wie gewollt|wie "
    r"besprochen|wie vereinbart|absichtlich|bewusst|zoals gepland|zoals bedoeld|zoals "
    r"afgesproken|zoals gevraagd|met opzet|bewust|som planlagt|som avtalt|som ønsket|"
    r"som bestilt|med vilje|bevisst)\b",
    re.IGNORECASE,
)
# a wish, not a report ("We'd like the checkout to send customers to ...")
_WISHED = re.compile(
    r"\b(?:(?:we|i)(?:['’]d| would) like (?:the|our|it|them|customers|all|to have)|we wish|"
    r"(?:wir|ich) (?:möchten|möchte|hätten gerne?|wünschen|wünsche)(?:,)? (?:dass|gern|gerne)|"
    r"(?:we|wij|ik) (?:willen|wil|zouden|zou|wensen) (?:graag |liever )?(?:dat|willen dat|"
    r"hebben dat)|(?:vi|jeg) (?:ønsker|vil gjerne|vil|skulle gjerne) (?:at|ha at)|"
    r"vi ønsker oss)\b",
    re.IGNORECASE,
)
# a test or staging shop, not the live checkout
_TEST_SHOP = re.compile(
    r"\b(?:test ?shop|test ?store|test ?site|test ?environment|test ?system|staging\w*|"
    r"sandbox|testumgebung|testsystem|testseite|testwinkel|testomgeving|testsite|"
    r"testbutikk\w*|testmiljø\w*|testside\w*|testversjon\w*)\b",
    re.IGNORECASE,
)
# fixed since ("fixed now", "ist behoben", "is inmiddels opgelost", "er fikset nå")
_FIXED = re.compile(
    r"\b(?:(?:is|was|been|got|it['’]s|we|they|you|all|now) (?:\w+ )?"
    r"(?:fixed|resolved|solved|sorted)|"
    r"(?:fixed|resolved|solved|sorted) (?:now|since|already|again)|"
    r"(?:ist|wurde|sind|wurden|inzwischen|mittlerweile|schon|bereits|jetzt) (?:\w+ )?"
    r"(?:behoben|gelöst|repariert|erledigt)|"
    r"(?:is|zijn|werd|inmiddels|intussen|al|nu) (?:\w+ )?(?:opgelost|verholpen|gerepareerd)|"
    r"(?:er|ble|nå|allerede|har) (?:\w+ )?(?:fikset|løst|ordnet|reparert))\b",
    re.IGNORECASE,
)
_NOT_YET = re.compile(
    r"\b(?:not|n['’]t|nicht|noch nicht|niet|nog niet|ikke|ennå ikke|enda ikke)\s+(?:\w+\s+)?"
    r"(?:yet\s+|been\s+)?(?:fixed|resolved|solved|sorted|behoben|gelöst|repariert|opgelost|"
    r"verholpen|fikset|løst|ordnet)\b",
    re.IGNORECASE,
)
# told of others in a newsletter or a warning about such attacks
_NEWSLETTER = re.compile(
    r"\b(?:newsletter|awareness|nieuwsbrief|nyhetsbrev|rundbrief|rundschreiben|"
    r"sicherheitshinweis|security tip|security tips|beveiligingstip\w*|sikkerhetstips?|"
    r"(?:criminals|scammers|fraudsters|hackers|kriminelle|betrüger|criminelen|oplichters|"
    r"svindlere)\s+(?:\w+\s+)?(?:make|let|often|can|are|lassen|können|machen|laten|kunnen|"
    r"zorgen|får|kan|lar))\b",
    re.IGNORECASE,
)


# a provider's domain or page that is not where they land: a fake of it, or the place they
# should have reached ("a fake PayPal page", "een nep-pagina van Mollie", "in plaats van de
# pagina van Mollie", "instead of PayPal's page", "statt auf paypal.de")
_NOT_THE_PSP_BEFORE = re.compile(
    r"\b(?:fake|faked|forged|spoofed|phishing|imitation|counterfeit|gefälscht\w*|gefakt\w*|"
    r"falsch\w*|nachgemacht\w*|nep|namaak|valse?|vervalst\w*|falsk\w*|forfalsk\w*|"
    r"instead of|rather than|statt|anstatt|anstelle|in plaats van|i stedet for|istedenfor)"
    r"[\s-]+(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# the plan is the attacker's ("Someone deliberately changed our checkout")
_SOMEONE_BEFORE = re.compile(
    r"\b(?:someone|somebody|a hacker|hackers|an attacker|attackers|jemand|ein hacker|hacker|"
    r"iemand|een hacker|noen|en hacker)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# a wish for the fix, not for the switch ("We would like it fixed", "wij willen dat jullie het
# oplossen", "vi vil at dere fikser det")
_FIX_ASKED = re.compile(
    r"\b(?:fix\w*|repair\w*|solved?|resolved?|sorted|stopped|behoben|beheben|reparier\w*|"
    r"lösen|gelöst|oplossen|opgelost|verhelpen|verholpen|repareren|gerepareerd|fiks\w*|løse|"
    r"løser|løst|ordne\w*|reparer\w*|stanse|stoppe\w*)\b",
    re.IGNORECASE,
)
# the test shop named as the one that works, not the place of the redirect ("Our test shop is
# fine, but in the live shop ...", "unser Testsystem ist davon nicht betroffen")
_TEST_SHOP_FINE = re.compile(
    r"\b(?:live|production|produktion\w*|produktiv\w*|productie\w*|produksjon\w*|works?|"
    r"working|is fine|not affected|unaffected|funktioniert|läuft|nicht betroffen|werkt|gaat goed|"
    r"niet getroffen|geen last|fungerer|virker|ikke berørt|ikke rammet|går fint)\b",
    re.IGNORECASE,
)


def _disarmed(sentence: str) -> bool:
    """`sentence` tells the checkout's elsewhere as no hijack."""
    return bool(
        _psp_as_destination(sentence, _PSP_DOMAIN)
        or _psp_as_destination(sentence, _PSP_PAGE)
        or any(
            not _SOMEONE_BEFORE.search(sentence, 0, m.start()) for m in _INTENDED.finditer(sentence)
        )
        or any(not _FIX_ASKED.search(sentence, m.end()) for m in _WISHED.finditer(sentence))
        or (_TEST_SHOP.search(sentence) and not _TEST_SHOP_FINE.search(sentence))
        or _fixed_after(sentence)
    )


def _psp_as_destination(sentence: str, pattern: re.Pattern[str]) -> bool:
    """`sentence` names a provider's domain or page as such, not a fake of it nor the place
    they should have reached instead."""
    return any(
        not _NOT_THE_PSP_BEFORE.search(sentence, 0, m.start()) for m in pattern.finditer(sentence)
    )


def _fixed_after(sentence: str) -> bool:
    """`sentence` ends on the matter fixed ("..., fixed now"), no "but" after the fix (not "We
    fixed the login, but now ...")."""
    m = _FIXED.search(sentence)
    return (
        m is not None
        and _NOT_YET.search(sentence) is None
        and _BUT.search(sentence, m.end()) is None
    )


def _fixed_alone(sentence: str) -> bool:
    """`sentence` says only that the matter is fixed ("It is fixed now.", "Das ist inzwischen
    behoben."): of the whole mail, not of one thing beside another ("..., but ...")."""
    m = _FIXED.search(sentence)
    return (
        len(sentence.split()) <= 7
        and m is not None
        and all(w in _SAME_MATTER for w in re.findall(r"[\w-]+", sentence[: m.start()].lower()))
        and _NOT_YET.search(sentence) is None
        and _BUT.search(sentence) is None
    )


# words before "fixed" that name no other matter ("It is fixed now.", "Das ist inzwischen
# behoben.", not "Our SSL issue is fixed now.", "Das Login-Problem ist inzwischen behoben.")
_SAME_MATTER = frozenset(
    re.findall(
        r"\S+",
        "it this that everything all the problem issue redirect and now so "
        "das es dies alles der die fehler problem jetzt und "
        "dat dit het alles probleem de nu en "
        "det dette den alt problemet feilen nå og",
    )
)


def _opening(text: str) -> str:
    """The mail's opening, where it says its own kind ("Phishing awareness newsletter: ...",
    "Nieuwsbrief: ..."): up to the first colon or sentence end, at most eight words."""
    head = re.split(r"[:.!?\n]", text.lstrip(), maxsplit=1)[0]
    return " ".join(head.split()[:8])


_BUT = re.compile(r"\b(?:but|aber|doch|maar|men)\b", re.IGNORECASE)


def _drop_pay_elsewhere_not_hijacked(
    text: str, found: dict[int, FiredRule], new: set[int], split: Callable[[str], list[str]]
) -> None:
    """Forget the hijacked-checkout matches said only in sentences that tell no hijack (a
    provider's own domain or page, a plan, a wish, a test shop, a fix); all of them in a
    newsletter about such attacks, or beside a sentence that only tells it fixed."""
    mine = {i for i in new if found[i].id.endswith(_DIVERTED)}
    if not mine:
        return
    sentences = split(text)
    if _NEWSLETTER.search(_opening(text)) or any(_fixed_alone(s) for s in sentences):
        parts = [_joined_words(text)]
    else:
        parts = [_joined_words(s) for s in sentences if _disarmed(s)]
    if parts:
        _forget_matches_in(parts, found, mine, levels=("critical",))
