"""Make docs/screenshots/ from the live demo: the Review queue, a case page and
the Escalated queue, as a new staff member sees them.

    python tools/screenshots.py [--out docs/screenshots]

It copies the shipped configuration into a temporary folder, runs the live
demo (sample dates moved to now), escalates one case and gives it an owner,
serves the staff UI on 127.0.0.1 and drives Chromium (Playwright, Debian's
``chromium`` found on PATH or in ``$MAILBOT_CHROMIUM``) to sign in and take
the pictures.  Nothing is sent anywhere.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mailbot.clock import SystemClock  # noqa: E402
from mailbot.config import PACKAGE_ROOT, load_config  # noqa: E402
from mailbot.service import review  # noqa: E402
from mailbot.service.casework import assign_case  # noqa: E402
from mailbot.service.demo import run_demo  # noqa: E402
from mailbot.store import cases as case_store  # noqa: E402
from mailbot.store import users as user_store  # noqa: E402
from mailbot.store.database import Store  # noqa: E402
from mailbot.web import create_app  # noqa: E402

PASSWORD = "screenshots only 42"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def chromium() -> str:
    found = os.environ.get("MAILBOT_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        raise SystemExit("screenshots: chromium not found (install Debian's chromium or set MAILBOT_CHROMIUM)")
    return found


def demo_project(folder: Path):
    defaults = PACKAGE_ROOT
    shutil.copytree(defaults / "config", folder / "config")
    (folder / "templates").symlink_to(defaults / "templates")
    (folder / "examples").symlink_to(defaults / "examples")
    config = load_config(folder / "config" / "mailbot.toml")
    clock = SystemClock()
    run_demo(config, clock, live=True)
    store = Store.open(config.database_url)
    now = clock.now()
    with store.begin() as conn:
        user_store.add_user(conn, "asha", "staff", PASSWORD, now)
        user_store.add_user(conn, "ravi", "admin", PASSWORD, now)
        pending = case_store.list_drafts(conn, status="pending")
        chosen = next((d for d in pending if d.template.endswith("refund_escalated")), pending[0])
    review.escalate_draft(store, chosen.id, who="asha", now=now, note="chargeback threatened: accounts should call")
    assign_case(store, chosen.case_id, owner="ravi", who="asha", now=now)
    return config, store, clock


def shoot(out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright
    from werkzeug.serving import make_server

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        config, store, clock = demo_project(Path(temp))
        app = create_app(config, store=store, clock=clock, secure_cookies=False)
        server = make_server("127.0.0.1", 0, app, threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_port}"
        made = []
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=chromium(), headless=True, args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.goto(url + "/sign-in")
                page.fill("#name", "asha")
                page.fill("#password", PASSWORD)
                page.click("button:has-text('Sign in')")
                page.wait_for_selector("h1:has-text('Drafts waiting for review')")
                made.append(_save(page, out / "queue.png"))
                page.click("table.queue tbody tr:first-child a")
                page.wait_for_selector("textarea#body")
                made.append(_save(page, out / "case.png"))
                page.click("#nav-escalated")
                page.wait_for_selector("h1:has-text('Escalated cases')")
                made.append(_save(page, out / "escalated.png"))
                browser.close()
        finally:
            server.shutdown()
            store.close()
    return made


def _save(page, path: Path) -> Path:
    page.screenshot(path=str(path), full_page=False)
    print(f"screenshots: {path}")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"), help="folder for the PNG files")
    args = parser.parse_args(argv)
    shoot(Path(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
