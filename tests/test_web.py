"""The staff UI through Flask's test client, on a real SQLite store holding
the triaged samples: sign-in, sessions, CSRF, the pages, the actions, and what
a hostile email can and cannot do."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from flask import Flask

from mailbot.money import format_money
from mailbot.service.review import draft_version
from mailbot.store import cases as case_store
from mailbot.store.audit import audit_entries
from mailbot.web import CONTENT_SECURITY_POLICY, create_app
from mailbot.web.auth import MAX_FAILURES, admin_required
from tests.webapp import (
    HOSTILE_SUBJECT, PASSWORD, MovingClock, open_staff_store, sign_in, token_of, triaged_copy,
)


@pytest.fixture(scope="module")
def triaged(tmp_path_factory, triaged_template):
    return triaged_copy(triaged_template, tmp_path_factory.mktemp("web-project"))


@pytest.fixture
def clock():
    return MovingClock()


@pytest.fixture
def store(triaged, tmp_path):
    store = open_staff_store(triaged, tmp_path)
    yield store
    store.close()


@pytest.fixture
def app(store, clock) -> Flask:
    return create_app(store.config, store=store, clock=clock, testing=True)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def alice(client):
    response = sign_in(client, "alice")
    assert response.status_code == 302
    return client


def pending(store) -> list[case_store.StoredDraft]:
    with store.connect() as conn:
        return case_store.list_drafts(conn, status="pending")


def draft(store, draft_id) -> case_store.StoredDraft:
    with store.connect() as conn:
        return case_store.get_draft(conn, draft_id)


def case_with(store, outcome: str) -> case_store.StoredDraft:
    with store.connect() as conn:
        for d in case_store.list_drafts(conn, status="pending"):
            if case_store.get_case(conn, d.case_id).outcome == outcome:
                return d
    raise AssertionError(f"no pending draft with outcome {outcome}")


def page_token(client, case_id: int) -> str:
    return token_of(client.get(f"/cases/{case_id}").get_data(as_text=True))


def actions(store, action: str) -> list:
    with store.connect() as conn:
        return [e for e in audit_entries(conn) if e.action == action]


# -- signed out -------------------------------------------------------------------

def _url(app, rule) -> str:
    values = {arg: 1 for arg in rule.arguments}
    with app.test_request_context():
        from flask import url_for
        return url_for(rule.endpoint, **values)


def test_every_page_but_sign_in_redirects_to_sign_in_when_signed_out(app, client):
    pages = [rule for rule in app.url_map.iter_rules()
             if "GET" in rule.methods
             and rule.endpoint not in ("static", "auth.sign_in", "health.healthz", "health.metrics")]
    assert len(pages) >= 4
    for rule in pages:
        response = client.get(_url(app, rule))
        assert response.status_code == 302, rule.rule
        assert response.headers["Location"].startswith("/sign-in"), rule.rule
    assert client.get("/sign-in").status_code == 200
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/metrics").status_code == 200  # public, as exporters are (docs/deploy.md)
    assert client.get("/healthz").status_code in (200, 503)


def test_an_action_posted_while_signed_out_does_nothing(client, store):
    token = token_of(client.get("/sign-in").get_data(as_text=True))
    target = pending(store)[0]
    response = client.post(f"/drafts/{target.id}/approve", data={"csrf_token": token})
    assert response.status_code == 302 and response.headers["Location"].startswith("/sign-in")
    assert draft(store, target.id).status == "pending"


def test_sign_in_takes_you_back_to_the_page_asked_for_but_never_off_site(client):
    response = client.get("/cases/3")
    assert response.headers["Location"] == "/sign-in?next=/cases/3"
    token = token_of(client.get("/sign-in?next=/cases/3").get_data(as_text=True))
    response = client.post("/sign-in", data={"name": "alice", "password": PASSWORD, "csrf_token": token,
                                             "next": "/cases/3"})
    assert response.headers["Location"] == "/cases/3"
    client.post("/sign-out", data={"csrf_token": token_of(client.get("/cases/3").get_data(as_text=True))})
    for hostile in ("//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"):
        token = token_of(client.get("/sign-in").get_data(as_text=True))
        response = client.post("/sign-in", data={"name": "alice", "password": PASSWORD, "csrf_token": token,
                                                 "next": hostile})
        assert response.headers["Location"] == "/queue", hostile
        client.post("/sign-out", data={"csrf_token": token_of(client.get("/queue").get_data(as_text=True))})


# -- sign-in, sessions, cookies --------------------------------------------------------

def test_a_wrong_password_is_refused_and_written_to_the_audit_log(client, store):
    response = sign_in(client, "alice", "not the password")
    assert response.status_code == 401
    assert "Wrong name or password" in response.get_data(as_text=True)
    assert client.get("/queue").status_code == 302
    failed = actions(store, "sign_in_failed")
    assert len(failed) == 1 and failed[0].object_id == "alice"
    assert PASSWORD not in repr(audit_entries(store.engine.connect()))


def test_failed_sign_ins_are_limited_per_account_and_address(client, store, clock):
    for _ in range(MAX_FAILURES):
        assert sign_in(client, "alice", "guess guess guess").status_code == 401
    refused = sign_in(client, "alice")  # the right password, too late
    assert refused.status_code == 429
    assert "Too many failed sign-ins" in refused.get_data(as_text=True)
    assert client.get("/queue").status_code == 302
    # Another address, or another account, is not locked out.
    assert sign_in(client, "alice", environ_base={"REMOTE_ADDR": "10.0.0.9"}).status_code == 302
    client.post("/sign-out", data={"csrf_token": token_of(client.get("/queue").get_data(as_text=True))})
    assert sign_in(client, "root").status_code == 302
    client.post("/sign-out", data={"csrf_token": token_of(client.get("/queue").get_data(as_text=True))})
    # After the window the account may try again.
    clock.advance(minutes=16)
    assert sign_in(client, "alice").status_code == 302


def test_sign_out_ends_the_session(alice):
    token = token_of(alice.get("/queue").get_data(as_text=True))
    assert alice.post("/sign-out", data={"csrf_token": token}).status_code == 302
    assert alice.get("/queue").status_code == 302
    assert alice.get("/sign-out").status_code == 405  # signing out is a POST, with its token


def test_a_disabled_account_is_signed_out_at_its_next_click(alice, store, clock):
    from mailbot.store.users import disable_user

    assert alice.get("/queue").status_code == 200
    with store.begin() as conn:
        disable_user(conn, "alice", clock.now())
    assert alice.get("/queue").status_code == 302
    assert sign_in(alice, "alice").status_code == 401


def test_the_session_cookie_is_httponly_lax_and_secure_over_https(store, clock):
    for secure, base, expected in ((None, "http://localhost", False), (None, "https://localhost", True),
                                   (True, "https://localhost", True), (False, "https://localhost", False)):
        app = create_app(store.config, store=store, clock=clock, secure_cookies=secure)
        response = sign_in(app.test_client(), "alice", base_url=base)
        cookie = response.headers["Set-Cookie"]
        assert "mailbot_session=" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
        assert ("Secure" in cookie) is expected


def test_every_page_says_no_script_may_run(alice):
    for path in ("/queue", "/cases/1", "/history", "/sign-in"):
        headers = alice.get(path).headers
        assert headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
        assert "default-src 'self'" in CONTENT_SECURITY_POLICY and "script-src 'none'" in CONTENT_SECURITY_POLICY
        assert headers["X-Frame-Options"] == "DENY" and headers["X-Content-Type-Options"] == "nosniff"


# -- CSRF -------------------------------------------------------------------------------------

@pytest.mark.parametrize("action, data", [
    ("approve", {}), ("save", {"body": "changed"}), ("reject", {"reason": "no"}), ("escalate", {}),
])
def test_a_form_posted_without_its_csrf_token_is_refused(alice, store, action, data):
    target = pending(store)[0]
    assert alice.post(f"/drafts/{target.id}/{action}", data=data).status_code == 400
    assert alice.post(f"/drafts/{target.id}/{action}", data={**data, "csrf_token": "forged"}).status_code == 400
    assert draft(store, target.id).status == "pending"
    assert draft(store, target.id).body == target.body


def test_sign_in_and_sign_out_need_the_token_too(client, alice):
    assert client.post("/sign-in", data={"name": "alice", "password": PASSWORD}).status_code == 400
    assert alice.post("/sign-out").status_code == 400
    assert alice.get("/queue").status_code == 200


def test_the_token_of_one_session_does_not_work_in_another(app, alice, store):
    stolen = token_of(alice.get("/queue").get_data(as_text=True))
    other = app.test_client()
    sign_in(other, "root")
    target = pending(store)[0]
    assert other.post(f"/drafts/{target.id}/approve", data={"csrf_token": stolen}).status_code == 400
    assert draft(store, target.id).status == "pending"


# -- roles --------------------------------------------------------------------------------------

def test_staff_cannot_do_admin_only_actions(app, store):
    @app.route("/test-admin-only", methods=["GET", "POST"])
    @admin_required
    def admin_only():
        return "admin page"

    staff, admin, nobody = app.test_client(), app.test_client(), app.test_client()
    sign_in(staff, "alice")
    sign_in(admin, "root")
    assert staff.get("/test-admin-only").status_code == 403
    token = token_of(staff.get("/queue").get_data(as_text=True))
    assert staff.post("/test-admin-only", data={"csrf_token": token}).status_code == 403
    assert admin.get("/test-admin-only").get_data(as_text=True) == "admin page"
    assert nobody.get("/test-admin-only").status_code == 302
    # The admin pages another module adds, if any, refuse staff the same way.
    for rule in app.url_map.iter_rules():
        if rule.endpoint.startswith("admin.") and "GET" in rule.methods:
            assert staff.get(_url(app, rule)).status_code == 403, rule.rule


# -- the queue --------------------------------------------------------------------------------

class Links(HTMLParser):
    """Every tag with its attributes, and the case links of the queue."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    @property
    def cases(self) -> list[int]:
        return [int(a["href"].rsplit("/", 1)[1]) for t, a in self.tags
                if t == "a" and a.get("href", "").startswith("/cases/")]


