"""Phrase and near-rule matching over word tokens: the hot path of classify().

`scan_phrases` finds, in one field's tokens, the rules whose phrases match (written into
`found`) and the near rules one phrase of each group of which lies in one clause within
their window. Speed comes from work done once and kept in the RuleSet (per-word candidate
lists per field, fuzzy candidates and fuzzy word comparisons of transcripts) and from not
looking at near rules that cannot fire in this text; none of it changes what is found.
"""

from __future__ import annotations

from classifiers.model import FiredRule
from classifiers.rules import (
    AFFIX_MIN,
    GAP_MAX,
    CompiledPhrase,
    ExactEntry,
    FuzzyEntry,
    Rule,
    RuleSet,
)

NEGATION_WINDOW = 3
# After a "still works" cue its "not" may stand farther: verb-second order puts a time or a
# mood between the verb and its "nicht" ("Der Checkout funktioniert seit dem letzten Update
# nicht mehr" is no "checkout funktioniert" cue).
NEGATION_AFTER_WINDOW = 5
BOUNDARY = "\x00"
# A comma or parenthesis: ends a phrase, a gap, a negation window and a clause like
# BOUNDARY, but not the sentence that `span_commas` near rules look in ("shown the
# statements of other households, including their names").
# Both sort before every word, so `tok <= SOFT` tests for either.
SOFT = "\x01"
# The per-word caches are bounded: the vocabulary of mail is not.
CACHE_MAX = 50_000
FUZZY_EQ_MAX = 100_000  # (kind, value, word) pairs: ~15 MB when full


def edit_distance(a: str, b: str, limit: int) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        best = i
        for j, cb in enumerate(b, 1):
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            cur.append(v)
            best = min(best, v)
        if best > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _allowed(word: str) -> int:
    n = len(word)
    return 0 if n < 5 else (1 if n < 8 else 2)


def _tok_eq(kind: str, value: str, tok: str, fuzzy: bool) -> bool:
    if kind == "w":
        if tok == value:
            return True
        return (
            fuzzy and tok > SOFT and edit_distance(tok, value, _allowed(value)) <= _allowed(value)
        )
    if kind == "s":
        return tok > SOFT and tok.endswith(value)
    if kind == "i":
        return tok > SOFT and value in tok
    # prefix
    if tok.startswith(value):
        return True
    return fuzzy and len(value) >= 4 and edit_distance(tok[: len(value)], value, 1) <= 1


def _fuzzy_eq(rs: RuleSet, kind: str, value: str, tok: str) -> bool:
    """`_tok_eq(..., fuzzy=True)`, remembered: transcripts ask the same pairs again and again
    and an edit distance costs a hundred dictionary lookups."""
    key = (kind, value, tok)
    known = rs.fuzzy_eq_cache.get(key)
    if known is None:
        known = _tok_eq(kind, value, tok, True)
        if len(rs.fuzzy_eq_cache) < FUZZY_EQ_MAX:
            rs.fuzzy_eq_cache[key] = known
    return known


def _match_at(
    rs: RuleSet, phrase: CompiledPhrase, tokens: list[str], start: int, fuzzy: bool
) -> tuple[int, list[int]] | None:
    """Match `phrase` at `start`; return (end index, gap token indexes) or None."""
    ptoks = phrase.tokens
    if not phrase.has_gap:  # the common case, kept flat because it runs most
        end = start + len(ptoks)
        if end > len(tokens):
            return None
        for k in range(1, len(ptoks)):
            tok = tokens[start + k]
            if tok <= SOFT:
                return None
            kind, value = ptoks[k]
            if kind == "w" and tok == value:
                continue
            if not (_fuzzy_eq(rs, kind, value, tok) if fuzzy else _tok_eq(kind, value, tok, False)):
                return None
        return end, []

    def go(pi: int, ti: int, gaps: list[int]) -> tuple[int, list[int]] | None:
        if pi == len(ptoks):
            return ti, gaps
        kind, value = ptoks[pi]
        if kind == "g":
            for skip in range(GAP_MAX + 1):
                if skip and (ti + skip - 1 >= len(tokens) or tokens[ti + skip - 1] <= SOFT):
                    break
                found = go(pi + 1, ti + skip, gaps + list(range(ti, ti + skip)))
                if found:
                    return found
            return None
        if ti >= len(tokens) or tokens[ti] <= SOFT:
            return None
        tok = tokens[ti]
        if not (_fuzzy_eq(rs, kind, value, tok) if fuzzy else _tok_eq(kind, value, tok, False)):
            return None
        return go(pi + 1, ti + 1, gaps)

    return go(1, start + 1, [])


