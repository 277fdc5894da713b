"""A script said to read along, skim or steal the card number that is no skimmer at work on
the site, and the skimmer told in a split verb or a passive.

`<lang>.card_data_read_along_near` (since 1162026) read every "script ... reads along / skims /
steals ... card number" as a card skimmer, and no step could lower it: a wish for such a
script ("We'd like a script that reads along the card number as it is typed and shows the
Visa logo"), a question how it works, a newsletter about skimming attacks, a scan that found
none ("Scan complete: 0 scripts skimming card data found"), the provider's own script that
turns the card into a token, a field's focus ("the script steals the focus from the card
number field"), a test script or a screen reader were critical. The rule is demotable now,
and `classifiers/steps/skimmer.py` forgets its matches in such sentences.

A skimmer told with the card data inside a German split verb ("Ein Skript greift im Checkout
die Kartendaten ab", `de.card_data_read_along_apart_near`) or in a passive ("kaartgegevens
worden door een script uitgelezen", "Kortnumrene blir stjålet av et script", "The card
numbers are intercepted by a script") is a skimmer (critical).
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    ("critical", "de", "Ein Skript greift im Checkout die Kartendaten ab."),
    ("critical", "de", "Ein fremdes Skript greift im Checkout die Kartendaten ab."),
    ("critical", "de", "Kartendaten werden von einem fremden Skript abgegriffen."),
    ("critical", "nl", "kaartgegevens worden door een vreemd script uitgelezen."),
    ("critical", "nl", "Mijn neef zegt dat de kaartgegevens door een script worden uitgelezen. "
                       "Geen haast."),
    ("critical", "no", "Kortnumrene blir stjålet av et script i kassen. Ingen hast."),
    ("critical", "no", "Kortdataene blir lest av et script på betalingssiden."),
    ("critical", "en", "The card numbers are intercepted by a script on our payment page. "
                       "No rush."),
    # still told beside a request to look, or found by a scanner
    ("critical", "en", "Our security scanner found a script on the checkout that skims the card "
                       "data."),
    ("critical", "en", "Can you check? A script on our checkout reads along the card numbers."),
    ("critical", "nl", "Kunnen jullie kijken, er staat een script op de betaalpagina dat de "
                       "kaartnummers meeleest."),
]  # fmt: skip

NEAR_MISSES = [
    # a wish
    ("low", "en", "We'd like a script that reads along the card number as it is typed and "
                  "shows the Visa logo."),
    ("low", "de", "Wir hätten gern ein Skript, das die Kartennummer beim Tippen mitliest und "
                  "das Visa-Logo zeigt."),
    ("low", "nl", "We willen graag een script dat het kaartnummer meeleest tijdens het typen "
                  "en het Visa-logo toont."),
    ("low", "no", "Vi ønsker et script som leser med kortnummeret mens det skrives og viser "
                  "Visa-logoen."),
    # a question how it works
    ("standard", "en", "How does a script that reads along the card number actually work?"),
    ("low", "de", "Wie funktioniert ein Skript, das die Kartennummer mitliest?"),
    ("standard", "nl", "Hoe werkt een script dat het kaartnummer meeleest?"),
    ("low", "no", "Hvordan fungerer et script som leser med kortnummeret?"),
    # a newsletter
    ("standard", "en", "In this month's newsletter: how attackers use scripts that skim card "
                       "data from checkout pages."),
    ("standard", "de", "Im Newsletter dieses Monats: wie Angreifer Skripte nutzen, die "
                       "Kartendaten auf Bezahlseiten abgreifen."),
    ("standard", "nl", "In de nieuwsbrief van deze maand: hoe aanvallers scripts gebruiken die "
                       "kaartgegevens onderscheppen."),
    ("low", "no", "I månedens nyhetsbrev: hvordan angripere bruker script som stjeler kortdata "
                  "fra betalingssider."),
    # a scan that found none
    ("standard", "en", "Scan complete: 0 scripts skimming card data found."),
    ("standard", "de", "Scan abgeschlossen: 0 Skripte gefunden, die Kartendaten abgreifen."),
    ("standard", "nl", "Scan voltooid: 0 scripts gevonden die kaartgegevens onderscheppen."),
    ("standard", "no", "Skanning fullført: 0 script funnet som stjeler kortdata."),
    # the provider's own script, a token
    ("standard", "en", "Stripe's script intercepts the card number in the iframe and turns it "
                       "into a token — is that safe?"),
    ("standard", "de", "Das Skript von Stripe fängt die Kartennummer im iframe ab und wandelt "
                       "sie in ein Token um – ist das sicher?"),
    ("standard", "nl", "Het script van Mollie onderschept het kaartnummer in de iframe en zet "
                       "het om in een token, is dat veilig?"),
    ("standard", "no", "Stripe sitt script fanger opp kortnummeret i iframen og gjør det om til "
                       "et token, er det trygt?"),
    # a field's focus
    ("standard", "en", "The script steals the focus from the card number field."),
    ("standard", "de", "Das Skript stiehlt dem Kartennummernfeld den Fokus."),
    ("standard", "nl", "Het script steelt de focus van het kaartnummerveld."),
    ("standard", "no", "Scriptet stjeler fokus fra kortnummerfeltet."),
    # a test script, a screen reader
    ("standard", "en", "Our test script reads along the card number to fill the field."),
    ("standard", "en", "Our screen reader script reads along the card number field aloud."),
    ("standard", "de", "Unser Testskript liest die Kartennummer mit, um das Feld auszufüllen."),
    ("standard", "nl", "Ons testscript leest het kaartnummer mee om het veld in te vullen."),
    ("standard", "no", "Testscriptet vårt leser med kortnummeret for å fylle ut feltet."),
    # over and fixed
    ("low", "en", "Last month a script skimmed the card numbers on our checkout; that was fixed "
                  "and removed."),
    ("low", "de", "Letzten Monat hat ein Skript die Kartendaten abgegriffen; das wurde behoben "
                  "und entfernt."),
    ("low", "nl", "Vorige maand las een script de kaartnummers mee; dat is opgelost en "
                  "verwijderd."),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
