"""HTML-only mail becomes the text a reader sees: source line breaks are layout, not text."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

from classifiers import MessageText, classify, load_rules
from ingest.parse import html_to_text, parse_email


def test_a_sentence_wrapped_by_the_sending_client_stays_one_line() -> None:
    markup = "<html><body><p>Our shop is\n   down since\r\n9 this morning.</p></body></html>"
    assert html_to_text(markup).strip() == "Our shop is down since 9 this morning."


def test_paragraphs_and_line_breaks_still_separate_lines() -> None:
    markup = "<p>Hello,</p>\n<p>first line<br>\nsecond line</p><div>Regards</div>"
    lines = [line for line in html_to_text(markup).split("\n") if line]
    assert lines == ["Hello,", "first line", "second line", "Regards"]


def test_scripts_styles_and_entities() -> None:
    markup = "<style>p{color:red}</style><p>Caf&eacute; &amp; bar</p><script>x()</script>"
    assert html_to_text(markup).strip() == "Café & bar"


def test_wrapped_html_only_outage_is_classified_as_the_sentence_it_is() -> None:
    msg = EmailMessage()
    msg["From"] = "Ines <ines@bakery.example>"
    msg["To"] = "support@agency.example"
    msg["Subject"] = "webshop"
    msg.set_content(
        "<html><body><p>Since this morning nobody can\npay in our webshop, every\n"
        "customer gets an error at the last step.</p></body></html>",
        subtype="html",
    )
    inbound = parse_email(msg.as_bytes(policy=SMTP))
    assert "nobody can pay in our webshop" in inbound.text
    verdict = classify(MessageText(subject=inbound.subject, body=inbound.text), load_rules())
    assert verdict.severity == "critical"