# Focus particles: "not even guest checkout works", "nicht einmal als Gast", "niet eens",
# "ikke engang". They narrow what the negation is said of without standing between it and
# its verb, so they do not count towards the negation window.
_FOCUS = frozenset(["even", "zelfs", "eens", "einmal", "mal", "sogar", "engang"])


def negated(tokens: list[str], start: int, gaps: list[int], negation: frozenset[str]) -> bool:
    if gaps and any(tokens[i] in negation for i in gaps):
        return True
    i = start - 1
    seen = 0
    while i >= 0 and seen < NEGATION_WINDOW and tokens[i] > SOFT:
        tok = tokens[i]
        if tok in negation:
            return True
        i -= 1
        if tok not in _FOCUS:
            seen += 1
    return False


# "no problem", and "keine Sorge", "no worries", "geen zorgen", "ingen bekymring", "kein Stress",
# "keine Panik" (a transcript's "die richtige Seite läuft ganz normal keine Sorge" has no comma)
_NO_PROBLEM = (
    "problem", "probleem", "issue", "trouble", "sorge", "worr", "zorg", "bekymr", "stress", "pani"
)  # fmt: skip


# "läuft, aber nicht so schnell wie sonst", "runs, though not as fast as usual", "werkt, maar
# niet zo snel als vroeger", "fungerer, men ikke så raskt som før": a comparison, not a
# negation of it
_AS = frozenset(["so", "as", "zo", "så"])
_QUITE = frozenset(["ganz", "quite", "helemaal", "helt"])
_THAN = frozenset(["wie", "als", "as", "som", "like", "than"])


def _compared(tokens: list[str], at: int) -> bool:
    """`tokens[at:]` open a comparison: "so schnell wie", "(ganz) so ... wie", "as fast as"."""
    if at < len(tokens) and tokens[at] in _QUITE:
        at += 1
    if at >= len(tokens) or tokens[at] not in _AS:
        return False
    return not _THAN.isdisjoint(tokens[at + 2 : at + 5])


def _negated_after(tokens: list[str], end: int, negation: frozenset[str]) -> bool:
    """A negation within NEGATION_AFTER_WINDOW words after a match, in the same clause."""
    after = tokens[end : end + NEGATION_AFTER_WINDOW]
    for k, tok in enumerate(after):
        if tok <= SOFT:
            return False
        if tok in negation:
            # "no problem", "geen probleem", "ikke noe problem", "keine Sorge" are not a negation
            # of it, nor "nicht so schnell wie sonst"
            rest = after[k + 1 : k + 3]
            return not any(t.startswith(_NO_PROBLEM) for t in rest) and not _compared(
                tokens, end + k + 1
            )
    return False


def _candidates(rs: RuleSet, tok: str) -> list[CompiledPhrase]:
    """Phrases that may start at a word: exact first word, or a `prefix*` first word."""
    cached = rs.candidate_cache.get(tok)
    if cached is not None:
        return cached
    found: list[CompiledPhrase] = list(rs.by_first_word.get(tok, ()))
    for n, bucket in rs.by_first_prefix.items():
        if len(tok) >= n and tok[:n] in bucket:
            found.extend(bucket[tok[:n]])
    # `*suffix` and `*infix*` first words (compounds: "Teilnehmerkonten", "timebestillingene")
    for phrase in rs.by_first_suffix.get(tok[-AFFIX_MIN:], ()):
        if tok.endswith(phrase.tokens[0][1]):
            found.append(phrase)
    for phrase in rs.first_infix:
        if phrase.tokens[0][1] in tok:
            found.append(phrase)
    if len(rs.candidate_cache) < CACHE_MAX:
        rs.candidate_cache[tok] = found
    return found


