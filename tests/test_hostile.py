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
is in the tree; once it is, they must pass like the others."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
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
def startup(tmp_path_factory) -> float:
    """(wall, CPU) seconds of ``mailbot triage`` on a one-line email (the best of three each)."""
    path = tmp_path_factory.mktemp("startup") / "small.eml"
    path.write_bytes(b"From: a@example.in\r\nTo: support@leadsoptima.com\r\nSubject: hi\r\n\r\nrefund\r\n")
    runs = [run_triage_measured(path)[1] for _ in range(3)]
    return min(run[0] for run in runs), min(run[2] for run in runs)


def _cases():
    for kind in sorted(HOSTILE):
        if kind in IN_THE_FIELD_PATTERNS and not ENGINE:
            yield pytest.param(kind, marks=pytest.mark.xfail(reason="needs issue 9's linear-time pattern engine"))
        else:
            yield kind


@pytest.mark.parametrize("kind", _cases())
def test_hostile_email_is_decided_quickly_or_refused_in_one_line(kind, tmp_path, startup):
    path = tmp_path / f"{kind}.eml"
    HOSTILE[kind](path)
    code, wall, _, out, err = run_triage_measured(path)
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


# The child's peak RSS is taken by a small launcher process, not by this one: Linux counts in a
# child's ru_maxrss the memory of the process image it was forked from (subprocess uses vfork, so
# that is the whole test process, hundreds of MB late in a suite run).  The launcher is small, so
# what it reports for its own child is the child's.
LAUNCHER = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(f"{usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}")
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_triage_measured(path: Path):
    """Exit code, (wall s, peak RSS MB, CPU s), None, stdout, stderr of ``mailbot triage`` on *path*.

    The peak RSS and CPU seconds are the child's own, from ``wait4`` in a small launcher."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out_path, err_path = path.with_suffix(".out"), path.with_suffix(".err")
    peak_path = path.with_suffix(".maxrss")
    with out_path.open("wb") as out, err_path.open("wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", LAUNCHER, str(peak_path),
                                 sys.executable, "-m", "mailbot", "--config", str(CONFIG), "triage", "--json",
                                 "--now", "2025-03-05T10:00:00+05:30", str(path)],
                                stdout=out, stderr=err, env=env, cwd=ROOT, start_new_session=True)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        wall = time.perf_counter() - started
    usage = peak_path.read_text().split() if peak_path.exists() else []
    peak_kb, cpu = (int(usage[0]), float(usage[1])) if len(usage) == 2 else (0, float("inf"))
    return (proc.returncode, (wall, peak_kb / 1024, cpu), None,
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
