"""Zero sales since a time, told with "haven't had" / "hatten wir keine einzige".

"Since your update on Thursday we haven't had a single online booking" was standard:
`en.cx_zero_sales_near` wants a zero word and, apart from it, a verb ("had", "come in"), and
"haven't had a single" holds both in one (new: `en.cx_not_had_a_single.cx_zero_sales_near`,
treated by the engine as zero sales). German "hatten wir keine einzige Online-Buchung" lacked
the verb "hatten" (`de.cx_zero_sales_near`). "A single booking request through the site" is an
enquiry that stopped arriving (urgent), as before.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Since your update on Thursday we haven't had a single online booking."),
    ("critical", "en", "We haven't had a single online order since Thursday."),
    ("critical", "de", "Seit eurem Update am Donnerstag hatten wir keine einzige Online-Buchung."),
]  # fmt: skip

NEAR_MISSES = [
    ("urgent", "en", "We haven't had a single booking request through the site since Tuesday."),
    ("low", "en", "We haven't had a single complaint since the redesign, thanks!"),
    ("standard", "de", "Seit dem Relaunch hatten wir keine einzige Beschwerde, danke!"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
