"""The admins' template editor through Flask's test client, on a real SQLite
store holding the triaged samples: the list, preview without saving, lint on
save, history, rollback, reset, CSRF and roles, the re-draft button of a case."""

from __future__ import annotations

import re

import pytest

from mailbot.service import templates as ts
from mailbot.store import cases as case_store
from mailbot.store.audit import audit_entries
from tests.helpers import DEFAULTS
from tests.webapp import MovingClock, admin, app, sign_in, store, text_of, token_of, triaged  # noqa: F401  (fixtures)

DENIED = "part_refund_denied.txt.j2"
SHIPPED = (DEFAULTS / "templates" / "_shared" / DENIED).read_text(encoding="utf-8")
EDIT_URL = f"/admin/templates/leadsoptima/{DENIED}"


def editor_text(page: str) -> str:
    return re.search(r'<textarea id="text" name="text"[^>]*>\n(.*?)</textarea>', page, re.S).group(1)


def preview_body(page: str) -> str:
    return re.search(r'<pre class="text" id="preview-body">(.*?)</pre>', page, re.S).group(1)


def post(client, url: str, **form):
    token = token_of(client.get(url if "/rollback" not in url and "/reset" not in url else EDIT_URL)
                     .get_data(as_text=True))
    return client.post(url, data={"csrf_token": token, **form})


def test_the_list_shows_every_reply_and_partial_per_brand_marking_edited_ones(admin, store):
    ts.save_template(store, store.config, "leadsoptima", DENIED, SHIPPED.replace("carefully", "closely"),
                     who="root", now=MovingClock().now())
    page = admin.get("/admin/templates").get_data(as_text=True)
    for brand in ("leadsoptima", "optima_webdesign"):
        for name in ("refund_denied.txt.j2", "need_info.txt.j2", "layout.txt.j2", DENIED, "part_ask_reason.txt.j2"):
            assert f'href="/admin/templates/{brand}/{name}"' in page
    rows = re.findall(r'<tr class="(overridden)?"><td data-label="Template"><a href="/admin/templates/([^"]+)"', page)
    assert [name for marked, name in rows if marked] == [f"leadsoptima/{DENIED}"]


def test_the_editor_lists_the_variables_and_previews_a_recent_case_without_saving(admin, store):
    page = text_of(admin.get(EDIT_URL))
    assert editor_text(page) == SHIPPED
    assert "<code>refund.clause</code>" in page and "<code>missing[].label</code>" in page
    assert re.search(r"Preview <span class=\"muted\">for case LO-\d+", page)  # a real recent case
    assert "carefully" in preview_body(page)

    response = post(admin, EDIT_URL, text=SHIPPED.replace("carefully", "most closely"), action="preview")
    page = text_of(response)
    assert response.status_code == 200 and "most closely" in preview_body(page)
    assert ts.stored_overrides(store).texts == {}  # a preview saves nothing


def test_a_save_with_an_unknown_variable_is_refused_and_the_text_kept(admin, store):
    broken = SHIPPED.replace("{{ refund.clause }}", "{{ clase }}")
    response = post(admin, EDIT_URL, text=broken, action="save")
    page = text_of(response)
    assert response.status_code == 422
    line = SHIPPED.splitlines().index('    "{{ refund.clause }}"') + 1
    assert f"line {line}: unknown variable 'clase' (did you mean 'refund.clause'?)" in page
    assert editor_text(page) == broken
    assert ts.stored_overrides(store).texts == {}


def test_save_history_rollback_and_reset(admin, store):
    for words in ("closely", "very closely"):
        response = post(admin, EDIT_URL, text=SHIPPED.replace("carefully", words), action="save")
        assert response.status_code == 302
    page = text_of(admin.get(EDIT_URL))
    assert "very closely" in editor_text(page) and "very closely" in preview_body(page)
    versions = [int(v) for v in re.findall(r'<li class="version" id="version-(\d+)">', page)]
    assert len(versions) == 2
    assert '-We have reviewed your request{{ " about " ~ refund.invoice if refund.invoice else "" }} closely' in page

    response = post(admin, f"{EDIT_URL}/rollback", version=str(versions[1]))
    assert response.status_code == 302
    page = text_of(admin.get(EDIT_URL))
    assert "closely" in editor_text(page) and "very closely" not in editor_text(page)
    assert "rollback by root" in page and f"back to version {versions[1]}" in page

    assert post(admin, f"{EDIT_URL}/reset").status_code == 302
    page = text_of(admin.get(EDIT_URL))
    assert editor_text(page) == SHIPPED and ts.stored_overrides(store).texts == {}
    with store.connect() as conn:
        actions = [e.action for e in audit_entries(conn, object_type="template")]
    assert actions == ["template.save", "template.save", "template.rollback", "template.reset"]


@pytest.mark.parametrize("path", ["/admin/templates", EDIT_URL])
def test_staff_get_403_and_strangers_sign_in(app, path):
    staff, nobody = app.test_client(), app.test_client()
    sign_in(staff, "alice")
    assert staff.get(path).status_code == 403
    token = token_of(staff.get("/queue").get_data(as_text=True))
    assert staff.post(EDIT_URL, data={"csrf_token": token, "text": "x", "action": "save"}).status_code == 403
    response = nobody.get(path)
    assert response.status_code == 302 and "/sign-in" in response.headers["Location"]


def test_a_post_without_the_csrf_token_is_refused(admin, store):
    assert admin.post(EDIT_URL, data={"text": SHIPPED + "x\n", "action": "save"}).status_code == 400
    assert admin.post(f"{EDIT_URL}/reset").status_code == 400
    assert ts.stored_overrides(store).texts == {}


def test_the_case_page_offers_re_drafting_and_it_applies_the_saved_template(app, store):
    with store.connect() as conn:
        draft = next(d for d in case_store.list_drafts(conn, status="pending")
                     if d.template == "leadsoptima/refund_denied")
    ts.save_template(store, store.config, "leadsoptima", DENIED, SHIPPED.replace("carefully", "with great care"),
                     who="root", now=MovingClock().now())
    staff = app.test_client()
    sign_in(staff, "alice")
    page = staff.get(f"/cases/{draft.case_id}").get_data(as_text=True)
    assert f'action="/cases/{draft.case_id}/redraft"' in page
    assert "with great care" not in page  # the pending draft kept its text
    response = staff.post(f"/cases/{draft.case_id}/redraft", data={"csrf_token": token_of(page)})
    assert response.status_code == 302
    page = text_of(staff.get(f"/cases/{draft.case_id}"))
    assert "with great care" in page
    with store.connect() as conn:
        assert case_store.get_draft(conn, draft.id).status == "pending"
        assert audit_entries(conn, object_type="draft", object_id=draft.id)[-1].action == "draft.redraft"
