"""The admins' pages of the staff UI, through Flask's test client on a real
SQLite store holding the triaged samples: template preview and settings."""

from __future__ import annotations

import re

import pytest

from mailbot.web import create_app
from tests.webapp import MovingClock, admin, app, sign_in, store, text_of, triaged  # noqa: F401  (fixtures)

SECRET = "imap-secret-value-never-shown"


def stored_cases(store) -> list[tuple[int, str, str]]:
    from mailbot.store import cases as case_store

    with store.connect() as conn:
        return [(c.id, c.brand, c.reference) for c in case_store.list_cases(conn)]


def test_admin_pages_are_registered_under_admin(app):
    rules = {r.rule for r in app.url_map.iter_rules() if r.endpoint.startswith("admin.")}
    assert {"/admin/", "/admin/preview", "/admin/settings"} <= rules


@pytest.mark.parametrize("path", ["/admin/", "/admin/preview", "/admin/settings"])
def test_staff_get_403_and_strangers_sign_in(app, path):
    staff, nobody = app.test_client(), app.test_client()
    sign_in(staff, "alice")
    assert staff.get(path).status_code == 403
    response = nobody.get(path)
    assert response.status_code == 302 and "/sign-in" in response.headers["Location"]


def test_preview_with_a_sample_case(admin):
    response = admin.get("/admin/preview?brand=optima_webdesign&template=refund_denied")
    assert response.status_code == 200
    page = text_of(response)
    assert "optima_webdesign/refund_denied" in page and "sample: refund denied" in page
    assert "Billing & Refunds Desk — Optima WebDesign" in page


def test_preview_against_a_recent_stored_case_says_which_reply_the_worker_would_use(admin, store):
    from mailbot.store import cases as case_store

    with store.connect() as conn:
        draft = next(d for d in case_store.list_drafts(conn) if d.template.startswith("leadsoptima/")
                     and d.template != "leadsoptima/need_info")
        case = case_store.get_case(conn, draft.case_id)
    response = admin.get(f"/admin/preview?brand=leadsoptima&template=need_info&case={case.id}")
    page = text_of(response)
    assert str(case.id) in re.findall(r'<option value="(\d+)"', page)  # the recent cases are offered
    assert response.status_code == 200 and f"leadsoptima/need_info for case {case.reference}" in \
        re.sub(r"<[^>]+>", "", page)
    assert f"The worker would answer this case with {draft.template.split('/')[1]}" in re.sub(r"<[^>]+>", "", page)


def test_preview_of_the_template_the_case_calls_for_matches_the_stored_draft(admin, store):
    from mailbot.store import cases as case_store

    with store.connect() as conn:
        draft = next(d for d in case_store.list_drafts(conn) if d.template.startswith("leadsoptima/"))
        case = case_store.get_case(conn, draft.case_id)
    name = draft.template.split("/")[1]
    page = text_of(admin.get(f"/admin/preview?brand=leadsoptima&template={name}&case={case.id}"))
    assert draft.subject in page
    assert draft.body.strip().splitlines()[0] in page


def test_template_problem_is_one_line_on_the_page(admin, store):
    case_id = next(c[0] for c in stored_cases(store) if c[1] == "leadsoptima")
    response = admin.get(f"/admin/preview?brand=optima_webdesign&template=need_info&case={case_id}")
    assert response.status_code == 422
    assert "belongs to brand leadsoptima, not optima_webdesign" in text_of(response)
    response = admin.get("/admin/preview?brand=leadsoptima&template=nope")
    assert response.status_code == 422 and "unknown template 'nope'" in text_of(response)
    response = admin.get("/admin/preview?brand=leadsoptima&template=need_info&case=99999")
    assert response.status_code == 422 and "case 99999: no such case" in text_of(response)


def test_settings_page_shows_values_and_secrets_only_as_set_or_unset(admin, monkeypatch):
    monkeypatch.setenv("MAILBOT_SECRET_KEY", "session-signing-secret")
    page = text_of(admin.get("/admin/settings"))
    assert "refund_window_days" in page and "Asia/Kolkata" in page and "LeadsOptima Support Team" in page
    assert "local-demo" in page and "brand optima_webdesign" in page
    assert re.search(r"MAILBOT_SECRET_KEY</dt><dd><span class=\"status approved\">set", page)
    assert "session-signing-secret" not in page


def test_password_env_is_shown_by_name_and_state_never_by_value(app, store, monkeypatch, tmp_path):
    import dataclasses

    from mailbot.config.app import Mailbox

    imap = Mailbox(name="imap-lo", brand="leadsoptima", host="imap.example.com", port=993, security="ssl",
                   username="support@leadsoptima.com", password_env="LO_IMAP_PASSWORD", folder="INBOX",
                   poll_seconds=60, idle=False, move_to="", batch_size=100, max_bytes=1024 * 1024, maildir="",
                   sent_folder="Sent")
    config = dataclasses.replace(store.config, mailboxes=[*store.config.mailboxes, imap],
                                 database_url="postgresql://mailbot:db-password-never-shown@db.example/mailbot")
    app = create_app(config, store=store, clock=MovingClock(), testing=True)
    client = app.test_client()
    sign_in(client, "root")
    monkeypatch.delenv("LO_IMAP_PASSWORD", raising=False)
    page = text_of(client.get("/admin/settings"))
    assert re.search(r"<code>LO_IMAP_PASSWORD</code> <span class=\"status rejected\">unset", page)
    assert "LO_IMAP_PASSWORD is not set" in page  # config check's warning, listed on the page
    monkeypatch.setenv("LO_IMAP_PASSWORD", SECRET)
    page = text_of(client.get("/admin/settings"))
    assert re.search(r"<code>LO_IMAP_PASSWORD</code> <span class=\"status approved\">set", page)
    assert SECRET not in page
    assert "db-password-never-shown" not in page and "postgresql://mailbot:***@db.example/mailbot" in page


def test_admin_pages_are_read_only(app, admin):
    for rule in app.url_map.iter_rules():
        if rule.endpoint.startswith("admin."):
            assert rule.methods <= {"GET", "HEAD", "OPTIONS"}, rule.rule
    assert admin.post("/admin/settings").status_code in (400, 403, 405)