_NO_ENTRY: ExactEntry = ([], {}, 0)


def _exact_entry(rs: RuleSet, index: dict[str, ExactEntry], tok: str, field: str) -> ExactEntry:
    """`_candidates` of a word for one field (exact matching), split by exact second word:
    the phrases without one, and per second word every candidate when the next token is
    that word, both in `_candidates` order (so the scan tests them as before); and the bits
    of the near groups that may start at this word."""
    plain: list[CompiledPhrase] = []
    pairs: dict[str, list[CompiledPhrase]] = {}
    allowed = []
    for phrase in _candidates(rs, tok):
        if field not in rs.rules[phrase.rule_index].fields:
            continue
        allowed.append(phrase)
        if phrase.second is None:
            plain.append(phrase)
        else:
            pairs.setdefault(phrase.second, [])
    for second in pairs:
        pairs[second] = _LastIndexed.of(
            [p for p in allowed if p.second is None or p.second == second]
        )
    near = 0
    for p in allowed:
        near |= p.near_bit
    entry = (_LastIndexed.of(plain), pairs, near) if allowed else _NO_ENTRY
    if len(index) < CACHE_MAX:
        index[tok] = entry
    return entry


class _LastIndexed(list[CompiledPhrase]):
    """A long candidate list most of whose phrases have gaps and an exact last word, with
    those phrases indexed by that word. The German impersonal passives are 1,620 phrases
    "seit ... kann nicht ... bestellt" (every tense, verb and time word): tried one by one,
    they were half the candidates of the whole corpus, at every "seit". `within` gives, in
    list order, the phrases whose last word lies within the farthest reach of any of them
    (and those without a last word): the others could not match there anyway."""

    MIN = 64  # shorter lists are tried as they are

    others: list[tuple[int, CompiledPhrase]]
    others_only: list[CompiledPhrase]  # `within` where no last word is in reach
    by_last: dict[str, list[tuple[int, CompiledPhrase]]]
    reach: int

    @classmethod
    def of(cls, phrases: list[CompiledPhrase]) -> list[CompiledPhrase]:
        with_last = sum(p.last is not None for p in phrases)
        if len(phrases) < cls.MIN or with_last * 2 < len(phrases):
            return phrases
        indexed = cls(phrases)
        indexed.others = [(k, p) for k, p in enumerate(phrases) if p.last is None]
        indexed.others_only = [p for _, p in indexed.others]
        indexed.by_last = {}
        for k, p in enumerate(phrases):
            if p.last is not None:
                indexed.by_last.setdefault(p.last, []).append((k, p))
        indexed.reach = max(p.max_span for p in phrases if p.last is not None)
        return indexed

    def within(self, tokens: list[str], i: int) -> list[CompiledPhrase]:
        by_last = self.by_last
        picked = [
            x
            for word in set(tokens[i + 1 : i + 1 + self.reach])
            if word in by_last
            for x in by_last[word]
        ]
        if not picked:
            return self.others_only
        picked += self.others
        picked.sort(key=_position)
        return [p for _, p in picked]


def _position(entry: tuple[int, CompiledPhrase]) -> int:
    return entry[0]


