"""The decision: the level that the rules left standing give, with the cues that lower a
critical said of a part or keep it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from classifiers.cues import (
    _ALL_FINE,
    _DEVICE_SCOPE,
    _NEW_PROBLEM_CUE,
    _OTHER_STORE_SELLS,
    _SELLS_ELSEWHERE,
    _SINGLE_USER,
    _VISITORS_UNAFFECTED,
    THRESHOLD,
)
from classifiers.decision_cues import (
    DEGREE_ONLY,
    device_named_where_all_fail,
    server_error_unqualified,
)
from classifiers.decision_cues import FOR_EVERYONE as _FOR_EVERYONE
from classifiers.matching import _pieces
from classifiers.model import LEVELS, FiredRule

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
# "Ihre Bestellung wurde doppelt abgebucht", "hver kortbestilling blir trukket to ganger": a
# payment taken twice, whose words ("Bestellung ... abgebucht") are no order paid for and never
# created; "Klarna has disappeared from the checkout": one payment method gone, whose words
# ("disappeared ... checkout") are no checkout gone.
_CHARGED_TWICE = (".cx_charged_twice_near", ".cx_charged_twice_for_all_near")
_METHOD_GONE = ".cx_pay_method_gone_near"
_TOLD_OTHERWISE = (_MAIL_MISSING, *_CHARGED_TWICE, _METHOD_GONE)


def _without_mail_words(fired: list[FiredRule]) -> list[FiredRule]:
    """`fired` without the critical matches made only of the words of a transactional mail
    that customers did not receive (`_MAIL_MISSING`): the orders came in, the mail did not;
    nor of those of a payment taken twice or of one payment method gone from the checkout
    (`_CHARGED_TWICE`, `_METHOD_GONE`): the checkout takes money, too much or by the others."""
    spans = [
        set(r.matched.replace("…", " ").split()) for r in fired if r.id.endswith(_TOLD_OTHERWISE)
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


# "Im Webshop kommt bei allen Kunden eine Fehlermeldung, wenn sie einen Gutschein einlösen": the
# error comes when a voucher is redeemed (a major function lost, urgent); the critical matches
# made with the error's own word ("Webshop ... Fehlermeldung", "all customers ... error") and
# the bare scope words ("bei allen Kunden") tell whom that error meets, not a shop down.
# Matches of other words ("the shop is down for everyone", "nobody can pay", "die Kasse zeigt
# eine weiße Seite") stay.
_VOUCHER_ERROR = ".cx_error_on_voucher_redeem_near"
_SCOPE_ALL = ".outage_scope_all"
# "... an error message at checkout, whether they enter a voucher or not" ("egal ob ... oder
# nicht", "of ze nu ... of niet", "uansett om ... eller ikke", "with or without a voucher"):
# the error is not tied to the voucher, the critical matches stay.
_EITHER_WAY = ".cx_voucher_either_way"


def _words(r: FiredRule) -> list[str]:
    return r.matched.replace("…", " ").split()


def _without_voucher_error_words(fired: list[FiredRule]) -> list[FiredRule]:
    """`fired` with the critical matches that share a word with a voucher redemption that
    gives an error (`_VOUCHER_ERROR`), and the bare scope words, counted as urgent."""
    words = {w for r in fired if r.id.endswith(_VOUCHER_ERROR) for w in _words(r)}
    if not words or any(r.id.endswith(_EITHER_WAY) for r in fired):
        return fired
    return _relevelled(
        fired,
        "critical",
        "urgent",
        lambda r: r.id.endswith(_SCOPE_ALL) or words.intersection(_words(r)),
    )


# "The app crashes for everyone ... We tried it on an old iPhone and a new Pixel", "stürzt bei
# allen Kunden ab, sogar auf einem alten iPhone": where the mail says the crash meets everyone,
# an old device or an old browser it names is where it was seen too, not one user's limit
# (`_OLD_DEVICE`, since 71789f82). Matches of "for all" words only; "for one customer on an
# old Android phone" keeps its demote.
_OLD_DEVICE = ".cx_old_device_or_browser.single_user"
_ALL_USERS = (".cx_object_fails_for_all_near", ".failure_everywhere_near")


def _without_old_device_beside_all_users(fired: list[FiredRule]) -> list[FiredRule]:
    """`fired` without its old-device demotes when a critical cue says the failure meets all
    users ("for all our customers", "bei allen", "voor iedereen", "for alle")."""
    if not any(
        r.level == "critical"
        and (
            r.id.endswith(_ALL_USERS)
            or (r.id.endswith(_FOR_EVERYONE) and not DEGREE_ONLY.fullmatch(r.matched))
        )
        for r in fired
    ):
        return fired
    return [r for r in fired if not r.id.endswith(_OLD_DEVICE)]


# "Der eingebettete Kalender auf unserer Website ist leer, im Google Kalender selbst sind alle
# Termine da": the emptiness is the embedded booking tool's (`_EMBEDDED_EMPTY`, urgent); a
# records-gone match that reads that same word with "alle Termine" across the comma is no data
# lost.
_EMBEDDED_EMPTY = ".cx_embedded_booking_empty_near"
_RECORDS_GONE = ".cx_business_records_gone_near"


def _without_records_of_an_empty_widget(fired: list[FiredRule]) -> list[FiredRule]:
    """`fired` without the critical records-gone matches whose word of emptiness is the one an
    embedded booking tool said empty matched (its last piece: "ist leer", "is empty")."""
    empty = {w for r in fired if r.id.endswith(_EMBEDDED_EMPTY) for w in _pieces(r)[-1].split()}
    if not empty:
        return fired
    return [
        r
        for r in fired
        if not (
            r.level == "critical"
            and r.id.endswith(_RECORDS_GONE)
            and empty.intersection(r.matched.replace("…", " ").split())
        )
    ]


# A login from an unknown place or device (`.cx_login_from_unknown_place`, half a breach) is an
# intruder's only beside an intruder's sign ("none of us did this", an administrator nobody
# made); an outage's scope word ("niemand außer mir nutzt das Konto", "nobody but me", "live
# site") is no second half of it: a login alert is no outage, for however many.
_LOGIN_ALERT = ".cx_login_from_unknown_place"
# "Nobody here was in Russia", "Niemand werkt hier 's nachts", "Ingen av oss var våkne da": the
# writer's denial that anyone here was where or when the login came from marks it an
# intruder's (the second half of a login alert), and says nothing beside no login alert.
_NOBODY_WAS_THERE = ".cx_nobody_here_was_there_near"


def _without_lone_login_alert(fired: list[FiredRule]) -> list[FiredRule]:
    """`fired` without the login-alert half (`_LOGIN_ALERT`) when the only other critical
    matches are scope words (`.outage_scope_all`); without the denial that anyone here was
    there (`_NOBODY_WAS_THERE`) when no login alert fired."""
    if not any(r.id.endswith(_LOGIN_ALERT) for r in fired):
        return [r for r in fired if not r.id.endswith(_NOBODY_WAS_THERE)]
    if not any(
        r.level == "critical" and not r.id.endswith((_LOGIN_ALERT, _FOR_EVERYONE)) for r in fired
    ):
        return [r for r in fired if not r.id.endswith(_LOGIN_ALERT)]
    return fired


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
# "Paying by card still works ... I've tried it on Chrome and on my phone": another payment
# method still serving customers is no device scope; a device widen cue
# ("tried it on my phone and the PC too") does not take it back.
_METHOD_WORKS = (".other_methods_still_work",)
# "Not just me, my colleagues too ... Customers can still order and pay in the shop": the
# back office fails for every colleague, but the shop still sells; a user or device widen
# ("niet alleen bij mij") does not take back that step down either (`.checkout_still_works`
# phrases are looser, "bookings are coming in now", and a widen still cancels them).
_SHOP_SELLS = ".cx_customers_order_normally"
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
    fired = _without_voucher_error_words(fired)
    fired = _without_old_device_beside_all_users(fired)
    fired = _without_records_of_an_empty_widget(fired)
    fired = _without_lone_login_alert(fired)
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
    if any(r.id.endswith(_GOES_THROUGH) and r.level == "urgent" for r in fired):
        # "the checkout spins for ages before it goes through": slow, not impossible (a cue
        # counted as critical says it does not get through: `_arrival_that_fails`)
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


def _weights(fired: Sequence[FiredRule]) -> dict[tuple[str, str, str], float]:
    """Each (level, field, matched words) once, at the weight it counts for: the same words
    matched by rules of several languages count once per level."""
    best: dict[tuple[str, str, str], float] = {}
    for r in fired:
        key = (r.level, r.field, r.matched)
        best[key] = max(best.get(key, 0.0), r.weight)
    _merge_same_words(best)
    return best


def _decide(fired: list[FiredRule], firm: bool) -> str:
    score = {level: 0.0 for level in (*LEVELS, "demote", "widen")}
    best = _weights(fired)
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
