"""A script said to read along the card number that is no skimmer at work on the site.

`<lang>.card_data_read_along_near` reads "a script ... reads along / skims / steals ... the
card number" as a card skimmer (a breach, critical). Its words are said of other things too,
and a sentence that says so tells no skimmer on the writer's checkout now:

- a wish for such a script ("We'd like a script that reads along the card number as it is
  typed and shows the Visa logo", "Wir hätten gern ein Skript, das ... mitliest", "We willen
  graag een script dat ... meeleest", "Vi ønsker et script som leser med ...");
- a question how it works ("How does a script that reads along the card number work?",
  "Wie funktioniert ...?", "Hoe werkt ...?", "Hvordan fungerer ...?");
- news about attacks in general: a newsletter, an article, how attackers work ("In this
  month's newsletter: how attackers use scripts that skim card data");
- a scan that found none ("Scan complete: 0 scripts skimming card data found");
- the payment provider's own script that turns the card into a token ("Stripe's
  script intercepts the card number in the iframe and turns it into a token — is that
  safe?", "Das Skript von Stripe ...", "Het script van Mollie ...", "Stripe sitt script ...");
- a field's focus ("the script steals the focus from the card number field");
- a test script or a screen reader that reads the field ("our test script reads along the
  card number to fill it", "Unser Testskript ...", "Ons testscript ...", "Testscriptet vårt").

The same words said in another sentence of the mail still count.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from classifiers.matching import _forget_matches_in, _joined_words
from classifiers.model import FiredRule

_READ_ALONG = "card_data_read_along"

_PROVIDER = (
    r"stripe|mollie|adyen|paypal|klarna|braintree|square|nets|vipps|buckaroo|worldpay|payone|"
    r"unzer|computop|datatrans|saferpay|payex|dibs|bambora|quickpay|sumup|ingenico|sisow"
)
_SCRIPT = r"(?:script|skript|javascript|code|kode|iframe)\w*"
# "Stripe's script", "Stripe sitt script", "das Skript von Stripe", "het script van Mollie"
_OWN_SCRIPT = (
    rf"\b(?:{_PROVIDER})(?:'s|’s|s)?(?:\s+sitt|\s+sin|\s+own|-)?\s*{_SCRIPT}|"
    rf"\b{_SCRIPT}\s+(?:von|van|fra|from|of|by)\s+(?:{_PROVIDER})\b"
)
# a script asked for, not a scan or audit of the scripts ("we want a script scan")
_WISHED_SCRIPT = (
    r"(?:script|skript|javascript|code|kode|iframe)"
    r"(?![\w-]*?[\s-]*(?:scan|audit|check|review|prüf|skann|sjekk|controle|kontroll))\w*"
)
# a request that removes or checks the script ("can you remove it and make sure ...")
_NO_REMOVAL = (
    r"(?:(?!\b(?:remove|delete|entfern|lösch|verwijder|fjern|slett)|\bmake sure\b)[^.!?\n])"
)
_NOT_SKIMMING = re.compile(
    # a wish for such a script
    r"\b(?:we'?d like|we would like|we want|would be nice|hätten gern\w*|möchten|wünschen|"
    r"wir wollen|wäre schön|willen graag|zouden graag|we willen|zou (?:fijn|mooi|handig)|"
    r"vi ønsker|ønsker vi|vi vil gjerne|vi vil ha|hadde vært fint)\b[^.!?\n]{0,40}?"
    r"\b(?:a|an|ein|eine|einen|een|et|en)\s+(?:\w+\s+)?" + _WISHED_SCRIPT + r"|"
    r"\b(?:could you|can you|would it be possible|is it possible to|könnt ihr|können sie|"
    r"könnten sie|wäre es möglich|ist es möglich|kunnen jullie|kunt u|is het mogelijk|kan dere|"
    r"kunne dere|er det mulig|går det an)\b" + _NO_REMOVAL + r"{0,60}\b(?:build|add|make|write|"
    r"create|bauen|einbauen|einzubauen|zu bauen|erstellen|programmieren|entwickeln|schreiben|"
    r"bouwen|maken|toevoegen|inbouwen|schrijven|lage|bygge|legge inn|skrive|programmere)\b"
    r"(?!\s+sure)|"
    # news about attacks in general: the sentence is a newsletter or an article, not a plugin
    # or module named after one ("through the newsletter plugin", "nieuwsbriefmodule")
    r"^\W*(?:(?:in|im|i|from|aus|uit|fra)\s+)?(?:[\w'’]+\s+){0,3}?(?:newsletters?|"
    r"nieuwsbrie(?:f|ven)|nyhetsbrev\w*|articles?|artikel\w*|artikkel\w*|blog\w*|webinar\w*)"
    r"\b(?![\s-]*(?:plugin|plug-in|module|modul|extension|erweiterung|widget|app)\b)|"
    r"\b(?:how|wie|hoe|hvordan)\s+(?:attackers|hackers?|criminals|angreifer|kriminelle|"
    r"aanvallers|criminelen|angripere|svindlere)\b|"
    # a scan that found none (not "no other scripts" beside the one found)
    r"\b(?:0|no|zero|null|keine|geen|ingen)\s+(?!(?:other|further|more|andere\w*|weitere\w*|"
    r"andre|flere|meer)\b)(?:\w+\s+)?" + _SCRIPT + r"|"
    # the provider's own script (that turns the card into a token)
    r"(?:" + _OWN_SCRIPT + r")|"
    # a field's focus (not "the field lost focus"), a test script, a screen reader
    r"\b(?:the|den|dem|de)\s+(?:focus|fokus)\b|\b(?:focus|fokus)\s+(?:from|fra|van|von)\b|"
    r"\b(test ?scripts?|testskript\w*|testscript\w*|test ?skript\w*|"
    r"screen ?readers?|screenreader\w*|bildschirmleser\w*|schermlezer\w*|skjermleser\w*|"
    r"autofill\w*|automated tests?|e2e|cypress|playwright|selenium)\b",
    re.IGNORECASE,
)
# a question how it works
_HOW = re.compile(
    r"^\W*(how|wie|hoe|hvordan)\b|\b(how does|how do|wie funktionier\w*|hoe werk\w*|"
    r"hvordan fungerer|hvordan virker)\b",
    re.IGNORECASE,
)


def _not_skimming(sentence: str) -> bool:
    """`sentence` tells no skimmer at work on the writer's site now."""
    return bool(_NOT_SKIMMING.search(sentence)) or (
        sentence.rstrip().endswith("?") and bool(_HOW.search(sentence))
    )


def _drop_card_reading_not_skimming(
    text: str, found: dict[int, FiredRule], new: set[int], split: Callable[[str], list[str]]
) -> None:
    """Forget `<lang>.card_data_read_along_near` matches whose every sentence is a wish, a
    question how it works, news, a scan, the provider's script, a focus or a test script."""
    mine = {i for i in new if _READ_ALONG in found[i].id}
    if not mine:
        return
    sentences = split(text)
    said = [_joined_words(s) for s in sentences if _not_skimming(s)]
    if said:
        told = " | ".join(_joined_words(s) for s in sentences if not _not_skimming(s))
        _forget_matches_in(said, found, mine, levels=("critical",), told=told)
