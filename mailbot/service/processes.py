"""The parse worker processes, seen from the main process: each is forked by
a zygote (``python -m mailbot.reading.serve``, see that module) that the main
process starts with the workers' pipes and slots, and becomes the main
process's child when the zygote exits (the main process is a child subreaper
while a zygote lives).  :class:`mailbot.service.worker_pool.ParseWorkers` feeds
them and enforces each email's time budget."""

from __future__ import annotations

import ctypes
import mmap
import os
import signal
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection

from mailbot.reading.serve import SLOT


class Subreaper:
    """This process as the reaper of its orphaned descendants
    (``PR_SET_CHILD_SUBREAPER``, Linux) while a zygote lives: the workers it
    forks become this process's children when it exits (see
    :mod:`mailbot.reading.serve`).  Counted, so that it is on only while a
    zygote may exit; afterwards an unrelated daemon's orphans go to init as
    before."""

    OPTION = 36

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._zygotes = 0

    def _set(self, on: bool) -> None:
        ctypes.CDLL(None, use_errno=True).prctl(self.OPTION, int(on), 0, 0, 0)

    def zygote_starting(self) -> None:
        with self._lock:
            self._zygotes += 1
            if self._zygotes == 1:
                self._set(True)

    def zygote_gone(self) -> None:
        with self._lock:
            self._zygotes -= 1
            if self._zygotes == 0:
                self._set(False)


SUBREAPER = Subreaper()


class WorkerProcess:
    """One parse worker (forked by a zygote, so its pid is known once it says
    it is ready): its two pipes and its slot."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.pid: int | None = None
        self.ended = False
        """Its results pipe ended (it exited, or was killed)."""
        self._exitcode: int | None = None
        slot_fd = os.memfd_create("mailbot-parse-slot")
        os.ftruncate(slot_fd, SLOT.size)
        self.slot = mmap.mmap(slot_fd, SLOT.size)
        tasks_r, tasks_w = os.pipe()
        results_r, results_w = os.pipe()
        for pipe in (tasks_w, results_w):
            widen_pipe(pipe)
        self.tasks = Connection(tasks_w, readable=False)
        self.results = Connection(results_r, writable=False)
        self.child_fds = (tasks_r, results_w, slot_fd)
        """The zygote's ends, closed here once it is started."""
        self.zygote: subprocess.Popen | None = None

    def in_hand(self) -> tuple[int, float]:
        return SLOT.unpack_from(self.slot, 0)

    def is_alive(self) -> bool:
        if self.pid is None:  # not forked yet, or forked and not ready yet: alive until its pipe ends
            return not self.ended
        return self.exitcode is None

    @property
    def exitcode(self) -> int | None:
        if self._exitcode is None and self.pid is not None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:  # reaped already, or not ours (no subreaper)
                if self.zygote is not None and self.zygote.pid == self.pid and self.zygote.returncode is not None:
                    # A zygote of one worker is the worker (serve._serve_here): reaping the zygote
                    # (Popen.poll in workers._reap_zygotes) reaped the worker, and Popen kept its code.
                    self._exitcode = self.zygote.returncode
                    return self._exitcode
                try:
                    os.kill(self.pid, 0)
                except ProcessLookupError:
                    self._exitcode = -1
                return self._exitcode
            if pid:
                self._exitcode = os.waitstatus_to_exitcode(status)
        return self._exitcode

    def join(self, timeout: float | None = None) -> None:
        deadline = time.monotonic() + (timeout if timeout is not None else 1e9)
        while self.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)

    def kill(self) -> None:
        if self.pid is not None and self.exitcode is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        elif self.pid is None and self.zygote is not None and self.zygote.poll() is None:
            self.zygote.kill()  # stuck before its fork: the zygote itself


PIPE_BYTES = 1024 * 1024
"""What each worker pipe holds (Linux ``F_SETPIPE_SZ``; the default is 64 KB).

A worker sends each reading as soon as it is made, and the main process
reads them only between its group commits: with 64 KB (about four readings
of realistic mail) a worker stopped, blocked on its full pipe, for most of
each group commit (about 60 ms), and the process tree used little more than
one core.  1 MB holds about seventy readings, more than the emails a worker
may have in hand (:data:`mailbot.service.workers.WINDOW`), so a worker never
waits for the main process, nor the main process for a worker's task pipe.
The pipes' pages are the kernel's, not any process's RSS; the bytes in
flight stay bounded by the window."""

F_SETPIPE_SZ = 1031
"""``fcntl.F_SETPIPE_SZ`` (Linux), named here for Pythons whose fcntl lacks it."""


def widen_pipe(fd: int, size: int = PIPE_BYTES) -> int:
    """Make the pipe of ``fd`` hold ``size`` bytes (halving down to the default
    when the system refuses: ``/proc/sys/fs/pipe-max-size``, a user's pipe
    pages); returns what it holds, 0 when that cannot be set (not Linux)."""
    import fcntl

    while size > 65536:
        try:
            return fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", F_SETPIPE_SZ), size)
        except OSError:
            size //= 2
    return 0


def start_zygote(workers: list[WorkerProcess], parse, memory_bytes: int = 0) -> subprocess.Popen:
    """``python -P -m mailbot.reading.serve``: it makes ``parse`` ready once, then
    forks ``workers`` (sharing what it built) and exits.  ``memory_bytes``: the
    RSS past which a worker retires (0: never; :mod:`mailbot.reading.retire`).

    Its import path is this process's own ``sys.path`` (as ``PYTHONPATH``), and only that: ``-P``
    (Python 3.11+) keeps ``-m`` from putting the current directory first, where a poll started
    inside another checkout of mailbot found that checkout's reading modules (perf28a): the
    workers read with the code the main process runs."""
    SUBREAPER.zygote_starting()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))  # as spawn does
    fds = [fd for worker in workers for fd in worker.child_fds]
    zygote = subprocess.Popen([sys.executable, "-P", "-m", "mailbot.reading.serve",
                               *(",".join(map(str, w.child_fds)) for w in workers)],
                              stdin=subprocess.PIPE, pass_fds=fds, env=env, start_new_session=False)
    for fd in fds:
        os.close(fd)
    control = Connection(os.dup(zygote.stdin.fileno()), readable=False)
    zygote.stdin.close()
    try:
        control.send(parse)
        control.send(int(memory_bytes))
    except OSError:  # it died at once: its workers' pipes say so
        pass
    control.close()
    for worker in workers:
        worker.zygote = zygote
    return zygote
