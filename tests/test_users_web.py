"""The admin page for users, through Flask's test client on a real SQLite
store: add, disable, enable, new password; staff cannot; no password kept."""

from __future__ import annotations

from mailbot.store.audit import audit_entries
from tests.webapp import PASSWORD, app, sign_in, store, token_of, triaged  # noqa: F401  (fixtures)

NEW = "bobs first password"
RESET = "bobs second password"


def post(client, path, **data):
    token = token_of(client.get("/admin/users/").get_data(as_text=True))
    return client.post(path, data={"csrf_token": token, **data})


def test_an_admin_adds_disables_enables_and_resets_a_user(app, store):
    root, bob = app.test_client(), app.test_client()
    assert sign_in(root, "root").status_code == 302
    assert post(root, "/admin/users/add", name="bob", role="staff", password=NEW).status_code == 302
    assert "bob" in root.get("/admin/users/").get_data(as_text=True)
    assert sign_in(bob, "bob", NEW).status_code == 302 and bob.get("/queue").status_code == 200

    post(root, "/admin/users/bob/active", active="0")
    assert bob.get("/queue").status_code == 302  # signed out at the next click
    assert sign_in(bob, "bob", NEW).status_code == 401
    post(root, "/admin/users/bob/active", active="1")
    assert sign_in(bob, "bob", NEW).status_code == 302

    post(root, "/admin/users/bob/password", password="short")
    assert "too short" in root.get("/admin/users/").get_data(as_text=True)
    post(root, "/admin/users/bob/password", password=RESET)
    other = app.test_client()
    assert sign_in(other, "bob", NEW).status_code == 401
    assert sign_in(other, "bob", RESET).status_code == 302

    post(root, "/admin/users/bob/email", email="not an address")
    assert "is not an email address" in root.get("/admin/users/").get_data(as_text=True)
    post(root, "/admin/users/bob/email", email="Bob@Example.COM")
    assert 'value="bob@example.com"' in root.get("/admin/users/").get_data(as_text=True)
    post(root, "/admin/users/bob/email", email="")
    assert 'value="bob@example.com"' not in root.get("/admin/users/").get_data(as_text=True)

    post(root, "/admin/users/root/active", active="0")
    assert "cannot disable your own account" in root.get("/admin/users/").get_data(as_text=True)
    with store.connect() as conn:
        entries = audit_entries(conn, object_type="user")
    assert [e.action for e in entries if e.object_id == "bob" and e.action.startswith("user.")] == [
        "user.add", "user.disable", "user.enable", "user.passwd", "user.email", "user.email"]
    assert all(e.who == "root" for e in entries if e.object_id == "bob" and e.action.startswith("user."))
    assert not [e for e in entries if NEW in e.detail or RESET in e.detail]


def test_staff_cannot_manage_users(app):
    alice = app.test_client()
    sign_in(alice, "alice", PASSWORD)
    assert alice.get("/admin/users/").status_code == 403
    token = token_of(alice.get("/queue").get_data(as_text=True))
    assert alice.post("/admin/users/add", data={"csrf_token": token, "name": "eve", "role": "admin",
                                                "password": NEW}).status_code == 403
    assert 'href="/admin/users/"' not in alice.get("/queue").get_data(as_text=True)
