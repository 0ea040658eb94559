"""``mailbot web``: the staff UI on this machine; and the demo's loop.

``mailbot web`` serves the UI with werkzeug's threaded server, which is right
for one office on localhost or behind a proxy; in production the ``Procfile``
runs it under gunicorn.  On a non-local address the session cookie is marked
Secure, so the UI must be reached over HTTPS (or ``MAILBOT_SECURE_COOKIES=0``).
"""

from __future__ import annotations

import logging

from mailbot.clock import Clock, SystemClock
from mailbot.config import Config, load_config
from mailbot.store.database import Store

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def register(sub) -> None:
    web = sub.add_parser("web", help="the staff web UI (review, edit, approve, reject drafts)")
    web.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default {DEFAULT_HOST})")
    web.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    web.set_defaults(handler=web_command)


def is_loopback(host: str) -> bool:
    return host in LOOPBACK or host.startswith("127.")


def web_command(args) -> int:
    from mailbot.web import create_app

    from mailbot.logs import configure_logging

    config = load_config(args.config)
    configure_logging(config.log_format)
    store = Store.open(config.database_url)
    try:
        local = is_loopback(args.host)
        if not local:
            log.warning("serving on %s: put HTTPS in front of it (the session cookie is Secure over HTTPS; "
                        "set [web] trusted_proxies for a reverse proxy)", args.host)
        serve(create_app(config, store=store), args.host, args.port)
    finally:
        store.close()
    return 0


def serve(app, host: str, port: int, *, fallback: bool = False) -> None:
    """Serve ``app`` until Ctrl-C; with ``fallback``, a busy port gives way to a free one."""
    from werkzeug.serving import make_server

    try:
        server = make_server(host, port, app, threaded=True)
    except (OSError, SystemExit) as e:  # werkzeug prints why and exits when the port is taken
        if not fallback:
            from mailbot.errors import MailbotError

            why = e.strerror if isinstance(e, OSError) else "address in use or not available"
            raise MailbotError(f"web: cannot listen on {host}:{port}: {why}") from None
        server = make_server(host, 0, app, threaded=True)
    print(f"staff UI: http://{host}:{server.server_port}/   (Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def demo_ui(config: Config, clock: Clock | None = None, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> int:
    """The rest of ``mailbot demo``: a printing SMTP server, a demo account,
    the send job every few seconds, and the staff UI, until Ctrl-C."""
    from mailbot.service.demo import SEND_EVERY_SECONDS, DemoMailSink, SendLoop, demo_account, demo_config
    from mailbot.web import create_app

    clock = clock or SystemClock()
    store = Store.open(config.database_url)
    sink = DemoMailSink().start()
    sender = None
    try:
        config = demo_config(config, sink.port)
        account = demo_account(store, clock.now())
        sender = SendLoop(config, store, clock).start()
        print(f"\ndemo SMTP server: 127.0.0.1:{sink.port}; every reply it receives is printed here")
        print(f"send job: every {SEND_EVERY_SECONDS:g} seconds")
        print(f"sign in as {account.name!r} with password {account.password!r}\n", flush=True)
        serve(create_app(config, store=store, clock=clock, secure_cookies=False), host, port, fallback=True)
    finally:
        if sender is not None:
            sender.stop()
        sink.stop()
        store.close()
    return 0