def _fuzzy_entry(rs: RuleSet, tok: str, field: str) -> FuzzyEntry:
    """The phrases the fuzzy scan tries at a word, in the order it always tried them: the
    word's candidates, or those of the rule words within its edit distance; only rules of
    `field` that take tolerance (fuzzy, critical or urgent). With their near bits or-ed."""
    index = rs.fuzzy_cache.setdefault(field, {})
    cached = index.get(tok)
    if cached is not None:
        return cached
    candidates = _candidates(rs, tok)
    if not candidates and len(tok) >= 4:
        fuzzy_index = rs.fuzzy_index()
        candidates = []
        words: set[str] = set()
        for variant in _variants(tok):
            words.update(fuzzy_index.get(variant, ()))
        for w in words:
            # A short word heard with another first sound is another word ("packed" is
            # not "hacked"): below 8 letters the first letter must agree.
            if len(w) < 8 and w[0] != tok[0]:
                continue
            if edit_distance(tok, w, _allowed(w)) <= _allowed(w):
                candidates.extend(rs.by_first_word[w])
    out = []
    for phrase in candidates:
        rule = rs.rules[phrase.rule_index]
        # Tolerance is for not missing incidents; it would only add noise elsewhere.
        if field in rule.fields and rule.fuzzy and rule.level in ("critical", "urgent"):
            out.append(phrase)
    near = 0
    for phrase in out:
        near |= phrase.near_bit
    entry = (out, near)
    if len(index) < CACHE_MAX:
        index[tok] = entry
    return entry


def _variants(tok: str) -> set[str]:
    out: set[str] = {tok}
    frontier = {tok}
    for _ in range(2 if len(tok) >= 6 else 1):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


# near-rule hits: rule index -> group -> [(clause number, start, end)]
_Hits = dict[int, dict[int, list[tuple[int, int, int]]]]


def scan_phrases(
    rs: RuleSet,
    tokens: list[str],
    field: str,
    fuzzy: bool,
    found: dict[int, FiredRule],
    factor: float,
) -> None:
    if fuzzy:
        hits = _scan_fuzzy(rs, tokens, field, found, factor)
    else:
        hits = _scan_exact(rs, tokens, field, found, factor)
    _fire_near(rs, hits, tokens, field, found, factor)


def _scan_exact(
    rs: RuleSet, tokens: list[str], field: str, found: dict[int, FiredRule], factor: float
) -> _Hits:
    """Exact matching (mail text), clause by clause.

    Whether a phrase matches, and whether a negation cancels it, depends only on the words of
    its clause (matches, gaps and negation windows stop at clause ends), so the matches of a
    clause are found once per distinct clause: a mail that repeats itself costs little more
    than its distinct clauses. Which of them count still depends on the rules found so far,
    so that is checked as each match is taken, in text order as before.
    """
    hits: _Hits = {}
    index = rs.exact_index.get(field)
    if index is None:
        index = rs.exact_index.setdefault(field, {})
    entries: dict[str, ExactEntry] = {}
    # The near groups that may start at some word of the text. A near rule without a hit in
    # each of its groups never fires, so its hits need not be looked for.
    bits = 0
    for tok in set(tokens):
        if tok > SOFT:
            entry = index.get(tok)
            if entry is None:
                entry = _exact_entry(rs, index, tok, field)
            entries[tok] = entry
            bits |= entry[2]
    known: dict[tuple[str, ...], list[_Match]] = {}  # clause words -> its matches
    rules = rs.rules
    n = len(tokens)
    clause = sentence = 0
    start = 0
    ends = [k for k, tok in enumerate(tokens) if tok <= SOFT]
    ends.append(n)
    for end in ends:
        words = tuple(tokens[start:end])
        matches = known.get(words)
        if matches is None:
            matches = known[words] = _clause_matches(rs, tokens, start, end, entries, bits, found)
        for phrase, i, stop in matches:
            if phrase.rule_index in found:
                continue
            rule = rules[phrase.rule_index]
            i += start
            stop += start
            where_ = sentence if rule.span_commas else clause
            _record(hits, found, phrase, rule, tokens, i, stop, where_, field, factor)
        if end < n:  # a clause (and perhaps a sentence) ends here
            clause += 1
            sentence += tokens[end] == BOUNDARY
        start = end + 1
    return hits


