"""The checkout, the payment, ordering, or the site, shop or app as a whole, stopped ("Der
Checkout hat aufgehört zu funktionieren", "De kassa is gestopt met werken", "Kassen har sluttet
å fungere", "the site quit working"), in the other verbs of stopping too ("streikt", "gibt den
Geist auf", "ist ausgestiegen", "is ermee gestopt", "doet niks meer", "laat het afweten", "har
gitt opp", "har lagt seg ned", "har stoppet opp", "has given up"): down for all users or
checkout impossible (critical, `<lang>.cx_critical_object_stopped`).

At 803a8b9 the German forms were standard (no rule knew "aufgehört zu funktionieren" or
"streikt"), the Dutch and Norwegian ones urgent or standard (a stopped function, not a stopped
checkout), and "the site quit working" standard. One form or plugin that stopped stays urgent
(like "funktioniert nicht mehr": German "aufgehört zu funktionieren" and Dutch "gestopt met
werken" now say it too); a page on the site, a question, an outage told as over, and one
device ("only on my phone", "auf meinem Handy ..., am PC geht es") never reach critical. The
past tense ("de kassa stopte met werken", "kassen sluttet å fungere") and a subject line without
an article ("Checkout streikt") are the same report.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # the checkout, the payment, ordering
    ("critical", "en", "Hi, ordering stopped working about an hour ago, nothing goes through."),
    ("critical", "en", "The payment page has completely stopped responding since lunch."),
    ("critical", "en", "Our checkout has given up since the update this morning."),
    ("critical", "de", "Der Checkout hat aufgehört zu funktionieren."),
    ("critical", "de", "Der Checkout hat seit heute Morgen aufgehört zu funktionieren."),
    ("critical", "de", "Unser Checkout streikt seit dem Update."),
    ("critical", "de", "Die Kasse gibt seit einer Stunde den Geist auf, bitte dringend melden."),
    ("critical", "de", "Die Bezahlung ist heute früh komplett ausgestiegen."),
    ("critical", "de", "Das Bestellen hat aufgehört zu funktionieren, kein Kunde kommt durch."),
    ("critical", "nl", "De kassa is gestopt met werken."),
    ("critical", "nl", "De checkout is ermee gestopt, klanten bellen ons."),
    ("critical", "nl", "Het afrekenen is sinds vanochtend gestopt met werken."),
    ("critical", "nl", "De betaalmodule heeft de geest gegeven."),
    ("critical", "nl", "De kassa laat het afweten sinds de update."),
    ("critical", "no", "Kassen har sluttet å fungere."),
    ("critical", "no", "Betalingen har stoppet opp i nettbutikken."),
    ("critical", "no", "Kassen har gitt opp etter oppdateringen i natt."),
    # the site, shop or app as a whole
    ("critical", "en", "The site quit working this morning."),
    ("critical", "en", "Our webshop has just stopped loading, please help."),
    ("critical", "de", "Die Website hat aufgehört zu funktionieren."),
    ("critical", "de", "Unser Shop streikt, keiner kann etwas kaufen."),
    ("critical", "de", "Der Webshop hat in der Nacht den Geist aufgegeben."),
    ("critical", "de", "Die Website funktioniert nicht mehr seit gestern Abend."),
    ("critical", "de", "Die App hat aufgehört zu funktionieren."),
    ("critical", "nl", "De webshop doet niks meer."),
    ("critical", "nl", "Onze app is gestopt met werken."),
    ("critical", "nl", "Onze hele site is ermee opgehouden."),
    ("critical", "no", "Nettsiden har sluttet å virke."),
    ("critical", "no", "Nettbutikken har lagt seg ned."),
    ("critical", "no", "Nettbutikken vår har helt sluttet å fungere i dag."),
    ("critical", "no", "Hele nettsiden har tatt kvelden."),
    # the past tense, and a subject line without an article
    ("critical", "nl", "De kassa stopte gisteravond met werken en doet het nog steeds niet."),
    ("critical", "no", "Kassen sluttet å fungere i går kveld, og er fortsatt nede."),
    ("critical", "de", "Checkout streikt\n\nBitte helfen."),
    ("critical", "nl", "Kassa gestopt met werken\n\nGraag snel hulp."),
    ("critical", "en", "Website quit working\n\nPlease help."),
]  # fmt: skip

NEAR_MISSES = [
    # one form or feature that stopped: a function lost, not the checkout
    ("urgent", "en", "The contact form stopped working."),
    ("urgent", "de", "Das Kontaktformular hat aufgehört zu funktionieren."),
    ("urgent", "nl", "Het contactformulier is gestopt met werken."),
    ("urgent", "no", "Kontaktskjemaet har sluttet å fungere."),
    # the site named as where the broken form is
    ("urgent", "en", "The contact form on the site stopped working."),
    ("urgent", "de", "Das Kontaktformular auf der Website hat aufgehört zu funktionieren."),
    ("urgent", "de", "Die Suche der Website hat aufgehört zu funktionieren."),
    ("urgent", "nl", "Het contactformulier op de website is gestopt met werken."),
    ("urgent", "no", "Kontaktskjemaet på nettsiden har sluttet å virke."),
    # a plugin that stopped, the writer wants it removed (a lost function at most)
    ("urgent", "de", "Das Newsletter-Plugin hat aufgehört zu funktionieren, bitte entfernen "
                     "Sie es."),
    ("urgent", "nl", "De nieuwsbrief-plugin is gestopt met werken, kunnen jullie hem "
                     "verwijderen?"),
    # a question, a hypothetical
    ("standard", "en", "What happens if the checkout stops working?"),
    ("standard", "en", "What if our site stopped working at night, who would we call?"),
    ("standard", "de", "Was passiert, wenn der Checkout aufhört zu funktionieren?"),
    ("standard", "nl", "Wat gebeurt er als de kassa stopt met werken?"),
    ("standard", "no", "Hva skjer hvis kassen slutter å fungere?"),
    # over: it works again
    ("standard", "en", "The checkout stopped working for ten minutes yesterday, it's fine now."),
    ("low", "de", "Der Checkout hat gestern zehn Minuten lang aufgehört zu funktionieren, jetzt "
                  "geht es wieder."),
    ("low", "nl", "De kassa is gisteren tien minuten gestopt met werken, nu werkt alles weer."),
    ("low", "no", "Kassen sluttet å fungere i ti minutter i går, nå virker alt igjen."),
    # one device
    ("urgent", "en", "The site stopped working, but only on my phone."),
    ("urgent", "de", "Die Website hat nur auf meinem Handy aufgehört zu funktionieren."),
    ("urgent", "no", "Nettsiden har sluttet å virke, men bare på mobilen min."),
    ("urgent", "en", "The site stopped working on my phone, on the PC it's fine."),
    ("urgent", "de", "Die Website hat auf meinem Handy aufgehört zu funktionieren, am PC geht es."),
    ("urgent", "no", "Nettsiden har sluttet å virke på mobilen, på PC-en virker den."),
    ("standard", "nl", "De website doet niks meer op mijn telefoon, op de laptop wel."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
