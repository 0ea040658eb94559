"""How fast ``mailbot.reading.parse.parse_message`` reads email.

Prints messages/s and µs/message over a generated set of typical ~3 KB
support emails (plain, multipart/alternative, HTML-only, quoted replies,
RFC 2047 headers) and over the raw messages of the test corpora (tests/data/corpora).

    python bench/parse_bench.py [--count 2000] [--corpora tests/data/corpora]

The pipeline target is 2,000 messages/s on one core, so parsing should stay
at about 150 µs or less for a typical message.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from pathlib import Path

from mailbot.errors import MessageError
from mailbot.reading.parse import parse_message

WORDS = (
    "please refund my subscription invoice payment charged twice cancel account "
    "plan monthly annual access login failed website project contract thanks "
    "hello team regards order billing error duplicate yesterday week month"
).split()


def _paragraph(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    lines, line = [], []
    for word in text.split():
        line.append(word)
        if sum(len(w) + 1 for w in line) > 68:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def _headers(rng: random.Random, index: int, content_type: str) -> str:
    subject = rng.choice(
        [
            "Refund request for invoice INV-%d" % index,
            "=?UTF-8?B?UsO8Y2tlcnN0YXR0dW5nIGJpdHRl?= %d" % index,
            "Re: =?iso-8859-1?Q?Annulation_de_l'abonnement?=",
            "Cancel my plan please",
        ]
    )
    return (
        f"Return-Path: <customer{index}@example.com>\n"
        f"Delivered-To: support@leadsoptima.example\n"
        f"Received: from mx.example.com (mx.example.com [192.0.2.{index % 250}])\n"
        f"\tby mail.leadsoptima.example with ESMTPS id {index:08x}\n"
        f"\tfor <support@leadsoptima.example>; Mon, 3 Jun 2024 10:{index % 60:02d}:00 +0000\n"
        f'From: "=?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?=" <customer{index}@example.com>\n'
        f"To: LeadsOptima Support <support@leadsoptima.example>\n"
        f"Cc: billing@leadsoptima.example\n"
        f"Subject: {subject}\n"
        f"Date: Mon, 3 Jun 2024 10:{index % 60:02d}:00 +0200\n"
        f"Message-ID: <{index}.{rng.randrange(10**9)}@mail.example.com>\n"
        f"In-Reply-To: <prev{index}@leadsoptima.example>\n"
        f"References: <first{index}@leadsoptima.example> <prev{index}@leadsoptima.example>\n"
        f"MIME-Version: 1.0\n"
        f"{content_type}\n"
    )


def generated_messages(count: int, seed: int = 7) -> list[bytes]:
    rng = random.Random(seed)
    messages = []
    for index in range(count):
        body = _paragraph(rng, 60) + "\n\n" + _paragraph(rng, 40) + "\n\nThanks,\nJurgen\n"
        quote = "\n".join("> " + line for line in _paragraph(rng, 120).split("\n"))
        reply = f"{body}\nOn Sun, 2 Jun 2024 at 09:00, Support <support@leadsoptima.example> wrote:\n{quote}\n"
        kind = index % 4
        if kind == 0:
            raw = _headers(rng, index, 'Content-Type: text/plain; charset="utf-8"') + "\n" + reply
        elif kind == 1:
            html = "<html><body><p>" + body.replace("\n\n", "</p><p>") + "</p></body></html>"
            raw = (
                _headers(rng, index, 'Content-Type: multipart/alternative; boundary="b1"')
                + "\n--b1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                + reply
                + "\n--b1\nContent-Type: text/html; charset=utf-8\n\n"
                + html
                + "\n--b1--\n"
            )
        elif kind == 2:
            html = "<div>" + reply.replace("\n", "<br>\n") + "</div>"
            raw = _headers(rng, index, "Content-Type: text/html; charset=utf-8") + "\n" + html
        else:
            raw = (
                _headers(rng, index, 'Content-Type: multipart/mixed; boundary="m1"')
                + "\n--m1\nContent-Type: text/plain; charset=iso-8859-1\n\n"
                + body
                + "\n--m1\nContent-Type: application/pdf; name=invoice.pdf\n"
                "Content-Disposition: attachment; filename=invoice.pdf\n"
                "Content-Transfer-Encoding: base64\n\n"
                + "JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K\n" * 8
                + "--m1--\n"
            )
        messages.append(raw.encode("utf-8"))
    return messages


def measure(label: str, messages: list[bytes], repeat: int = 3) -> None:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        for raw in messages:
            try:
                parse_message(raw, "bench")
            except MessageError:
                pass
        runs.append(time.perf_counter() - started)
    best = min(runs)
    size = statistics.mean(len(m) for m in messages)
    print(
        f"{label:<28} {len(messages):>6} msgs  avg {size / 1024:7.1f} KB  "
        f"{len(messages) / best:9.0f} msgs/s  {best / len(messages) * 1e6:9.1f} µs/msg"
    )


def corpus_messages(root: Path) -> list[bytes]:
    manifest = json.loads((root / "MANIFEST.json").read_text())
    return [(root / e["path"]).read_bytes() for e in manifest if e["kind"] == "raw"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--corpora", type=Path, default=Path(__file__).resolve().parents[1] / "tests" / "data" / "corpora")
    args = parser.parse_args()
    generated = generated_messages(args.count)
    measure("generated (~3 KB)", generated)
    for kind, name in enumerate(("plain reply", "alternative", "html only", "mixed+pdf")):
        measure(f"  {name}", generated[kind::4])
    if (args.corpora / "MANIFEST.json").exists():
        corpus = corpus_messages(args.corpora)
        measure("corpora (all raw)", corpus, repeat=1)
        small = [m for m in corpus if len(m) < 20_000]
        measure("corpora (< 20 KB)", small)


if __name__ == "__main__":
    main()
