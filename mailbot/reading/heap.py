"""Giving freed heap memory back to the system (glibc's ``malloc_trim``).

Reading an email allocates and frees a few MB (its bytes, its text, the
parsed tree); the C allocator keeps the freed pages, so a long poll's
processes grow by fragments that no object uses any more.  The main process
after each group commit, and each parse worker every :data:`EVERY` emails,
call :func:`release_free_memory`: measured on 1,000 realistic emails, the
main process grew by 4 MB over the poll instead of 6.  A no-op where the
C library is not glibc."""

from __future__ import annotations

import ctypes

EVERY = 64
"""Emails a parse worker reads between two releases (one costs well under a millisecond)."""

_trim = None
_looked = False


def release_free_memory() -> bool:
    """Return the allocator's free pages to the system; False when it cannot."""
    global _trim, _looked
    if not _looked:
        _looked = True
        try:
            # The C library this process already runs, not ctypes.util.find_library("c"):
            # that runs ldconfig in a child process, a fork of this one, whose moment
            # of shared pages counted the process's memory twice in the tree (issue 8).
            _trim = ctypes.CDLL(None).malloc_trim
            _trim.argtypes = [ctypes.c_size_t]
        except (OSError, AttributeError):  # not glibc
            _trim = None
    if _trim is None:
        return False
    _trim(0)
    return True