def parsed(html: str) -> Links:
    links = Links()
    links.feed(html)
    return links


def test_the_queue_lists_every_pending_draft_oldest_request_first(alice, store):
    html = alice.get("/queue").get_data(as_text=True)
    listed = parsed(html).cases
    with store.connect() as conn:
        cases = {d.case_id: case_store.get_case(conn, d.case_id) for d in pending(store)}
    waiting = sorted(cases.values(), key=lambda c: (c.request_time or c.created_at, c.id))
    assert listed == [c.id for c in waiting]
    assert "overdue" in html and "INR" in html
    newest_first = parsed(alice.get("/queue?sort=request&dir=desc").get_data(as_text=True)).cases
    assert newest_first == list(reversed(listed))
    by_customer = parsed(alice.get("/queue?sort=customer").get_data(as_text=True)).cases
    assert [cases[c].customer for c in by_customer] == sorted(c.customer for c in cases.values())


def test_the_queue_filters_by_brand_outcome_and_overdue(alice, store, clock):
    with store.connect() as conn:
        brands = {d.case_id: case_store.get_case(conn, d.case_id).brand for d in pending(store)}
    only_lo = parsed(alice.get("/queue?brand=leadsoptima").get_data(as_text=True)).cases
    assert only_lo and set(only_lo) == {c for c, b in brands.items() if b == "leadsoptima"}
    denied = parsed(alice.get("/queue?outcome=deny").get_data(as_text=True)).cases
    with store.connect() as conn:
        assert denied and all(case_store.get_case(conn, c).outcome == "deny" for c in denied)
    late = set(parsed(alice.get("/queue?overdue=yes").get_data(as_text=True)).cases)
    on_time = set(parsed(alice.get("/queue?overdue=no").get_data(as_text=True)).cases)
    assert late and on_time and not late & on_time
    assert late | on_time == set(brands)


