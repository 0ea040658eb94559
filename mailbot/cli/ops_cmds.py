"""Operating commands: ``init [DIR]`` (a configuration folder to edit)."""

from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    init = sub.add_parser("init", help="write a configuration folder to edit: mailbot.toml, brands/, templates/")
    init.add_argument("folder", nargs="?", default=".", metavar="DIR",
                      help="where to write it (default: the current folder)")
    init.set_defaults(handler=init_command, needs_config=False)


def init_command(args) -> int:
    from mailbot.config.init import init_folder

    done = init_folder(args.folder)
    where = Path(args.folder)
    print(f"wrote {done.config}")
    for brand in done.brands:
        print(f"wrote {brand}")
    print(f"made {done.overrides}/ (empty: your template overrides go here)")
    config_arg = "" if where.resolve() == Path.cwd().resolve() else f" --config {where}"
    print(f"\nnext: edit {done.config}, check it with `mailbot{config_arg} config check`, "
          f"try it with `mailbot{config_arg} demo --once`")
    return 0


# -- for `mailbot demo`: --host/--port, and SIGTERM ------------------------------

def usable_port(host: str, asked: int | None, default: int) -> int:
    """The port the demo's staff UI takes: ``--port`` when given (one line
    naming it when it cannot be had), else ``default`` (a busy default gives
    way to a free port, printed with the address)."""
    import socket

    from mailbot.errors import MailbotError

    if asked is None:
        return default
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the web server does
            probe.bind((host, asked))
    except OSError as e:
        raise MailbotError(f"demo: cannot listen on {host}:{asked}: {e.strerror}") from None
    return asked


def stop_on_sigterm() -> None:
    """SIGTERM (``kill``, ``docker stop``, systemd) ends the demo as Ctrl-C does:
    the web server, the send job and the SMTP sink stop, and the exit status is 0."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
