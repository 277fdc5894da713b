"""Synthetic texts shared by bench/classify_speed.py and bench/classify_equivalence.py.

`repeated_5kb()`: what the throughput benchmarks send (bench/imap_drain.py's make_message:
one complaint sentence repeated to 5 KB). `varied_5kb()`: a long mail as a customer writes
one (several different paragraphs, a question, a past outage, a signature), about 5 KB.
"""

from __future__ import annotations

from classifiers.model import MessageText

_LINE = "Since this morning the contact form on our website does not send anything.\n"

_VARIED = """\
Hello support team,

I hope you are well. I am writing on behalf of Bakkerij Jansen because we have had a number
of problems with the website over the past few days and I would like to put everything in one
mail, so you have the full picture before you start looking into it.

First, and most important: since this morning the contact form on our website does not send
anything. Customers fill it in, press the button, see the thank-you page, but nothing arrives
in our mailbox. We only noticed because a customer called us to ask why we never answered.
We tried it ourselves from the office and from home, on a phone and on a laptop, and the
result is the same every time. The spam folder is empty as well. This matters a lot to us,
because the form is how most of our catering orders come in, and the weekend is our busiest
time of the week.

Second, the shop. Yesterday afternoon a few customers told us that the checkout was very
slow. It took almost a minute before the payment page appeared, and one customer said she
got an error message that said "Something went wrong, please try again later". She tried
again and then it worked. I do not know if this is related to the contact form, but I wanted
to mention it. Today the checkout seems fine, at least when I try it myself.

Third, a smaller thing: the opening hours on the contact page are still the winter hours.
Could you change them to the summer hours? From the first of June we are open from 07:00 to
18:00 on weekdays and from 08:00 to 16:00 on Saturdays. On Sundays we are closed, except for
the first Sunday of the month, when we open from 10:00 to 14:00. It would also be nice if the
map on that page showed the new entrance at the back of the building, but that is not urgent.

Last month the site was down twice for about an hour, and your colleague told us then that it
was a problem at the hosting company. Is there anything we can do to prevent that? Would it
help to move to a bigger hosting package? We would like to know what it costs and what the
difference would be for us. What happens if the site goes down again during the weekend, is
there someone we can call?

We also have a question about the newsletter. We would like to send a newsletter to our
customers once a month with the new bread of the month and the seasonal cakes. Is that
something you can set up for us, and can the sign-up be added to the footer of every page?
We do not want to send it to people who did not ask for it, of course.

And one more thing: my colleague Anneke cannot log in to the admin any more. She says the
password reset mail never arrives. The rest of us can log in without any problem, so it may
be something with her account. Her address is anneke@bakkerij-jansen.example.

For the contact form: if you need access to our mailbox settings or the DNS, please let me
know and I will ask our IT person to send the details. He is available on Monday and Tuesday.
I have attached two screenshots: one of the form after pressing the button, and one of the
error message in the checkout that the customer sent us.

Thank you very much in advance for looking into this. We are very happy with the website in
general, and the customers like the new photos a lot.

Kind regards,

Marieke de Vries
Bakkerij Jansen
Marktstraat 12
5611 AB Eindhoven
Tel. +31 40 123 45 67
www.bakkerij-jansen.example

This e-mail and any attachments are confidential and intended solely for the addressee. If
you have received this e-mail in error, please notify the sender and delete it. Bakkerij
Jansen accepts no liability for damage caused by the contents of this message or its
attachments.
"""


def repeated_5kb() -> MessageText:
    body = (_LINE * (5000 // len(_LINE) + 1))[:4700]
    return MessageText(subject="Website problem number 17 3f9a2c", body=body)


def varied_5kb() -> MessageText:
    body = _VARIED
    while len(body) < 5000:  # pad with the closing paragraphs' words, before the signature
        body = body.replace("Kind regards,", "We hope to hear from you soon.\n\nKind regards,", 1)
    return MessageText(subject="Several problems with our website", body=body)