def test_the_queue_shows_fifty_a_page(alice, store, clock):
    template = pending(store)[0]
    with store.begin() as conn:
        for n in range(60):
            case_id, _ = case_store.open_case(conn, brand="leadsoptima", prefix="LO", customer=f"c{n}@example.in",
                                              subject="more", request_time=clock.now(), now=clock.now())
            case_store.add_draft(conn, case_id, decision_id=template.decision_id, template=template.template,
                                 subject=template.subject, body=template.body, to_address=template.to_address,
                                 in_reply_to=template.in_reply_to, message_id=f"<extra-{n}@test>", now=clock.now())
    total = len(pending(store))
    first = alice.get("/queue").get_data(as_text=True)
    second = alice.get("/queue?page=2").get_data(as_text=True)
    assert len(parsed(first).cases) == 50
    assert len(parsed(second).cases) == total - 50
    assert "page 1 of 2" in first and 'href="/queue?page=2' in first.replace("&amp;", "&")


# -- the case page --------------------------------------------------------------------------

def test_the_case_page_shows_emails_fields_decision_trace_and_draft(alice, store):
    target = case_with(store, "approve")
    with store.connect() as conn:
        case = case_store.get_case(conn, target.case_id)
        result = case_store.case_decisions(conn, target.case_id)[-1].result
    html = alice.get(f"/cases/{target.case_id}").get_data(as_text=True)
    from markupsafe import escape
    assert str(escape(case.reference)) in html and str(escape(case.customer)) in html
    for value in (v for v in case.fields.values() if v):
        assert str(escape(value)) in html
    for line in result["trace"]:
        assert str(escape(line.partition(": ")[2])) in html
    for decision in result["decisions"]:
        assert decision["payment_id"] in html
        assert format_money(decision["amount"], decision["currency"], "en_IN") in html  # as the reply writes it
    assert str(escape(target.body)).splitlines()[0] in html
    tags = parsed(html).tags
    assert ("textarea", {"id": "body", "name": "body", "rows": "18"}) in tags
    assert {a.get("action") for t, a in tags if t == "form"} >= {
        f"/drafts/{target.id}/approve", f"/drafts/{target.id}/reject", f"/drafts/{target.id}/escalate"}


