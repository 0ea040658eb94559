"""Realistic support mail for the benchmarks, generated from a seed.

    python bench/mailgen.py N [--seed 7] [--out DIR]    # writes N .eml files, prints their figures

What a support inbox of the two brands receives: each email 2-30 KB
(log-uniform over the whole message, median about 10 KB), about 7,000
characters of the customer's own text on average; ~50% text/plain, ~35%
multipart/alternative with an HTML copy (about 1.3 times the text), ~15%
multipart/mixed with a small PDF, CSV or PNG attachment; ~10% replies
(In-Reply-To, References, "Re:"), ~20% carry a quoted earlier email, some
have a Cc, non-ASCII names and subjects, 1-3 Received lines.

The customer's text is made of sentences about refunds, cancellations,
invoices, plans and projects, with order and invoice numbers, amounts,
dates and addresses, so that every part of triage has work to do.
"""

from __future__ import annotations

import argparse
import html
import json
import math
import random
import unicodedata
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Iterator

GIVEN = ["Aarav", "Sneha", "Chloé", "Dmitri", "Elif", "Fatima", "Gustav", "Haruto", "Ines", "Jürgen",
         "Kavya", "Lucía", "Mateusz", "Nadia", "Oluwaseun", "Pooja", "Rafael", "Søren", "Tomás", "Vikram",
         "Wiktoria", "Xiu", "Yusuf", "Zainab", "Ananya", "Björk", "Ciarán", "Dagný", "Émile", "Rohan"]
FAMILY = ["Sharma", "Iyer", "Lefèvre", "Petrov", "Yıldız", "Haddad", "Lindqvist", "Sato", "Ferreira",
          "Groß", "Nair", "Fernández", "Wiśniewski", "Rahman", "Adeyemi", "Reddy", "Costa", "Nørgaard",
          "Ó Briain", "Mehta", "Zieliński", "Chen", "Demir", "Bello", "Kapoor"]
DOMAINS = ["gmail.test", "outlook.test", "yahoo.test", "rediffmail.test", "agency-one.test",
           "shopfront.test", "proton.test", "clinic.test", "retail-hub.test", "school.test"]
COMPANIES = ["Kite Labs", "Bluebird Retail", "Northwind Traders", "Sahyadri Foods", "Peak Clinics",
             "Orbit Media"]
PLANS = ["Starter", "Growth", "Pro", "Agency", "Enterprise"]
SUBJECTS = [
    ("refund", ["Refund for invoice {inv}", "Please refund my {plan} payment", "Charged twice - refund please",
                "Refund request, order {order}", "Money back for the {plan} plan"]),
    ("cancel", ["Cancel my {plan} subscription", "Cancellation of account {acct}", "Stop the auto-renewal",
                "Please cancel the retainer for {project}", "Close my account"]),
    ("invoice", ["Wrong GST number on invoice {inv}", "Copy of invoice {inv}", "Invoice {inv} amount is wrong"]),
    ("billing", ["Unexpected charge of {amount}", "Card charged but plan not active", "Billing address change"]),
    ("project", ["Website project {project} delayed", "Deposit for {project}", "Hosting for {project}"]),
    ("login", ["Cannot log in to {acct}", "Password reset does not arrive", "Dashboard is not loading"]),
]
SENTENCES = [
    "I paid {amount} for the {plan} plan on {date}, invoice {inv}, and I would like that money back.",
    "The dashboard has not loaded for a week, so we have not been able to use the product at all.",
    "Please cancel the subscription on account {acct} at the end of this billing period.",
    "Our accountant says invoice {inv} shows the wrong GST number and the wrong company address.",
    "I was charged twice on {date}, {amount} each time, for the same month of service.",
    "We signed up for the website project {project} but the first draft is already three weeks late.",
    "The deposit for {project} was {amount}; since the work never started we expect a full refund.",
    "Could you confirm in writing once the refund has been processed and when it will reach my card?",
    "I registered with this email address, and my contract email is the same one.",
    "The reason for cancelling is simple: the tool is too expensive for a team of our size.",
    "I have written twice already about this and nobody has replied, which is disappointing.",
    "If this is not sorted out soon I will have to raise a dispute with my bank.",
    "Please do not renew the annual hosting for {project}; we are moving to our own server.",
    "My order number is {order} and the payment reference from the bank is {ref}.",
    "We only used the trial for two days before deciding it was not the right fit for us.",
    "The plan was upgraded to {plan} without our consent and the card was charged {amount}.",
    "I tried to cancel from the settings page but it shows an error and nothing happens.",
    "Kindly share the refund timeline, as this amount matters a lot to a small business like ours.",
    "Attached is the bank statement showing the charge from {date}.",
    "Thank you in advance, I appreciate a quick answer on this.",
]
CLOSINGS = [
    "Regards,\n{name}",
    "Thanks and regards,\n{name}\n{company}\nMobile: +91 98{phone}",
    "Best,\n{name}\n\nSent from my iPhone",
    "Warm regards,\n{name}\n--\n{company} | Accounts\nThis email and any files transmitted with it are "
    "confidential and intended solely for the addressee.",
]
MAILERS = ["Microsoft Outlook 16.0", "Apple Mail (2.3774)", "Thunderbird 128.3.1", "Gmail", None]


