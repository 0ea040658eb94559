"""The one-pass pattern engine on realistic customer text (~7,000 characters an email).

    python bench/engine_bench.py [--count 300]

Prints, per email:

1. the set pass alone (``re2.Set``) with the English and Hindi packs, then with all six
   shipped packs: the cost must not grow with the number of languages;
2. the same patterns run one ``re`` search each (how extraction used to work), for the ratio;
3. Hyperscan on the same patterns, when the ``hyperscan`` package is installed (it is not a
   dependency: ``pip install hyperscan`` to compare), with how many patterns it refuses;
4. ``Extractor.extract`` end to end (language identification, one pass, positions for hits).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mailbot.config import load_config  # noqa: E402
from mailbot.models import InboundMessage  # noqa: E402
from mailbot.reading.patterns import relax, to_re2  # noqa: E402
from mailbot.reading.extract import Extractor  # noqa: E402
from mailbot.reading.languages import load_packs, pack_dirs  # noqa: E402

CONFIG = ROOT / "mailbot" / "defaults" / "config" / "mailbot.toml"
WORDS = ("we have been using the platform for our sales team since march and the onboarding went well but the "
         "reports page has been slow and our manager asked me to look at other options for the next quarter as "
         "the budget is under review please note that our accounts team needs the invoice copy for the records "
         "and we also want to understand how the seats are counted when a member leaves the company").split()


def customer_text(rng: random.Random, size: int = 7000) -> str:
    parts = ["Hi team,\n\n"]
    length = 0
    while length < size:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))).capitalize() + ". "
        parts.append(sentence + ("\n\n" if rng.random() < 0.15 else ""))
        length += len(sentence)
    parts.append("\n\nI was charged twice this month, invoice LO-INV-20931, please refund the duplicate.\n\n"
                 "Regards,\nAsha")
    return "".join(parts)


def per_email(fn, texts, repeat=1) -> float:
    started = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            fn(text)
    return (time.perf_counter() - started) / (len(texts) * repeat) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(7)
    texts = [customer_text(rng) for _ in range(args.count)]
    lows = [t.lower() for t in texts]
    print(f"{len(texts)} emails, mean {sum(map(len, texts)) // len(texts):,} characters of customer text")

    config = load_config(CONFIG)
    brand = config.brands["leadsoptima"]
    packs = load_packs(pack_dirs(CONFIG))
    for languages in (("en", "hi"), tuple(packs)):
        brand.languages = languages
        extractor = Extractor(brand, packs=packs)
        engine = extractor.patterns.main
        us = per_email(engine.scan, lows)
        print(f"RE2 set pass, {len(languages)} languages, {len(engine.patterns)} patterns: {us:,.0f} µs/email")

    compiled = []
    for p in engine.patterns:
        try:
            compiled.append(re.compile(p))
        except re.error:
            pass
    us = per_email(lambda t: [c.search(t) for c in compiled], lows[:50])
    print(f"python re, one search per pattern ({len(compiled)} patterns): {us:,.0f} µs/email")

    try:
        import hyperscan
    except ImportError:
        print("hyperscan: not installed (pip install hyperscan to compare)")
    else:
        accepted = []
        for p in engine.patterns:
            flags = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_UCP | hyperscan.HS_FLAG_SINGLEMATCH
            try:
                db = hyperscan.Database()
                db.compile(expressions=[relax(to_re2(p)).encode()], flags=[flags])
                accepted.append(relax(to_re2(p)).encode())
            except Exception:
                continue
        db = hyperscan.Database()
        db.compile(expressions=accepted, ids=list(range(len(accepted))), flags=[flags] * len(accepted))
        encoded = [t.encode() for t in lows]

        def scan(data):
            db.scan(data, match_event_handler=lambda *a: None)

        us = per_email(scan, encoded)
        print(f"hyperscan, {len(accepted)} of {len(engine.patterns)} patterns accepted: {us:,.0f} µs/email")

    messages = [InboundMessage(sender="asha@example.in", sender_name="Asha", recipients=("support@leadsoptima.com",),
                               subject="Charged twice", date=None, message_id=None, in_reply_to=None, references=(),
                               text=t, new_text=t) for t in texts]
    extractor.extract(messages[0])
    started = time.perf_counter()
    for msg in messages:
        extractor.extract(msg)
    us = (time.perf_counter() - started) / len(messages) * 1e6
    print(f"Extractor.extract end to end, 6 languages: {us:,.0f} µs/email")


if __name__ == "__main__":
    main()
