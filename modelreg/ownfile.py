"""How modelreg opens a file it wrote for itself (a compiled snapshot, its completion cache,
a cached copy, metadata): never through a symbolic link, never waiting on a FIFO, and only
a regular file that is the user's own and not writable by others (``is_own``: not one
anybody could have planted). With os alone, so that a TAB opens its cache with it;
modelreg.safefile's private reads check the same, saying why a file is refused.
"""

from __future__ import annotations

import os
import stat
import sys

NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # open flags: never through a link
# open flags of a read: never waits on a FIFO, never leaks into a child
READ = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def is_own(st: os.stat_result) -> bool:
    """Whether a file is the user's own and not writable by every user (a private read)."""
    return not st.st_mode & stat.S_IWOTH and st.st_uid == getattr(os, "geteuid", lambda: 0)()


def open_own(path: str, limit: int = sys.maxsize) -> tuple[int, int] | None:
    """A descriptor of the file at ``path`` (the caller closes it) and its size, when it is
    a regular file of at most ``limit`` bytes that is the user's own; None for anything else
    (no such file, a link, a FIFO, a device, a directory, another user's file)."""
    try:
        fd = os.open(path, READ | NOFOLLOW)
    except (OSError, ValueError):
        return None
    try:
        st = os.fstat(fd)
        if stat.S_ISREG(st.st_mode) and st.st_size <= limit and is_own(st):
            return fd, st.st_size
    except OSError:
        pass
    os.close(fd)
    return None
