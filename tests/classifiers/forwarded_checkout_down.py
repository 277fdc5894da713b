"""A customer's "the checkout is down, nobody can pay", forwarded in each language, and the
forwarder's small talk that runs their own text past a bare forward: the mails both forward
tests (tests/classifiers/test_a_forward*.py) build on."""

_EN = (
    "\n\n---------- Forwarded message ----------\nFrom: Anna <anna@example.com>\n"
    "Date: Mon, 3 Mar 2025\nSubject: Checkout\n\n"
    "Hi, the checkout is down, nobody can pay, we lose orders.\n"
)
_DE = (
    "\n\n---------- Weitergeleitete Nachricht ----------\nVon: Anna <anna@example.com>\n"
    "Betreff: Kasse\n\nHallo, der Checkout ist kaputt, niemand kann bezahlen.\n"
)
_NL = (
    "\n\n---------- Doorgestuurd bericht ----------\nVan: Anna <anna@example.com>\n"
    "Onderwerp: Kassa\n\nHallo, de checkout werkt niet, niemand kan betalen.\n"
)
_NO = (
    "\n\n---------- Videresendt melding ----------\nFra: Anna <anna@example.com>\n"
    "Emne: Kasse\n\nHei, kassen er nede, ingen kan betale.\n"
)
# the forwarder's own text runs past the 25 words of a bare "please look at this" forward
_CHAT_EN = (
    " Hope you all had a nice weekend, the weather here was lovely and we finally went to the "
    "coast with the kids for two days.\n\nBest, Tom"
)
_CHAT_DE = (
    " Ich hoffe, ihr hattet ein schönes Wochenende, das Wetter war herrlich und wir waren "
    "endlich mit den Kindern zwei Tage an der Küste.\n\nGruß, Tom"
)
_CHAT_NL = (
    " Ik hoop dat jullie een fijn weekend hadden, het weer was heerlijk en we zijn eindelijk "
    "twee dagen met de kinderen naar de kust geweest.\n\nGroet, Tom"
)
_CHAT_NO = (
    " Håper dere hadde en fin helg, været var nydelig og vi var endelig to dager på kysten med "
    "barna.\n\nHilsen Tom"
)
