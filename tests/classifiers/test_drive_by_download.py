"""The site that hands every visitor a program is malware planted on it, a breach: "every
visitor gets a download of a file called invoice.exe when opening our homepage", "Jeder
Besucher bekommt eine Datei rechnung.exe heruntergeladen", "Iedere bezoeker krijgt een bestand
factuur.exe gedownload", "Alle som åpner forsiden får lastet ned faktura.exe"
(`neutral.cx_drive_by_download`).

Session 14 found these by writing outage reports of its own: at 50d8bb8 all five paraphrases
below were low (no rule knew a program file). A program offered for download on purpose ("put
our setup.exe on the downloads page") names no visitor who gets it unasked, and stays low.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "en", "Every visitor gets a download of a file called invoice.exe when "
                       "opening our homepage."),
    ("critical", "en", "When customers open our shop, a file update.apk downloads "
                       "automatically on their phones."),
    ("critical", "de", "Jeder Besucher bekommt beim Öffnen der Startseite eine Datei "
                       "rechnung.exe heruntergeladen."),
    ("critical", "nl", "Iedere bezoeker krijgt bij het openen van de homepage een bestand "
                       "factuur.exe gedownload."),
    ("critical", "no", "Alle som åpner forsiden får lastet ned en fil som heter faktura.exe."),
]  # fmt: skip

NEAR_MISSES = [
    ("low", "en", "Could you put our setup.exe on the downloads page so customers can install "
                  "the printer driver?"),
    ("low", "de", "Könnt ihr die neue Version setup.exe im Downloadbereich ersetzen? Alle Kunden"
                  " sollen sie herunterladen können."),
    ("low", "nl", "Kunnen jullie de installer.msi op de downloadpagina zetten? Iedereen moet "
                  "hem kunnen downloaden."),
    ("low", "no", "Kan dere legge ut den nye installer.exe på nedlastingssiden, slik at alle "
                  "kan laste ned?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
