"""The staff commands: ``drafts approve/edit/reject/escalate/resolve``,
``send --once`` and ``users add/list/disable/enable/passwd``.

The command line is trusted (whoever has a shell on the server can read the
database anyway): no sign-in, no roles; ``--as USER`` names who acted in the
audit log (default: the login name).  Roles are enforced by the web UI.
"""

from __future__ import annotations

import getpass
import sys

from mailbot.cli.shared import NotFoundError, _json, _open, _print_json, _table, _user, _who
from mailbot.clock import SystemClock
from mailbot.config import load_config
from mailbot.errors import MailbotError
from mailbot.store import cases as case_store
from mailbot.store.audit import audit
from mailbot.store.database import Store, upgrade
from mailbot.store.schema import USER_ROLES


def register(sub) -> None:
    drafts = sub.choices.get("drafts")
    if drafts is None or not hasattr(drafts, "actions"):
        raise RuntimeError("staff_cmds must be registered after store_cmds (it adds to `mailbot drafts`)")
    actions = drafts.actions

    approve = actions.add_parser("approve", help="approve a pending draft for sending")
    approve.add_argument("id", type=int)
    approve.add_argument("--subject", help="approve it with this subject instead")
    approve.add_argument("--body-file", metavar="FILE", help="approve it with this text instead ('-': stdin)")
    _who(approve)
    approve.set_defaults(handler=drafts_approve)

    edit = actions.add_parser("edit", help="save a new text for a pending draft (it stays pending)")
    edit.add_argument("id", type=int)
    edit.add_argument("--body-file", metavar="FILE", help="the new text (default: standard input)")
    edit.add_argument("--subject", help="a new subject")
    _who(edit)
    edit.set_defaults(handler=drafts_edit)

    reject = actions.add_parser("reject", help="reject a pending draft: it is never sent")
    reject.add_argument("id", type=int)
    reject.add_argument("--reason", required=True, help="why (kept in the audit log)")
    _who(reject)
    reject.set_defaults(handler=drafts_reject)

    escalate = actions.add_parser("escalate", help="hand a pending draft's case to a person")
    escalate.add_argument("id", type=int)
    escalate.add_argument("--note", default="", help="a note for the person")
    _who(escalate)
    escalate.set_defaults(handler=drafts_escalate)

    resolve = actions.add_parser("resolve", help="after checking the Sent folder, settle an interrupted "
                                                 "(sending) draft")
    resolve.add_argument("id", type=int)
    was = resolve.add_mutually_exclusive_group(required=True)
    was.add_argument("--sent", dest="was_sent", action="store_true", help="it is in the Sent folder: record it sent")
    was.add_argument("--resend", dest="was_sent", action="store_false", help="it is not: send it again")
    _who(resolve)
    resolve.set_defaults(handler=drafts_resolve)

    send = sub.add_parser("send", help="send the approved replies")
    send.add_argument("--once", action="store_true", required=True, help="one pass, then exit")
    send.set_defaults(handler=send_command)

    users = sub.add_parser("users", help="staff accounts of the web UI")
    user_actions = users.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = user_actions.add_parser("add", help="add an account (the password is read from the terminal, "
                                              "or from standard input)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=USER_ROLES)
    _who(add)
    add.set_defaults(handler=users_add)
    listing = user_actions.add_parser("list", help="every account")
    _json(listing)
    listing.set_defaults(handler=users_list)
    disable = user_actions.add_parser("disable", help="stop an account from signing in; its sessions end")
    disable.add_argument("name")
    _who(disable)
    disable.set_defaults(handler=users_disable)
    enable = user_actions.add_parser("enable", help="let a disabled account sign in again")
    enable.add_argument("name")
    _who(enable)
    enable.set_defaults(handler=users_enable)
    passwd = user_actions.add_parser("passwd", help="set an account's password (asked, or read from standard "
                                                    "input); its sessions end")
    passwd.add_argument("name")
    _who(passwd)
    passwd.set_defaults(handler=users_passwd)
    email = user_actions.add_parser("email", help="set the address where notices about the account's cases go "
                                                  "(an empty ADDRESS clears it)")
    email.add_argument("name")
    email.add_argument("address")
    _who(email)
    email.set_defaults(handler=users_email)


# -- drafts ------------------------------------------------------------------------------

def _read_text(path: str | None) -> str:
    try:
        if path and path != "-":
            with open(path, encoding="utf-8") as f:
                return f.read()
        if sys.stdin.isatty():
            print("type the new text; end with Ctrl-D on a line of its own", file=sys.stderr)
        return sys.stdin.read()
    except OSError as e:
        raise MailbotError(f"{path}: cannot read: {e.strerror}") from None
    except UnicodeDecodeError:
        raise MailbotError(f"{path or 'standard input'}: not UTF-8 text") from None


def _show(draft, what: str) -> int:
    print(f"draft {draft.id} of case {draft.case_id}: {what} ({draft.status})")
    return 0


def _actor(store: Store, args) -> str:
    """Who acts: ``--as NAME`` must be an active staff account (the audit log
    names people who can be asked); without it, the login name of the shell."""
    from mailbot.store.users import active_user_named

    if args.who:
        with store.connect() as conn:
            active_user_named(conn, args.who)
    return _user(args)


def _review(args, action, what: str, **kwargs) -> int:
    config, store = _open(args)
    try:
        draft = action(store, args.id, who=_actor(store, args), now=SystemClock().now(), **kwargs)
    finally:
        store.close()
    return _show(draft, what)


def _exists(args) -> None:
    _, store = _open(args)
    try:
        with store.connect() as conn:
            if case_store.get_draft(conn, args.id) is None:
                raise NotFoundError(f"draft {args.id}: no such draft")
    finally:
        store.close()


def drafts_approve(args) -> int:
    from mailbot.service.review import approve_draft

    _exists(args)
    body = _read_text(args.body_file) if args.body_file else None
    return _review(args, approve_draft, "approved" + (" as edited" if body or args.subject else ""),
                   subject=args.subject, body=body)


def drafts_edit(args) -> int:
    from mailbot.service.review import save_edit

    _exists(args)
    return _review(args, save_edit, "edit saved", body=_read_text(args.body_file), subject=args.subject)


def drafts_reject(args) -> int:
    from mailbot.service.review import reject_draft

    _exists(args)
    return _review(args, reject_draft, "rejected", reason=args.reason)


def drafts_escalate(args) -> int:
    from mailbot.service.review import escalate_draft

    _exists(args)
    return _review(args, escalate_draft, "handed to a person", note=args.note)


def drafts_resolve(args) -> int:
    from mailbot.service.send import resolve_interrupted

    _exists(args)
    return _review(args, resolve_interrupted, "recorded as sent" if args.was_sent else "queued to send again",
                   was_sent=args.was_sent)


# -- sending ------------------------------------------------------------------------------

def send_command(args) -> int:
    from mailbot.service.notices import notify
    from mailbot.service.send import send_approved

    config = load_config(args.config)
    upgrade(config.database_url)
    store = Store.open(config.database_url)
    try:
        report = send_approved(config, store, SystemClock())
        notices = notify(config, store, SystemClock())
    finally:
        store.close()
    print(report.summary())
    if notices.sent or notices.failed:
        print(notices.summary())
    for error in dict.fromkeys(report.errors):
        print(f"error: {error}")
    if report.interrupted:
        print("check these drafts in the Sent folder, then `mailbot drafts resolve ID --sent|--resend`: "
              + ", ".join(map(str, report.interrupted)))
    return 1 if report.failed or report.interrupted or report.errors else 0


# -- users ----------------------------------------------------------------------------------

def _read_password(name: str) -> str:
    """From the terminal (asked twice), or the first line of standard input."""
    if sys.stdin.isatty():
        first = getpass.getpass(f"password for {name}: ")
        if getpass.getpass("again: ") != first:
            raise MailbotError(f"user {name}: the two passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def users_add(args) -> int:
    from mailbot.store.users import add_user

    password = _read_password(args.name)
    config = load_config(args.config)
    upgrade(config.database_url)  # the first account is often the first thing made
    store = Store.open(config.database_url)
    now = SystemClock().now()
    try:
        with store.begin() as conn:
            user = add_user(conn, args.name, args.role, password, now)
            audit(conn, who=_user(args), action="user.add", object_type="user", object_id=user.name,
                  detail=f"role {user.role}", at=now)
    finally:
        store.close()
    print(f"user {user.name} added ({user.role})")
    return 0


def users_list(args) -> int:
    from mailbot.store.users import list_users

    _, store = _open(args)
    try:
        with store.connect() as conn:
            found = list_users(conn)
    finally:
        store.close()
    if args.json:
        _print_json(u.as_dict() for u in found)
        return 0
    _table([[u.name, u.role, "active" if u.active else "disabled", u.email or "", u.created_at.date().isoformat()]
            for u in found], ["NAME", "ROLE", "STATE", "EMAIL", "CREATED"])
    return 0


def _set_active(args, active: bool) -> int:
    from mailbot.store.users import set_active

    _, store = _open(args)
    now = SystemClock().now()
    try:
        with store.begin() as conn:
            user = set_active(conn, args.name, active, now)
            audit(conn, who=_user(args), action="user.enable" if active else "user.disable", object_type="user",
                  object_id=user.name, detail="" if active else "every session ended", at=now)
    finally:
        store.close()
    print(f"user {user.name} {'enabled' if active else 'disabled'}")
    return 0


def users_disable(args) -> int:
    return _set_active(args, False)


def users_enable(args) -> int:
    return _set_active(args, True)


def users_passwd(args) -> int:
    from mailbot.store.users import set_password

    password = _read_password(args.name)
    _, store = _open(args)
    now = SystemClock().now()
    try:
        with store.begin() as conn:
            user = set_password(conn, args.name, password, now)
            audit(conn, who=_user(args), action="user.password", object_type="user", object_id=user.name,
                  detail="password changed; every session ended", at=now)
    finally:
        store.close()
    print(f"user {user.name}: password changed; every session of the account has ended")
    return 0


def users_email(args) -> int:
    from mailbot.store.users import set_email

    _, store = _open(args)
    now = SystemClock().now()
    try:
        with store.begin() as conn:
            user = set_email(conn, args.name, args.address, now)
            audit(conn, who=_user(args), action="user.email", object_type="user", object_id=user.name,
                  detail=f"notices to {user.email or 'nobody (cleared)'}", at=now)
    finally:
        store.close()
    print(f"user {user.name}: notices go to {user.email or 'the brand escalation address (cleared)'}")
    return 0
