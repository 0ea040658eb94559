"""Hostile input through the whole of ``mailbot triage``, in a subprocess:
each email finishes in at most 2 s (a generous bound, not a benchmark) and
300 MB, with a decision or exit 2 and one line, never a traceback.

The 2 s are CPU seconds (user + system) of the ``mailbot triage`` process,
counted beyond its start-up on a one-line email measured in the same session.
What a hostile email can do is burn CPU (a backtracking pattern, a quadratic
walk); CPU time measures exactly that, while wall time on a shared, loaded
machine also measures the scheduler (with load 13-15 the same run took 2-4 s
of wall time and under 1 s of CPU).  Wall time is still bounded, more loosely
(``WALL_SECONDS``), so a stall that sleeps instead of computing fails too.

The cases whose blow-up lived in the field patterns (issue 9's one-pass
engine, ``mailbot/reading/engine.py``) are expected to fail until that engine
is in the tree; once it is, they must pass like the others.

Each email runs in a process of its own, forked from a *zygote*: one ``mailbot`` process per module that
has imported mailbot and triaged the one-line email (so the brand's pattern engine is compiled), and
then, for each email, forks a child that runs ``mailbot triage`` (``mailbot.cli.main``, with what
``python -m mailbot`` adds: a traceback and exit 1 on an uncaught exception) with its standard output
and error in files.  The exit code, CPU seconds and peak RSS are the child's own (``wait4``); the
start-up measured is the one-line email through the same zygote, so "beyond start-up" means what it
meant when each email paid a fresh interpreter (imports and the engine's compile, ~1.7 s of CPU, ~60 s
over the module: the measure, not the product, paid them).  A forked child's peak RSS counts the
zygote's image it was forked from: a fresh ``mailbot triage`` holds the same before reading its email."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.helpers import CONFIG, ROOT
from tests.hostile import HOSTILE

SECONDS = 2.0  # CPU seconds beyond start-up
WALL_SECONDS = 10.0  # wall seconds beyond start-up, whatever the machine's load
PEAK_MB = 300
IN_THE_FIELD_PATTERNS = {"invoice_20000_spaces", "labelled_address_spaces"}
try:
    import mailbot.reading.engine  # noqa: F401 - issue 9's linear-time pattern engine
    ENGINE = True
except ImportError:
    ENGINE = False


@pytest.fixture(scope="module")
def zygote(tmp_path_factory):
    """The module's :class:`Zygote`, warmed on a one-line email."""
    path = tmp_path_factory.mktemp("startup") / "small.eml"
    path.write_bytes(b"From: a@example.in\r\nTo: support@leadsoptima.com\r\nSubject: hi\r\n\r\nrefund\r\n")
    found = Zygote(path)
    try:
        yield found
    finally:
        found.close()


@pytest.fixture(scope="module")
def startup(zygote) -> float:
    """(wall, CPU) seconds of ``mailbot triage`` on a one-line email (the best of three each)."""
    runs = [run_triage_measured(zygote, zygote.small)[1] for _ in range(3)]
    return min(run[0] for run in runs), min(run[2] for run in runs)


def _cases():
    for kind in sorted(HOSTILE):
        if kind in IN_THE_FIELD_PATTERNS and not ENGINE:
            yield pytest.param(kind, marks=pytest.mark.xfail(reason="needs issue 9's linear-time pattern engine"))
        else:
            yield kind


@pytest.mark.parametrize("kind", _cases())
def test_hostile_email_is_decided_quickly_or_refused_in_one_line(kind, tmp_path, zygote, startup):
    path = tmp_path / f"{kind}.eml"
    HOSTILE[kind](path)
    code, wall, _, out, err = run_triage_measured(zygote, path)
    assert "Traceback" not in err, err[-2000:]
    if code == 2:
        lines = [line for line in err.splitlines() if line.strip() and "absl" not in line]
        assert len(lines) == 1 and str(path) in lines[0], err
    else:
        assert code == 0, err
        assert '"status"' in out
    wall_startup, cpu_startup = startup
    assert wall[2] - cpu_startup <= SECONDS, f"{kind}: {wall[2]:.2f} CPU s, start-up {cpu_startup:.2f}"
    assert wall[0] - wall_startup <= WALL_SECONDS, f"{kind}: {wall[0]:.2f}s, start-up {wall_startup:.2f}s"
    assert wall[1] <= PEAK_MB, f"{kind}: {wall[1]:.0f} MB"


