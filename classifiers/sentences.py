"""Sentences of a text, for the hypothetical-question and past-outage checks.

`SENTENCE.findall(text)` defines them. On its own that regex is quadratic on ordinary mail:
a line that ends in a single newline (a wrapped paragraph) fails the `(...)*` + end test, the
star backtracks character by character, and findall retries from every position of the line
(17 ms for a 5 KB mail). `sentences()` returns exactly what findall returns, in linear time.
"""

from __future__ import annotations

import re

# A dot between digits ("19.00 uur", "1.400 huurders") is part of a number, not an end.
# "ca."/"bzw."/"approx." before a number or word is an abbreviation, not an end either.
# "etc."/"enz."/"osv."/"usw." close a list inside a sentence ("the public pages (news, contact,
# etc.) work"), as common abbreviations of all four languages do.
_ABBREV_DOT = "|".join(
    rf"(?<=\b{a})"
    for a in ("ca", "approx", "bzw", "evt", "evtl", "ggf", "inkl", "incl", "ong", "vgl", "usw",
              "kl", "etc", "enz", "osv", "bijv", "bv", "dvs", "eks", "mfl", "resp", "sog", "jf",
              "ev", "mind", "nr", "tel")
)  # fmt: skip
# A dotted abbreviation ("e.g.", "z.B.", "f.eks.", "o.a.", "bl.a.", "d.h.", "i.e."): a dot after
# a word of one or two letters followed by one of up to three letters and a dot, and the last
# dot after a single letter that follows such a dot.
_DOTTED = (
    r"(?:(?<=\b[^\W\d_])|(?<=\b[^\W\d_]{2}))\.(?=[^\W\d_]{1,3}\.)|"
    r"(?<=\.[^\W\d_])\.(?=\s+\S|[),;:])"
)
# The endings of the web addresses customers write (the agency's markets, and the generic
# ones): the one list every rule about a written address reads.
ADDRESS_ENDINGS = "com|net|org|nl|be|de|at|ch|no|uk|eu|io|shop"
# The dot of a web address ("op nu.nl las ik", "auf heise.de stand") is no end either, nor the
# one after its "www" ("auf www.example.de kommt wieder 503, genau wie letzte Woche"). (Not yet
# a subdomain's dot: "svarer portal.example.no med 404" would then join the 404 with an earlier
# "i går kveld" and be read as a past outage.)
_ADDRESS_DOT = (
    rf"(?<=\w)\.(?=(?-i:{ADDRESS_ENDINGS})\b)|"
    rf"(?<=\bwww)\.(?=[\w-]+\.(?-i:{ADDRESS_ENDINGS})\b)"
)
_INSIDE = (
    rf"(?:[^.!?\n]|(?<=\d)\.(?=\d)|(?:{_ABBREV_DOT})\.(?=\s+\S|[),;:])|{_DOTTED}|"
    rf"{_ADDRESS_DOT})"
)
_END = r"(?:[.!?]+|\n\s*\n|$)"
SENTENCE = re.compile(rf"{_INSIDE}*{_END}", re.IGNORECASE)
# The same without backtracking into the run of sentence characters (possessive star).
_SENTENCE_NOBACK = re.compile(rf"{_INSIDE}*+{_END}", re.IGNORECASE)
_RUN = re.compile(rf"{_INSIDE}*+", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """`SENTENCE.findall(text)`, without its quadratic backtracking.

    Where the run of sentence characters from `pos` ends, `_END` is tried. When it fails there
    (a single newline), the regex backs off to the run's last dot it took as part of the
    sentence (a number's or an abbreviation's: every dot inside a run is one) and ends the
    sentence on it, as `[.!?]+`; with no such dot, no match starts anywhere in the run or on
    its newline, so the search goes on after the newline. Empty matches follow findall: one is
    kept unless the previous match was empty and ended at the same place.
    """
    out: list[str] = []
    pos = 0
    n = len(text)
    must_advance = False  # the previous match was empty and ended at `pos`
    while pos <= n:
        m = _SENTENCE_NOBACK.match(text, pos)
        if m is not None:
            end = m.end()
            if end == pos and must_advance:
                # only `$` matched here (the run and the other endings are empty): no
                # non-empty match starts at `pos`
                pos += 1
                must_advance = False
                continue
            out.append(m.group())
            must_advance = end == pos
            pos = end
            continue
        run_end = _RUN.match(text, pos).end()  # type: ignore[union-attr]  # matches empty
        dot = text.rfind(".", pos, run_end)
        if dot >= 0:
            out.append(text[pos : dot + 1])
            pos = dot + 1
        else:
            pos = run_end + 1
        must_advance = False
    return out
