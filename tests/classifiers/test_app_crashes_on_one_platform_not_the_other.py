"""The app crashes on one platform while another is named as working: urgent, not critical.

"Appen krasjer på iPhone, på Android virker den": `no.site_down`'s "appen krasjer" is the app
down, but the platform named as working (`.cx_other_platform_works`) takes it one step down.
The same with the definite forms ("på Androiden virker den", "iPhonen min"), with "i orden" or
"ok" for works ("Med Android er alt i orden", "på Android er den ok"), and with "..., men ikke
på Android", "aber nicht auf Android", "maar niet op Android", "but not on Android"
(`.cx_but_not_on_platform.cx_other_platform_works`). When it fails on the other platform too,
or for everyone on both, it stays critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "no", "Appen krasjer på iPhone, på Android virker den."),
    ("urgent", "no", "Appen krasjer på iPhone. Med Android er alt i orden."),
    ("urgent", "no", "Appen krasjer på iPhonen min, på Androiden virker den."),
    ("urgent", "no", "Appen krasjer på iPhone, men ikke på Android."),
    ("urgent", "no", "Appen krasjer på iPhone, på Android er den ok."),
    ("urgent", "de", "Die App stürzt auf dem iPhone ab, aber nicht auf Android."),
    ("urgent", "nl", "De app crasht op iPhone, maar niet op Android."),
    ("urgent", "en", "The app crashes on iPhone, but not on Android."),
]  # fmt: skip

NEAR_MISSES = [
    ("critical", "no", "Appen krasjer på iPhone, og på Android virker den heller ikke."),
    ("critical", "no", "Appen krasjer for alle, både på iPhone og Android."),
    ("critical", "de", "Die App stürzt bei allen ab, auf dem iPhone und auf Android."),
    ("critical", "no", "Appen krasjer."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
