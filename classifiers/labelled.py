"""Reports written as "Label: value" lines, as contact forms, status pages, checklists and
monitoring summaries are ("Site: www.example.nl / Status: down / Affected: all visitors").

The colon ends a clause, so the label and its value were read apart, and the line break
does not end one, so one line's value ran into the next line's label. `label_lines` reads
each such line as the prose it stands for: the label and the value together ("Website:
plat" as "Website plat", "Seite: nicht erreichbar" as "Seite nicht erreichbar"), the line
its own clause (a comma after it, as in the prose "the website is down, all visitors are
affected"), so the lines of one report are one sentence whose fields combine as the prose
would. A status label names no object: "Status: down" under "Site: www.example.nl" reads
as "Site down", and "Site status: down" as "Site down" too.

A label is one or two words at the start of a line, optionally after a bullet ("-", "•",
"*", "1." or "1)"), where a line of its own starts: after a blank line, another such line or
a line that ends a sentence, not in a wrapped sentence whose words stand before a colon
("sehen seit gestern / kaputt aus: Die Bilder sind verschoben"). Mail headers ("From:",
"Gesendet:", "Fra:", "Onderwerp:") and reply prefixes ("Re:", "AW:") are no report's fields
and keep their lines (classifiers/quoting.py reads them).

Cost: a text without a colon is returned at once (0.2 us for 5 KB); one with colons pays an
anchored match on the lines where one followed by a space stands near the start (3 us a text
on average over the corpora's subjects and bodies), and only a text with such a line is split
into lines.
"""

from __future__ import annotations

import re

from classifiers.sentences import ADDRESS_ENDINGS

_LINE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<bullet>(?:[-•*]|\d{1,2}[.)])[ \t]+)?"
    r"(?P<label>[^\W\d_][\w'’&/-]*(?:[ \t]+[^\W\d_][\w'’&/-]*)?)[ \t]*:[ \t]+"
    r"(?P<value>\S.*?)[ \t]*$",
    re.MULTILINE,
)

# A value of a few words (a status, a time, a scope), not a description that may wrap.
_SHORT_VALUE = 6

# Mail header fields and reply prefixes of the four languages: not a report's fields.
_HEADERS = frozenset(
    ["from", "to", "cc", "bcc", "sent", "date", "subject", "reply-to", "von", "an", "gesendet",
     "datum", "betreff", "fra", "til", "sendt", "dato", "emne", "kopi", "van", "aan",
     "verzonden", "onderwerp", "re", "fw", "fwd", "aw", "wg", "sv", "vs", "antw", "doorst"]
)  # fmt: skip

# Labels that name a state, not an object: the object is the one another field names.
_STATUS = frozenset(["status", "state", "zustand", "toestand", "tilstand", "stand"])

# Labels that name the object of a report; an address names the site.
_OBJECTS = frozenset(
    ["site", "website", "web site", "webshop", "web shop", "shop", "online shop", "store",
     "app", "application", "platform", "portal", "system", "service", "server", "checkout",
     "seite", "webseite", "internetseite", "homepage", "onlineshop", "anwendung", "dienst",
     "applicatie", "systeem", "winkel", "nettside", "nettsted", "nettbutikk", "butikk",
     "tjeneste", "side", "hjemmeside"]
)  # fmt: skip
_ADDRESSES = frozenset(["url", "domain", "domein", "domene", "address", "adres", "adresse"])
# Labels only a Norwegian report has: there the site an address names is "nettsiden".
_NORWEGIAN = frozenset(
    ["gjelder", "domene", "nettadresse", "tilstand", "berørt", "hvem", "siden", "nettsted",
     "tidspunkt", "feilmelding", "beskrivelse", "melding", "navn", "telefon"]
)  # fmt: skip
# A value that is a web address alone ("Check: www.example.de", "Betrifft: https://shop.nl/")
# names the site whatever its label.
_WEB_ADDRESS = re.compile(
    rf"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.(?:{ADDRESS_ENDINGS})/?",
    re.IGNORECASE,
)


# The most characters a bullet and a label of two words take before their colon.
_LABEL_CHARS = 48


def _has_label_line(text: str) -> bool:
    """Whether a line of `text` is "Label: value": only the lines with a colon and a space
    near their start are tried (a regex searching the whole text tries every position)."""
    # one character is looked for with memchr; ": " would be looked for at every space
    i = text.find(":")
    while i >= 0:
        if text.startswith((" ", "\t"), i + 1):
            # the line's start, looked for only as far back as a label reaches
            lo = i - _LABEL_CHARS - 1
            start = text.rfind("\n", max(lo, 0), i) + 1
            if (start or lo < 0) and _LINE.match(text, start) is not None:
                return True
        i = text.find(":", i + 1)
    return False


def label_lines(text: str) -> str:
    """`text` with each "Label: value" line read as "Label value," (see the module)."""
    if not _has_label_line(text):
        return text
    lines = text.split("\n")
    found = [_LINE.match(line) for line in lines]
    obj = ""  # the object the report's fields name so far
    site = ""  # the word for the site an address names, looked for once
    for i, m in enumerate(found):
        if m is None:
            if not lines[i].strip():
                obj = ""  # a blank line ends the report's block
            continue
        if i and not m.group("bullet") and found[i - 1] is None:
            before = lines[i - 1].rstrip()
            if before and before[-1] not in ".!?:;,":
                # a wrapped sentence goes on here ("sehen seit gestern / kaputt aus: Die
                # Bilder ..."): its words before a colon are no label
                found[i] = None
                continue
        label = m.group("label")
        words = label.lower().split()
        if words[0] in _HEADERS:
            continue
        key = " ".join(words)
        if key in _OBJECTS:
            obj = label
        elif key in _ADDRESSES or _WEB_ADDRESS.fullmatch(m.group("value")):
            if not site:
                labels = {f.group("label").split()[0].lower() for f in found if f is not None}
                site = "website" if _NORWEGIAN.isdisjoint(labels) else "nettsiden"
            obj = site
        elif words[-1] in _STATUS:
            if len(words) == 2:
                label = label.split()[0]  # "Site status: down": "Site down"
            elif obj:
                label = obj  # "Status: down" under "Site: ...": "Site down"
        value = m.group("value")
        end = ""
        if value[-1] not in ".!?,;:":
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            # The line's clause ends before another field, a blank line or the end; a
            # longer value followed by more text may be wrapped ("Message: Our site has
            # been down since / Monday"), and one going on in lower case is.
            if (
                not nxt
                or _LINE.match(nxt) is not None
                or (len(value.split()) <= _SHORT_VALUE and not nxt[:1].islower())
            ):
                end = ","
        lines[i] = f"{m.group('indent')}{label} {value}{end}"
    return "\n".join(lines)