# A kept match in a clause: the phrase, its start and end relative to the clause start.
_Match = tuple[CompiledPhrase, int, int]


def _clause_matches(
    rs: RuleSet,
    tokens: list[str],
    start: int,
    end: int,
    entries: dict[str, ExactEntry],
    bits: int,
    found: dict[int, FiredRule],
) -> list[_Match]:
    """The phrases that match in `tokens[start:end]` (one clause) and that no negation
    cancels, in scan order. Rules already found are left out: they stay found."""
    out: list[_Match] = []
    rules = rs.rules
    n = len(tokens)
    for i in range(start, end):
        plain, pairs, _near = entries[tokens[i]]
        candidates = pairs.get(tokens[i + 1], plain) if pairs and i + 1 < n else plain
        if type(candidates) is _LastIndexed:
            candidates = candidates.within(tokens, i)
        for phrase in candidates:
            # a near rule some group of which cannot occur in this text never fires (half the
            # candidates of a mail are such phrases: tested first, and cheaply)
            mask = phrase.near_mask
            if bits & mask != mask or phrase.rule_index in found:
                continue
            last = phrase.last
            # the exact last word of a phrase with gaps must occur within its reach
            if last is not None and last not in tokens[i + 1 : i + 1 + phrase.max_span]:
                continue
            if phrase.simple:
                stop, gaps = i + phrase.length, _NO_GAPS
            else:
                # an exact third word must follow (the second one is known to match when exact)
                third = phrase.third
                if third is not None and (i + 2 >= n or tokens[i + 2] != third):
                    continue
                m = _match_at(rs, phrase, tokens, i, False)
                if m is None:
                    continue
                stop, gaps = m
            rule = rules[phrase.rule_index]
            if phrase.may_cancel and not _keep(rs, rule, phrase, tokens, i, stop, gaps):
                continue
            out.append((phrase, i - start, stop - start))
    return out


_NO_GAPS: list[int] = []
# "Nobody can buy a ticket", "niemand kan betalen", "niemand kann buchen": a "can" whose subject
# is nobody is a "can't" too ("me, my colleague, everyone, nobody can buy" names no one for whom
# it works). "Keiner", "ingen" and "no one" are negation words of their languages already.
_CANNOT = frozenset(
    ["can't", "cannot", "couldn't", "cant", "couldnt", "nobody", "noone", "niemand"]
)


def _keep(
    rs: RuleSet,
    rule: Rule,
    phrase: CompiledPhrase,
    tokens: list[str],
    i: int,
    end: int,
    gaps: list[int],
) -> bool:
    """A match counts unless a negation cancels it (`phrase.may_cancel` says whether one
    of these checks applies at all)."""
    # Near groups often ARE the negation ("keine Gutscheincodes funktionieren"), so
    # only whole phrases, and the predicate groups (all but the first, the object) of
    # rules that ask for it (`negate_near`), are checked for a "not" before them.
    if (
        (phrase.group < 0 or (rule.negate_near and (phrase.group > 0 or rule.negate_object)))
        and rule.negatable
        and negated(tokens, i, gaps, rs.negation_for(rule.language))
    ):
        return False
    # "Other practices can't see her cases": a predicate group after "can't" is denied. Not
    # a negation word elsewhere, where "can't" IS the failure ("customers can't pay").
    if rule.negate_near and phrase.group > 0 and negated(tokens, i, gaps, _CANNOT):
        return False
    # "Card payments work" lowers the level, "card payments don't work either" must
    # not: a "still works" cue followed by a negation ("kort fungerer heller ikke"); for a
    # near rule that asks for both, its predicate groups too ("de andere pagina's doen het
    # niet", "die anderen Seiten gehen nicht").
    return not (
        rule.negate_after
        and (phrase.group < 0 or (rule.negate_near and phrase.group > 0))
        and _negated_after(tokens, end, rs.negation_for(rule.language))
    )


