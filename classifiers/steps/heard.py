"""An English error heard by the tolerant scan among a German, Dutch or Norwegian caller's words
(the caller reads out the screen, "da steht nur this domain has been registerd"), said inside the
caller's own frame that makes it no outage now: a wish, a what-if, one customer, the caller's own
computer, a test system or an unused domain."""

from __future__ import annotations

import re

from classifiers.model import FiredRule

# The caller's frames, one word class a language. A wish ("wir möchten ... dass da steht",
# "vi ønsker at det står"), a what-if ("falls mal ... kommt", "wat moeten we doen als",
# "hvis det noen gang står"), one customer or the rest working ("bij hem", "hos henne", "die anderen
# produkte gehen normal", "bij ons werkt alles"), the caller's own computer ("mein
# virenscanner", "op mijn eigen laptop", "på min egen pc"), a test system or an unused domain
# ("staging", "testsiden", "alten domain die wir nicht mehr benutzen").
_FRAMES: dict[str, str] = {
    "de": (
        r"\b(?:wir möchten|ich möchte|wir wollen|ich will|wir hätten gerne?|wir wünschen uns|"
        r"können sie (?:das|so etwas|sowas) (?:machen|bauen|einrichten))\b|"
        r"\b(?:falls|angenommen|was (?:sollen|machen|tun) wir (?:dann|da)|"
        r"wenn (?:mal|jemals|irgendwann))\b|"
        r"\b(?:bei (?:ihm|ihr)|die anderen \w+ (?:gehen|laufen|funktionieren)|bei uns geht)\b|"
        r"\bmein(?:e|em|en)? (?:eigenen? )?(?:virenscanner|antivirus\w*|rechner|computer|"
        r"laptop|pc)\b|"
        r"\b(?:staging|testumgebung|testsystem|testseite|alten domain|nicht mehr (?:benutzen|"
        r"nutzen))\b"
    ),
    "nl": (
        r"\b(?:wij willen|we willen|ik wil graag|we zouden graag|kunnen jullie (?:dat|zoiets) "
        r"(?:maken|bouwen|instellen))\b|"
        r"\b(?:stel dat|mocht er|wat (?:moeten|doen) we (?:als|dan)|als er ooit|moet er dan)\b|"
        r"\b(?:bij (?:hem|haar)|bij ons werkt|werkt alles|de rest werkt)\b|"
        r"\bmijn (?:eigen )?(?:virusscanner|antivirus\w*|laptop|computer|pc)\b|"
        r"\b(?:staging|testomgeving|testsite|testserver|oude domein|niet meer gebruiken)\b"
    ),
    "no": (
        r"\b(?:vi ønsker|jeg ønsker|vi vil ha|vi vil at|kan dere (?:lage|bygge|ordne) "
        r"(?:det|noe))\b|"
        r"\b(?:hvis|dersom|hva gjør vi (?:da|hvis))\b|"
        r"\b(?:hos (?:henne|ham|han)|hos oss virker|virker alt|resten virker)\b|"
        r"\b(?:min|mitt) (?:egen |eget )?(?:pc|datamaskin|laptop|maskin|antivirus\w*)\b|"
        r"\b(?:staging|testsiden|testmiljø\w*|testserver|gamle domenet|ikke bruker lenger)\b"
    ),
}
_FRAME = {lang: re.compile(words) for lang, words in _FRAMES.items()}


def _drop_english_heard_in_a_frame(
    transcript: str, language: str, found: dict[int, FiredRule], heard_english: set[int]
) -> None:
    """Forget the heard-alike English matches `heard_english` when the caller, speaking
    `language`, frames them as a wish, a what-if, one customer, the own computer, a test
    system or an unused domain (above)."""
    frame = _FRAME.get(language)
    if frame is None or not heard_english:
        return
    if not frame.search(transcript.lower()):
        return
    for i in heard_english:
        found.pop(i, None)