def test_an_unknown_case_is_404(alice):
    assert alice.get("/cases/9999").status_code == 404


def test_a_hostile_email_renders_inert(alice, store):
    with store.connect() as conn:
        case = next(c for c in case_store.list_cases(conn) if c.subject == HOSTILE_SUBJECT)
    response = alice.get(f"/cases/{case.id}")
    html = response.get_data(as_text=True)
    tags = parsed(html).tags
    assert not [t for t, _ in tags if t in ("script", "img", "iframe", "object", "embed")]
    assert not [(t, name) for t, attrs in tags for name in attrs if name.startswith("on")]
    assert not [a for t, a in tags for v in a.values() if v and "javascript:" in v.lower()]
    # What the customer wrote is there, as text.
    assert "&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#39;typed&#39;)&lt;/script&gt;" in html
    assert "click to see my invoice" in html and "Please refund the duplicate." in html
    assert "alert(&#39;html&#39;)" not in html  # a script's code is not text the customer wrote
    assert "&lt;img src=x onerror=alert(&#39;file&#39;)&gt;.pdf" in html  # the attachment, listed
    assert "application/pdf" in html
    queue = alice.get("/queue").get_data(as_text=True)
    assert "<script>" not in queue and "&lt;script&gt;" in queue


# -- the actions --------------------------------------------------------------------------

def test_approve_as_drafted(alice, store):
    target = pending(store)[0]
    response = alice.post(f"/drafts/{target.id}/approve",
                          data={"csrf_token": page_token(alice, target.case_id), "subject": target.subject,
                                "body": target.body.replace("\n", "\r\n"),
                                "version": draft_version(target)})
    assert response.status_code == 302 and response.headers["Location"] == "/queue"
    done = draft(store, target.id)
    assert done.status == "approved" and done.reviewed_by == "alice" and done.body == target.body
    assert [e.object_id for e in actions(store, "draft.approve")] == [str(target.id)]
    assert "approved" in alice.get("/queue").get_data(as_text=True)


def test_approve_edited_sends_the_edit_and_a_subject_cannot_carry_headers(alice, store):
    target = pending(store)[0]
    body = "Hello,\r\n\r\nWe are sorry for the trouble: your refund is on its way.\r\n"
    response = alice.post(f"/drafts/{target.id}/approve",
                          data={"csrf_token": page_token(alice, target.case_id), "body": body,
                                "subject": target.subject + "\r\nBcc: thief@evil.example\nX-Evil: 1"})
    assert response.status_code == 302
    done = draft(store, target.id)
    assert done.status == "approved" and done.body == body.replace("\r\n", "\n")
    assert "\n" not in done.subject and "\r" not in done.subject and done.subject.startswith(target.subject)
    assert actions(store, "draft.approve_edited")


def test_save_edit_keeps_the_draft_waiting(alice, store):
    target = pending(store)[0]
    alice.post(f"/drafts/{target.id}/save", data={"csrf_token": page_token(alice, target.case_id),
                                                  "subject": target.subject, "body": "A better reply.\n"})
    saved = draft(store, target.id)
    assert saved.status == "pending" and saved.body == "A better reply.\n"
    assert "A better reply." in alice.get(f"/cases/{target.case_id}").get_data(as_text=True)
    assert actions(store, "draft.edit")[0].who == "alice"