def _scan_fuzzy(
    rs: RuleSet, tokens: list[str], field: str, found: dict[int, FiredRule], factor: float
) -> _Hits:
    """Tolerant matching (transcripts): edit distance, critical/urgent rules only."""
    hits: _Hits = {}
    clause = sentence = 0
    rules = rs.rules
    n = len(tokens)
    entries = {tok: _fuzzy_entry(rs, tok, field) for tok in set(tokens) if tok > SOFT}
    bits = 0  # near groups that may start somewhere (as in the exact scan)
    for _phrases, near in entries.values():
        bits |= near
    for i, tok in enumerate(tokens):
        if tok <= SOFT:
            clause += 1
            sentence += tok == BOUNDARY
            continue
        for phrase in entries[tok][0]:
            mask = phrase.near_mask  # as in the exact scan
            if bits & mask != mask or phrase.rule_index in found:
                continue
            if not phrase.has_gap and phrase.length > 1:
                # the second word rules out most candidates: the matcher's first step, inline
                if i + phrase.length > n:
                    continue
                second = tokens[i + 1]
                if second <= SOFT:
                    continue
                kind, value = phrase.tokens[1]
                if not (kind == "w" and second == value) and not _fuzzy_eq(rs, kind, value, second):
                    continue
            rule = rules[phrase.rule_index]
            m = _match_at(rs, phrase, tokens, i, True)
            if m is None:
                continue
            end, gaps = m
            if phrase.may_cancel and not _keep(rs, rule, phrase, tokens, i, end, gaps):
                continue
            where_ = sentence if rule.span_commas else clause
            _record(hits, found, phrase, rule, tokens, i, end, where_, field, factor)
    return hits


def _fire_near(
    rs: RuleSet,
    hits: _Hits,
    tokens: list[str],
    field: str,
    found: dict[int, FiredRule],
    factor: float,
) -> None:
    for index, groups in hits.items():
        rule = rs.rules[index]
        if index in found or len(groups) < len(rule.near):
            continue
        combo = _near_combination([groups[g] for g in range(len(rule.near))], rule.window)
        if combo is not None:
            texts = [" ".join(t for t in tokens[s:e] if t > SOFT) for s, e in combo]
            found[index] = FiredRule(
                rule.id, rule.level, field, " … ".join(texts), round(rule.weight * factor, 3)
            )


def _near_combination(
    groups: list[list[tuple[int, int, int]]], window: int
) -> list[tuple[int, int]] | None:
    """One hit per group, in one clause, not overlapping, within `window` words; in text
    order, as (start, end) token spans."""
    for clause, start, end in groups[0]:
        chosen = [(start, end)]
        for other in groups[1:]:
            pick = None
            best = window + 1
            # the hit nearest the anchor ("the Applications screen says 'No applications
            # found'": the second "applications", not the first)
            for c2, s2, e2 in other:
                overlaps = any(s2 < e and s < e2 for s, e in chosen)
                if c2 == clause and abs(s2 - start) < best and not overlaps:
                    pick = (s2, e2)
                    best = abs(s2 - start)
            if pick is None:
                break
            chosen.append(pick)
        else:
            if max(s for s, _ in chosen) - min(s for s, _ in chosen) <= window:
                return sorted(chosen)
    return None


def _record(
    hits: _Hits,
    found: dict[int, FiredRule],
    phrase: CompiledPhrase,
    rule: Rule,
    tokens: list[str],
    start: int,
    end: int,
    where: int,
    field: str,
    factor: float,
) -> None:
    """A phrase matched tokens[start:end]: a near rule's group hit (in clause or sentence
    `where`), or a plain rule that fires. Shared by the exact and the fuzzy scan."""
    if phrase.group >= 0:
        groups = hits.setdefault(phrase.rule_index, {})
        groups.setdefault(phrase.group, []).append((where, start, end))
        return
    matched = " ".join(t for t in tokens[start:end] if t > SOFT)
    found[phrase.rule_index] = FiredRule(
        rule.id, rule.level, field, matched, round(rule.weight * factor, 3)
    )