def _tokens(rng: random.Random, text: str) -> str:
    return text.format(
        amount=rng.choice(["Rs. ", "₹", "INR ", "$"]) + f"{rng.randint(199, 99000):,}",
        plan=rng.choice(PLANS), date=f"{rng.randint(1, 28)} {rng.choice(['Jan', 'Mar', 'July', 'Sept'])} 2025",
        inv=f"INV-2025-{rng.randint(1, 99999):05d}", order=rng.randint(100000, 999999),
        acct=f"LO-{rng.randint(1000, 99999)}", project=rng.choice(["Nova site", "Shop revamp", "Clinic portal"]),
        ref=f"UTR{rng.randint(10 ** 11, 10 ** 12 - 1)}")


def customer_text(rng: random.Random, size: int, name: str, company: str) -> str:
    """About ``size`` characters of what a customer writes, with a greeting and a closing."""
    paragraphs, length = [], 0
    while length < size:
        paragraph = " ".join(_tokens(rng, rng.choice(SENTENCES)) for _ in range(rng.randint(2, 6)))
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    greeting = rng.choice(["Hello,", "Hi team,", "Dear Support,", "Good afternoon,", "Hi,"])
    closing = rng.choice(CLOSINGS).format(name=name, company=company, phone=rng.randint(10 ** 7, 10 ** 8 - 1))
    text = greeting + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + closing + "\n"
    if rng.random() < 0.2:
        text += ("\nOn Tue, 4 Mar 2025 at 11:20, Support <support@leadsoptima.com> wrote:\n> "
                 + _tokens(rng, rng.choice(SENTENCES)) + "\n")
    return text


def html_copy(text: str) -> str:
    """The HTML alternative an email client writes for ``text``."""
    paragraphs = "\n".join(f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:Calibri">'
                           f'{html.escape(p).replace(chr(10), "<br>")}</span></p>' for p in text.split("\n\n"))
    return ('<html><head><meta charset="utf-8"><style>p.MsoNormal{margin:0;font-size:11pt}</style></head>'
            f'<body lang="EN-IN"><div class="WordSection1">\n{paragraphs}\n</div></body></html>')


