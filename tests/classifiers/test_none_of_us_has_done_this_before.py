"""A how-to question whose "none of us" is said of what nobody here has done before or so far
("Ingen av oss har gjort dette før: hvordan legger vi til en ny bruker?", "None of us did this
before, so how do we add a new user?", "Keiner von uns hat das schon mal gemacht", "Niemand van
ons heeft dit eerder gedaan"), or a question whose "none of us" is said of what none of them
has or knows ("Niemand von uns hat das Passwort für das Redakteurskonto"), is no intruder: no
level above what the question is. "None of us" is an intruder's sign (`<lang>.nobody_made_it`,
`en.intruder_signs` "none of us did", the none-of-us rules of a plugin or administrator) when it
denies an action the site shows: an administrator created, a login, a plugin installed, a post
published.

95a5bd4 added "none of us did this" in Dutch, German and Norwegian to `<lang>.nobody_made_it`;
beside the "ingen"/"keiner"/"niemand" scope word (`<lang>.outage_scope_all`) it was critical on
how-to questions. The none-of-us match in a clause of what nobody here has done before (before,
so far, never, "schon mal", "bisher", "eerder", "nog nooit", "før", "hittil") is forgotten in a
mail that asks how to do it, or asks the agency to show or take it over, and tells of nothing
that appeared or was made; German "keiner von uns hat das" needs the participle of a deed
("... gemacht", "... angelegt", "... geändert"). The commit's own cases
(tests/classifiers/test_a_login_alert_from_an_unknown_place.py) stay critical.
"""

from __future__ import annotations

from tests.classifiers.conftest import family_tests

PARAPHRASES = [
    # an action the site shows, which none of us made
    ("critical", "en", 'The site mailed us that a new administrator "wp_support2" was created '
                       "last night. None of us made it. What should we do?"),
    ("critical", "de", 'Die Seite hat gemeldet, dass ein neuer Administrator "wp_support2" '
                       "angelegt wurde. Keiner von uns hat das gemacht. Was sollen wir tun?"),
    ("critical", "nl", 'De site meldde dat er een nieuwe beheerder "wp_support2" is aangemaakt. '
                       "Niemand van ons heeft dat gedaan. Wat moeten we doen?"),
    ("critical", "no", 'Nettstedet varslet at en ny administrator "wp_support2" ble opprettet i '
                       "natt. Ingen av oss har gjort dette. Hva gjør vi?"),
    ("critical", "en", "Someone logged into our admin last night from abroad. None of us did "
                       "this."),
    ("critical", "no", "Noen har logget inn i admin fra utlandet i natt. Ingen av oss har gjort "
                       "det."),
    ("critical", "de", 'Im Backend ist ein Plugin "wp-cache-helper", das keiner von uns '
                       "installiert hat."),
    ("critical", "nl", 'In de backend staat een plugin "wp-cache-helper" die niemand van ons '
                       "heeft geïnstalleerd."),
    # a time nobody did it in, beside what appeared: still an intruder's
    ("critical", "en", "A new administrator account appeared overnight. None of us has created an "
                       "admin account in years, so this is not ours."),
    ("critical", "de", "Über Nacht ist ein neuer Administrator aufgetaucht. Keiner von uns hat "
                       "seit Jahren einen Admin angelegt."),
    ("critical", "nl", "Er staat ineens een nieuwe beheerder in de backend. Niemand van ons heeft "
                       "in jaren een beheerder aangemaakt."),
    ("critical", "no", "Det har dukket opp en ny administrator i natt. Ingen av oss har opprettet "
                       "en administrator på flere år."),
]  # fmt: skip

NEAR_MISSES = [
    # none of us has done it before: a how-to question
    ("low", "no", "Ingen av oss har gjort dette før: hvordan legger vi til en ny bruker?"),
    ("low", "no", "Ingen av oss har gjort det før, kan dere hjelpe oss å oppdatere alle "
                  "utvidelsene?"),
    ("low", "no", "Ingen av oss har installert en utvidelse før. Kan dere vise oss hvordan?"),
    ("low", "en", "None of us did this before, so how do we add a new user to the website?"),
    ("standard", "en", "None of us did a site migration before. Can you help us move the website "
                       "to the new host?"),
    ("low", "en", "None of us has installed a plugin before. Can you show us how to install one?"),
    ("low", "en", "The plugin updates: none of us did them so far. Can you take that over?"),
    ("low", "de", "Keiner von uns hat das schon mal gemacht: wie legen wir einen neuen Benutzer "
                  "an?"),
    ("low", "de", "Keiner von uns hat bisher ein Plugin installiert. Können Sie uns zeigen, wie "
                  "das geht?"),
    ("low", "nl", "Niemand van ons heeft dit eerder gedaan: hoe voegen we een nieuwe gebruiker "
                  "toe?"),
    ("low", "nl", "Niemand van ons heeft dat gedaan eerder, hoe maken we een nieuwe gebruiker "
                  "aan?"),
    ("low", "nl", "Niemand van ons heeft ooit eerder een plugin geïnstalleerd. Kunnen jullie "
                  "laten zien hoe dat moet?"),
    # none of us has, knows, remembers: a question
    ("standard", "en", "None of us can remember the password for the editor account, how do we "
                       "reset it?"),
    ("standard", "de", "Niemand von uns hat das Passwort für das Redakteurskonto, wie setzen wir "
                       "es zurück?"),
    ("standard", "de", "Keiner von uns hat das Passwort für das Redakteurskonto noch im Kopf. Wie "
                       "setzen wir es zurück?"),
    ("standard", "nl", "Niemand van ons weet het wachtwoord van het redacteursaccount nog, hoe "
                       "zetten we het terug?"),
    ("low", "no", "Ingen av oss husker passordet til redaktørkontoen, hvordan tilbakestiller vi "
                  "det?"),
    # a login alert explained as our own new temp, then the how-to question
    ("standard", "en", "We got a login alert from an unknown device, that was our new temp. None "
                       "of us did this before: how do we give her an editor account?"),
    ("standard", "de", "Wir bekamen eine Warnung über eine Anmeldung von einem unbekannten Gerät, "
                       "das war unsere neue Aushilfe. Keiner von uns hat das bisher gemacht: wie "
                       "legen wir für sie einen Benutzer an?"),
    ("low", "nl", "We kregen een melding over een inlog vanaf een onbekend apparaat, dat was onze "
                  "nieuwe invalkracht. Niemand van ons heeft dat eerder gedaan: hoe maken we een "
                  "account voor haar aan?"),
    ("low", "no", "Vi fikk et varsel om innlogging fra en ukjent enhet, men det var vår nye "
                  "vikar. Ingen av oss har gjort dette før: hvordan legger vi til en ny bruker "
                  "for henne?"),
]  # fmt: skip

test_paraphrase_is_classified_at_its_level, test_near_miss_stays_at_its_level = family_tests(
    PARAPHRASES, NEAR_MISSES
)