def test_an_editor_opened_before_someone_else_saved_is_refused(alice, store, clock):
    target = pending(store)[0]
    token = page_token(alice, target.case_id)
    clock.advance(minutes=1)
    alice.post(f"/drafts/{target.id}/save", data={"csrf_token": token, "body": "First edit.\n"})
    response = alice.post(f"/drafts/{target.id}/approve",
                          data={"csrf_token": token, "body": "Stale editor.\n",
                                "version": draft_version(target)})
    assert response.status_code == 302 and response.headers["Location"] == f"/cases/{target.case_id}"
    assert draft(store, target.id).status == "pending" and draft(store, target.id).body == "First edit.\n"


def test_reject_needs_a_reason(alice, store):
    target = pending(store)[0]
    token = page_token(alice, target.case_id)
    alice.post(f"/drafts/{target.id}/reject", data={"csrf_token": token, "reason": "  "})
    assert draft(store, target.id).status == "pending"
    alice.post(f"/drafts/{target.id}/reject", data={"csrf_token": token, "reason": "wrong invoice quoted"})
    done = draft(store, target.id)
    assert done.status == "rejected" and done.reject_reason == "wrong invoice quoted" and done.reviewed_by == "alice"


def test_escalate_hands_the_case_to_a_person(alice, store):
    target = pending(store)[0]
    alice.post(f"/drafts/{target.id}/escalate", data={"csrf_token": page_token(alice, target.case_id),
                                                      "note": "legal should look"})
    assert draft(store, target.id).status == "escalated"
    assert "legal should look" in actions(store, "draft.escalate")[0].detail
    assert target.case_id not in parsed(alice.get("/queue").get_data(as_text=True)).cases


def test_a_draft_already_decided_cannot_be_acted_on_again(alice, store):
    target = pending(store)[0]
    token = page_token(alice, target.case_id)
    alice.post(f"/drafts/{target.id}/approve", data={"csrf_token": token})
    response = alice.post(f"/drafts/{target.id}/reject", data={"csrf_token": token, "reason": "too late"},
                          follow_redirects=True)
    assert draft(store, target.id).status == "approved"
    assert "only a pending draft" in response.get_data(as_text=True)
    assert alice.post("/drafts/9999/approve", data={"csrf_token": token}).status_code == 404


# -- history ---------------------------------------------------------------------------------

def test_history_shows_sent_replies_and_who_did_what(alice, store, clock):
    first, second = pending(store)[:2]
    token = page_token(alice, first.case_id)
    alice.post(f"/drafts/{first.id}/approve", data={"csrf_token": token})
    alice.post(f"/drafts/{second.id}/reject", data={"csrf_token": token, "reason": "customer wrote again"})
    with store.begin() as conn:
        assert case_store.claim_for_sending(conn, first.id, clock.now())
        assert case_store.mark_sent(conn, first.id, clock.now())
    html = alice.get("/history").get_data(as_text=True)
    assert "Sent replies" in html and first.to_address in html
    assert "approved the reply" in html and "rejected the draft" in html and "customer wrote again" in html
    assert "draft.approve" not in html and "draft approve" not in html  # words, not identifiers
    case_html = alice.get(f"/cases/{first.case_id}").get_data(as_text=True)
    assert "approved the reply" in case_html and "sent" in case_html


# -- the demo: the whole loop ------------------------------------------------------------

def test_each_demo_run_gets_its_own_account(store, clock):
    from mailbot.service.demo import demo_account
    from mailbot.store.users import authenticate

    first, second = demo_account(store, clock.now()), demo_account(store, clock.now())
    assert (first.name, second.name) == ("demo", "demo2") and first.password != second.password
    with store.connect() as conn:
        assert authenticate(conn, second.name, second.password).role == "staff"