def attachment(rng: random.Random) -> tuple[bytes, str, str, str]:
    kind = rng.choice(["pdf", "csv", "png"])
    size = rng.randint(1000, 8000)
    if kind == "pdf":
        body = bytes(rng.getrandbits(8) for _ in range(size))
        return b"%PDF-1.5\n" + body + b"\n%%EOF\n", "application", "pdf", f"invoice-{rng.randint(1, 99999)}.pdf"
    if kind == "csv":
        rows = ["date,description,amount"] + [f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d},"
                                              f"Charge {i},{rng.randint(1, 900)}.{rng.randint(0, 99):02d}"
                                              for i in range(size // 28)]
        return ("\n".join(rows) + "\n").encode(), "text", "csv", "statement.csv"
    return b"\x89PNG\r\n\x1a\n" + bytes(rng.getrandbits(8) for _ in range(size)), "image", "png", "screen.png"


def support_mail(rng: random.Random, i: int, to: str, start: datetime) -> tuple[bytes, datetime]:
    """One email: (raw bytes with CRLF line ends, its date)."""
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    name = f"{given} {family}"
    local = unicodedata.normalize("NFKD", f"{given}.{family}".lower()).encode("ascii", "ignore").decode()
    sender = local.replace(" ", "").replace("'", "") + "@" + rng.choice(DOMAINS)
    company = rng.choice(COMPANIES)
    topic, subjects = rng.choice(SUBJECTS)
    subject = _tokens(rng, rng.choice(subjects))
    if rng.random() < 0.05:
        subject = "Dringend: " + subject + " – bitte um Rückmeldung"
    reply = rng.random() < 0.10
    if reply:
        subject = "Re: " + subject
    total = int(math.exp(rng.uniform(math.log(2000), math.log(30000))))
    draw = rng.random()
    kind = "plain" if draw < 0.50 else "alternative" if draw < 0.85 else "mixed"

    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>"
    msg["To"] = f"Support <{to}>"
    if rng.random() < 0.1:
        msg["Cc"] = f"{rng.choice(GIVEN)} <accounts@{sender.split('@')[1]}>"
    msg["Subject"] = subject
    when = start + timedelta(seconds=37 * i + rng.randint(0, 30))
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<bench.{i}.{rng.getrandbits(48):012x}@{sender.split('@')[1]}>"
    if reply:
        earlier = f"<reply.{rng.getrandbits(40):010x}@leadsoptima.com>"
        msg["In-Reply-To"] = earlier
        msg["References"] = earlier
    mailer = rng.choice(MAILERS)
    if mailer:
        msg["X-Mailer"] = mailer
    if rng.random() < 0.05:
        msg["Importance"] = "high"

    budget = total - 900  # headers and the Received chain
    extra = None
    if kind == "alternative":
        budget = int(budget / 2.3)
    elif kind == "mixed":
        extra = attachment(rng)
        budget = max(300, int((budget - len(extra[0]) * 4 // 3) / 2.3))
    text = customer_text(rng, max(300, budget), name, company)
    msg.set_content(text)
    if kind != "plain":
        msg.add_alternative(html_copy(text), subtype="html")
    if extra is not None:
        data, maintype, subtype, filename = extra
        msg.make_mixed()
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    hops = "".join(
        f"Received: from mx{h}.{sender.split('@')[1]} ([198.51.100.{rng.randint(1, 254)}])\r\n"
        f"\tby imap.leadsoptima.test with ESMTPS id {rng.getrandbits(40):010X}\r\n"
        f"\tfor <{to}>; {format_datetime(when)}\r\n" for h in range(rng.randint(1, 3)))
    return hops.encode() + msg.as_bytes(policy=msg.policy.clone(linesep="\r\n")), when


def support_mailbox(count: int, seed: int = 7, to: str = "support@leadsoptima.com") -> Iterator[tuple[bytes, datetime]]:
    """``count`` emails, the same for the same seed."""
    rng = random.Random(seed)
    start = datetime(2025, 3, 1, 8, 0, tzinfo=timezone.utc)
    for i in range(count):
        yield support_mail(rng, i, to, start)


def figures(emails: list[bytes]) -> dict:
    """Sizes, the kind mix and the customer's own text of a list of emails."""
    from email import message_from_bytes, policy

    sizes = sorted(map(len, emails))
    kinds = {"text/plain": 0, "multipart/alternative": 0, "multipart/mixed": 0}
    text = replies = 0
    for raw in emails:
        msg = message_from_bytes(raw, policy=policy.default)
        kinds[msg.get_content_type()] = kinds.get(msg.get_content_type(), 0) + 1
        body = msg.get_body(("plain",))
        text += len(body.get_content()) if body is not None else 0
        replies += msg["In-Reply-To"] is not None
    n = len(emails)
    return {"emails": n, "MB": round(sum(sizes) / 1e6, 2), "median_KB": round(sizes[n // 2] / 1000, 1),
            "min_KB": round(sizes[0] / 1000, 1), "max_KB": round(sizes[-1] / 1000, 1),
            "mix": {k: round(v / n, 3) for k, v in kinds.items()}, "replies": round(replies / n, 3),
            "customer_chars_avg": round(text / n)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, help="folder to write the .eml files to")
    args = parser.parse_args()
    emails = [raw for raw, _ in support_mailbox(args.count, args.seed)]
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for i, raw in enumerate(emails):
            (args.out / f"{i:06d}.eml").write_bytes(raw)
    print(json.dumps(figures(emails)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