ZYGOTE = """
import json, logging, os, sys, traceback
from mailbot.cli import main

def triage(argv, out, err):
    # what `python -m mailbot` does (`raise SystemExit(main())`), in this forked child
    os.setsid()
    for fd, path in ((1, out), (2, err)):
        os.dup2(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), fd)
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    except BaseException:
        traceback.print_exc()
        code = 1
    if code is None:
        code = 0
    elif not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code)

saved = os.dup(1), os.dup(2)
null = os.open(os.devnull, os.O_WRONLY)
os.dup2(null, 1)
os.dup2(null, 2)
try:
    main(json.loads(sys.argv[1]))  # the warm-up: imports, the brand's engine compiled
finally:
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(saved[0], 1)
    os.dup2(saved[1], 2)
for handler in logging.root.handlers[:]:  # each child configures its logging anew, as a fresh process does
    logging.root.removeHandler(handler)
logging.root.setLevel(logging.WARNING)
print("ready", flush=True)
for line in sys.stdin:
    request = json.loads(line)
    pid = os.fork()
    if pid == 0:
        triage(request["argv"], request["out"], request["err"])
    print(json.dumps({"pid": pid}), flush=True)
    _, status, usage = os.wait4(pid, 0)
    print(json.dumps({"code": os.waitstatus_to_exitcode(status), "maxrss": usage.ru_maxrss,
                      "cpu": usage.ru_utime + usage.ru_stime}), flush=True)
"""


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:  # it ended just then
        pass


def triage_argv(path: Path) -> list[str]:
    return ["--config", str(CONFIG), "triage", "--json", "--now", "2025-03-05T10:00:00+05:30", str(path)]


class Zygote:
    """A ``mailbot`` process that forks one child per email (the module docstring says why)."""

    def __init__(self, small: Path):
        self.small = small
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen([sys.executable, "-c", ZYGOTE, json.dumps(triage_argv(small))],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, cwd=ROOT,
                                     start_new_session=True, text=True)
        ready = self.proc.stdout.readline()
        assert ready == "ready\n", f"the zygote did not start: {ready!r}"

    def run(self, argv: list[str], out: Path, err: Path, timeout: float) -> tuple[int, float, float]:
        """Exit code, peak RSS KB and CPU seconds of the child that ran ``mailbot`` *argv*; killed past *timeout*."""
        self.proc.stdin.write(json.dumps({"argv": argv, "out": str(out), "err": str(err)}) + "\n")
        self.proc.stdin.flush()
        pid = json.loads(self.proc.stdout.readline())["pid"]
        timer = threading.Timer(timeout, _kill_group, (pid,))
        timer.start()
        try:
            result = json.loads(self.proc.stdout.readline())
        finally:
            timer.cancel()
        return result["code"], result["maxrss"], result["cpu"]

    def close(self) -> None:
        self.proc.stdin.close()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


def run_triage_measured(zygote: Zygote, path: Path):
    """Exit code, (wall s, peak RSS MB, CPU s), None, stdout, stderr of ``mailbot triage`` on *path*.

    The peak RSS and CPU seconds are the child's own, from ``wait4`` in the zygote."""
    out_path, err_path = path.with_suffix(".out"), path.with_suffix(".err")
    started = time.perf_counter()
    code, peak_kb, cpu = zygote.run(triage_argv(path), out_path, err_path, 30)
    wall = time.perf_counter() - started
    return (code, (wall, peak_kb / 1024, cpu), None,
            out_path.read_text(errors="replace"), err_path.read_text(errors="replace"))


def test_triage_past_its_time_budget_stops_with_one_line(tmp_path, monkeypatch, capsys):
    """``mailbot triage`` obeys ``email_seconds`` like ingest: one line, exit 2."""
    import mailbot.cli.triage_cmds as triage_cmds
    from mailbot.cli import main

    load = triage_cmds.load_config

    def one_second(path):
        loaded = load(path)
        loaded.email_seconds = 1
        return loaded

    real = triage_cmds.parse_message

    def slow_parse(*args, **kwargs):  # as a pathological email would (far past the 1 s budget)
        time.sleep(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(triage_cmds, "load_config", one_second)
    monkeypatch.setattr(triage_cmds, "parse_message", slow_parse)
    email = tmp_path / "slow.eml"
    email.write_bytes(b"From: a@example.in\r\nTo: support@leadsoptima.com\r\nSubject: hi\r\n\r\nrefund\r\n")
    started = time.perf_counter()
    assert main(["--config", str(CONFIG), "triage", str(email)]) == 2
    assert time.perf_counter() - started < 30  # the 1 s budget, not the 60 s read (loaded: config load is slow)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(email) in err[0] and "email_seconds" in err[0]
