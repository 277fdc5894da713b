"""Words like "erop", "erin", "drauf", "rein" said of a thing put on a page or into a form
("sinds het nieuwe logo erop staat", "seit das neue Feld rein ist") beside nobody being able to do
one thing (make a quote as PDF, send the form): that function lost for everyone (urgent, or what
the function is), not nobody getting onto the site (critical). A document nobody can generate
any more is a significant function lost in every language.

Session 45 found it in batch 45 (after a logo change on the quote template "lukt het bij niemand
meer om een offerte als PDF te maken", read as critical): `nl.nobody_gets_through_near`,
`nl.nobody_can_use_near` and their German twins took any "erop", "erin", "drauf", "rein" near
"niemand" for getting in. They now want a verb of getting in ("komt erop", "kan erin", "kommt
... rein"); the verb before its subject ("komt niemand meer erin", "kommt keiner mehr drauf")
is a phrase of `<lang>.site_down`. `<lang>.important_function_failing_near` now knows "nobody
can", "kann niemand", "lukt het niemand", "får ingen" beside a PDF or something to generate.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("urgent", "nl", "Sinds het nieuwe logo erop staat lukt het bij niemand meer om een offerte "
                     "als PDF te maken."),
    ("urgent", "nl", "Sinds de nieuwe huisstijl erop staat lukt het niemand meer om een factuur "
                     "als PDF te maken."),
    ("urgent", "de", "Seit das neue Logo drauf ist kann niemand mehr ein Angebot als PDF "
                     "erzeugen."),
    ("urgent", "en", "Since the new logo went on it, nobody can generate a quote PDF any more."),
    ("urgent", "no", "Etter at den nye logoen kom på, får ingen laget tilbud som PDF lenger."),
]  # fmt: skip

NEAR_MISSES = [
    # getting in, in either word order: the site or app down for all
    ("critical", "nl", "Sinds een uur komt niemand erin, de app geeft een fout."),
    ("critical", "nl", "Sinds een uur kan niemand erin."),
    ("critical", "nl", "Niemand komt erop sinds vanochtend."),
    ("critical", "de", "Seit heute Morgen kommt niemand mehr rein."),
    ("critical", "de", "Niemand kommt mehr rein seit heute Morgen."),
    ("critical", "de", "Seit einer Stunde kommt keiner mehr drauf."),
    # the logo wished on the PDF: a request
    ("low", "en", "Could you put the new logo on the quote PDF? Nobody has complained, no rush."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