@pytest.mark.integration
def test_the_demo_triages_serves_the_ui_and_prints_the_approved_reply(tmp_path):
    import http.cookiejar
    import queue as queues
    import re
    import shutil
    import signal
    import subprocess
    import sys
    import threading
    import urllib.parse
    import urllib.request

    from tests.conftest import missing_server
    from tests.helpers import EXAMPLES, DEFAULTS, ROOT

    try:
        import aiosmtpd  # noqa: F401
    except ImportError:
        missing_server("aiosmtpd")
    shutil.copytree(DEFAULTS / "config", tmp_path / "config")
    (tmp_path / "templates").symlink_to(DEFAULTS / "templates")
    (tmp_path / "examples").symlink_to(EXAMPLES)
    env = {k: v for k, v in __import__("os").environ.items() if k not in ("DATABASE_URL", "MAILBOT_CONFIG")}
    log = tmp_path / "demo.log"
    demo = subprocess.Popen([sys.executable, "-m", "mailbot", "--config", "config/mailbot.toml", "demo"],
                            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=log.open("w"), text=True)
    lines: queues.Queue[str] = queues.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in demo.stdout], daemon=True).start()

    def read_until(pattern: str) -> re.Match:
        while True:
            try:
                line = lines.get(timeout=120)
            except queues.Empty:
                raise AssertionError(f"the demo never printed {pattern!r}; its log ends: "
                                     f"{log.read_text()[-2000:]}") from None
            found = re.search(pattern, line)
            if found:
                return found

    try:
        account = read_until(r"sign in as '([^']+)' with password '([^']+)'")
        url = read_until(r"staff UI: (http://127\.0\.0\.1:\d+)/").group(1)
        browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

        def post(path: str, **form) -> str:
            data = urllib.parse.urlencode(form).encode()
            return browser.open(url + path, data=data, timeout=30).read().decode()

        token = token_of(browser.open(url + "/sign-in", timeout=30).read().decode())
        queue_html = post("/sign-in", name=account.group(1), password=account.group(2), csrf_token=token)
        case_link = re.search(r'href="(/cases/\d+)"', queue_html).group(1)
        case_html = browser.open(url + case_link, timeout=30).read().decode()
        approve = re.search(r'action="(/drafts/\d+/approve)"', case_html).group(1)
        subject = re.search(r'id="subject" name="subject" value="([^"]+)"', case_html).group(1)
        post(approve, csrf_token=token_of(case_html))
        read_until(r"--- reply 1 received by the demo SMTP server")
        reference = re.search(r"\[((?:LO|OWD)-\d+)\]$", subject).group(1)
        assert f"[{reference}]" in read_until(r"^Subject: ").string
        read_until(r"^In-Reply-To: <")
    finally:
        demo.send_signal(signal.SIGINT)
        code = demo.wait(timeout=60)
    assert code == 0


def test_an_interrupted_send_is_shown_and_staff_say_what_they_found(alice, store, clock):
    first, second = pending(store)[:2]
    token = page_token(alice, first.case_id)
    for target in (first, second):
        alice.post(f"/drafts/{target.id}/approve", data={"csrf_token": token})
        with store.begin() as conn:
            assert case_store.claim_for_sending(conn, target.id, clock.now())  # then the crash
    html = alice.get(f"/cases/{first.case_id}").get_data(as_text=True)
    assert "Sending was interrupted" in html and first.message_id.replace("<", "&lt;").replace(">", "&gt;") in html
    alice.post(f"/drafts/{first.id}/resolve", data={"csrf_token": token, "found": "yes"})
    alice.post(f"/drafts/{second.id}/resolve", data={"csrf_token": token, "found": "no"})
    assert draft(store, first.id).status == "sent" and draft(store, second.id).status == "approved"
    assert alice.post(f"/drafts/{first.id}/resolve", data={"csrf_token": token, "found": "maybe"}).status_code == 400


def test_only_admins_see_the_admin_links_each_once(app):
    staff, admin = app.test_client(), app.test_client()
    sign_in(staff, "alice")
    sign_in(admin, "root")
    has_admin = "admin" in app.blueprints
    for path in ("/queue", "/admin/settings", "/admin/preview"):
        links = [a.get("href") for t, a in parsed(admin.get(path).get_data(as_text=True)).tags if t == "a"]
        assert (links.count("/admin/settings") == 1) is has_admin
        assert links.count("/admin/preview") == (1 if has_admin else 0)
        assert len([h for h in links if h and h.startswith("/admin")]) == len(set(h for h in links
                                                                                 if h and h.startswith("/admin")))
    assert "/admin/" not in staff.get("/queue").get_data(as_text=True)


def test_mailbot_web_refuses_a_busy_port_in_one_line(app):
    import socket

    from mailbot.cli.web_cmds import is_loopback, serve
    from mailbot.errors import MailbotError

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        with pytest.raises(MailbotError, match=r"web: cannot listen on 127\.0\.0\.1:\d+"):
            serve(app, "127.0.0.1", busy.getsockname()[1])
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and not is_loopback("0.0.0.0")
