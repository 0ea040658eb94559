"""A parse worker's pipes hold many readings: a worker goes on reading while
the main process is busy with a group commit, instead of waiting, blocked on
a full 64 KB pipe, for the main process to read its results."""

from __future__ import annotations

import fcntl
import os
import struct
import termios
import time

from mailbot.service.processes import PIPE_BYTES, widen_pipe
from mailbot.service.worker_pool import ParseWorkers
from mailbot.service.workers import WINDOW
from tests.dovecot import varied_emails

F_GETPIPE_SZ = 1032


def queued_bytes(fd: int) -> int:
    return struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0"))[0]


def test_a_pipe_is_widened_to_what_the_system_allows():
    read_end, write_end = os.pipe()
    try:
        held = widen_pipe(write_end)
        assert held == fcntl.fcntl(write_end, F_GETPIPE_SZ)
        allowed = int(open("/proc/sys/fs/pipe-max-size").read())
        assert held == min(PIPE_BYTES, allowed) or (held < PIPE_BYTES and held > 65536)
    finally:
        os.close(read_end)
        os.close(write_end)


def test_a_worker_reads_a_whole_window_ahead_without_the_main_process_reading():
    emails = varied_emails(WINDOW // 2, pad_to=14_000)  # about the size of realistic mail's readings
    workers = ParseWorkers(1)
    try:
        workers.wait_ready()
        results = workers._processes[0].results.fileno()
        assert fcntl.fcntl(results, F_GETPIPE_SZ) >= 512 * 1024
        for seq, raw in enumerate(emails, start=1):
            workers.submit(seq, raw, f"lo-support:{seq}")
        deadline = time.monotonic() + 60
        queued = last = 0
        while time.monotonic() < deadline:  # not reading: the worker goes on until it is done
            time.sleep(0.2)
            queued = queued_bytes(results)
            if queued == last and workers._processes[0].in_hand()[0] == 0 and queued:
                break
            last = queued
        assert queued > 4 * 65536  # far more than a default pipe holds: the worker never waited
        got = [workers.result(seq).result() for seq in range(1, len(emails) + 1)]
        assert [m.source for m in got] == [f"lo-support:{seq}" for seq in range(1, len(emails) + 1)]
    finally:
        workers.close()
