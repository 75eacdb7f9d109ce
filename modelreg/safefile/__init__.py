"""modelreg's one way to read a file or a stream, and (modelreg.safefile.writing) its one way
to write a file.

Reading (catalogs, request and usage files, stdin, the outside config, cached copies and
their metadata): ``read_bytes``, ``read_stdin``. A file is opened without blocking and
checked with fstat (a regular file, or a pipe where the caller allows one; devices, sockets
and directories refused), read within ``max_bytes()`` and, for a pipe, a deadline. A
``private`` file (a cache, metadata) is not read through a link and must be the user's own
(modelreg.ownfile's flags and ``is_own``, which a compiled snapshot and its completion cache
are opened with). JSON text is parsed by modelreg.sources.parse_json (nesting bounded).

Writing (the user store, the outside config, cached copies and metadata, the compiled
snapshot and its completion cache), imported apart so that a read imports none of it
(``writing``): ``atomic_write``, an exclusive temporary file with an unpredictable name
(O_EXCL, O_NOFOLLOW) renamed over the file, replacing a link planted there rather than
following it (the user's config files alone, which they may keep with their dotfiles,
follow theirs). The next writer sweeps the temporaries a killed one left (``locked``,
``sweep_temporaries``).
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import time

from modelreg.errors import CatalogError
from modelreg.ownfile import NOFOLLOW, READ, is_own

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (nor collections)
if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "MAX_BYTES",
    "FileReadError",
    "is_own",
    "max_bytes",
    "read_bytes",
    "read_stdin",
    "read_stream",
    "too_big",
]

MAX_BYTES_VAR = "MODELREG_MAX_BYTES"
MAX_BYTES = 256 * 1024 * 1024  # the default size cap of every read
PIPE_TIMEOUT = 10.0  # seconds to read a pipe to its end


class FileReadError(CatalogError):
    """A file that cannot be opened or read (its ``errno`` says why): no such file,
    permission denied, a symlink loop, an I/O error."""

    def __init__(self, source: str, problem: str, errno_: int | None) -> None:
        super().__init__(source, problem)
        self.errno = errno_


# -- reading -------------------------------------------------------------------------


def max_bytes(environ: Mapping[str, str] | None = None) -> int:
    """The size cap of every source: ``MODELREG_MAX_BYTES`` (bytes, or with K, M or G), else
    ``MAX_BYTES``. A value that is not a positive size is a CatalogError naming the variable."""
    value = (os.environ if environ is None else environ).get(MAX_BYTES_VAR, "").strip()
    if not value:
        return MAX_BYTES
    import re

    found = re.fullmatch(r"(\d{1,15})\s*([KMG]i?B?|B)?", value, re.IGNORECASE)
    scale = {"": 1, "B": 1, "K": 1024, "M": 1024**2, "G": 1024**3}
    if found is None or int(found[1]) == 0:
        raise CatalogError(
            f"env:{MAX_BYTES_VAR}", f"must be a positive size in bytes (or 64M, 1G), not {value!r}"
        )
    return int(found[1]) * scale[(found[2] or "")[:1].upper()]


def read_bytes(
    path: str | os.PathLike[str],
    name: str,
    *,
    regular_only: bool = False,
    limit: int | None = None,
    timeout: float = PIPE_TIMEOUT,
    private: bool = False,
) -> bytes:
    """A file's bytes, bounded; a CatalogError naming it (``name``) says why they cannot be read.

    The file is opened without blocking and checked with fstat: a regular file is read up
    to ``limit`` bytes (``max_bytes()`` by default); a pipe (unless ``regular_only``) is
    read up to the same cap within ``timeout`` seconds; anything else (a device, a
    socket) is refused. A ``private`` file (a cache, metadata: one modelreg wrote for
    itself) must be a regular file that is no symbolic link, the user's own, and not
    writable by every user.
    """
    limit = max_bytes() if limit is None else limit
    try:
        fd = os.open(path, READ | (NOFOLLOW if private else 0))
    except OSError as exc:
        if private and exc.errno == errno.ELOOP:
            problem = "is a symbolic link, not modelreg's own file"
            raise FileReadError(name, problem, exc.errno) from None
        raise FileReadError(name, _open_problem(exc), exc.errno) from None
    try:
        st = os.fstat(fd)
        mode = st.st_mode
        if private:
            regular_only = True
            if not is_own(st):
                raise CatalogError(
                    name, "is not modelreg's own file (another user's, or writable by others)"
                )
        if stat.S_ISDIR(mode):
            raise CatalogError(name, "is a directory, not a file")
        if stat.S_ISREG(mode):
            return _read_regular(fd, name, limit)
        if stat.S_ISFIFO(mode) and not regular_only:
            return read_stream(fd, name, limit, timeout)
        what = _kind(mode)
        allowed = "a regular file" if regular_only else "a regular file or a pipe"
        raise CatalogError(name, f"is {what}, not {allowed}")
    except OSError as exc:
        raise FileReadError(name, f"cannot read: {exc.strerror or exc}", exc.errno) from None
    finally:
        os.close(fd)


def _open_problem(exc: OSError) -> str:
    """Why a path cannot be opened, in a few words."""
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if exc.errno == errno.ELOOP:
        return "a symbolic link loop (too many levels of symbolic links)"
    if exc.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    if exc.errno == errno.ENXIO:
        return "is a socket or a device with nothing behind it, not a file"
    return f"cannot read: {exc.strerror or exc}"


def _kind(mode: int) -> str:
    """What a non-regular file is: 'a character device (such as /dev/zero)', 'a pipe', ..."""
    if stat.S_ISCHR(mode):
        return "a character device (such as /dev/zero or a terminal)"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def too_big(name: str, limit: int) -> CatalogError:
    return CatalogError(
        name, f"larger than the {limit} byte limit (raise it with {MAX_BYTES_VAR}, e.g. 1G)"
    )


def _read_regular(fd: int, name: str, limit: int) -> bytes:
    """A regular file's bytes, read to its end; more than ``limit`` of them (it grew as it was
    read) are refused."""
    expected = os.fstat(fd).st_size
    if expected > limit:
        raise too_big(name, limit)
    # The whole file in one read, into one buffer (a byte more shows whether it grew); more
    # reads only if that one falls short or the file grew. join returns a lone piece as is.
    chunks = [os.read(fd, min(expected + 1, limit + 1))]
    size = len(chunks[0])
    while size <= limit and (chunk := os.read(fd, min(1 << 20, limit + 1 - size))):
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise too_big(name, limit)
    return b"".join(chunks)


def read_stream(
    fd: int, name: str, limit: int | None = None, timeout: float | None = None
) -> bytes:
    """Read a pipe (or stdin) to its end: at most ``limit`` bytes, within ``timeout`` seconds
    (None: no deadline, for a person typing at stdin)."""
    import select

    limit = max_bytes() if limit is None else limit
    deadline = None if timeout is None else time.monotonic() + timeout
    blocking = os.get_blocking(fd)
    os.set_blocking(fd, False)
    chunks: list[bytes] = []
    size = 0
    try:
        poller = select.poll()
        poller.register(fd, select.POLLIN | select.POLLPRI)
        while True:
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            if not poller.poll(None if wait is None else int(wait * 1000) + 1):
                raise CatalogError(name, f"timed out after {timeout:g} s waiting for data")
            try:
                chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            except BlockingIOError:
                continue
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise too_big(name, limit)
    finally:
        os.set_blocking(fd, blocking)


def read_stdin(name: str = "stdin") -> bytes:
    """All of stdin, bounded by the size cap: a pipe, a file or a terminal (no deadline: a
    person may be typing); a device such as /dev/zero is refused."""
    limit = max_bytes()
    stream = sys.stdin
    try:
        fd = stream.fileno()
    except (AttributeError, ValueError, OSError):  # not a real file (a test runner's stdin)
        data = stream.buffer.read(limit + 1) if stream is not None else b""
        if len(data) > limit:
            raise too_big(name, limit) from None
        return data
    mode = os.fstat(fd).st_mode
    if stat.S_ISREG(mode):
        return _read_regular(fd, name, limit)
    if (stat.S_ISCHR(mode) or stat.S_ISBLK(mode)) and not os.isatty(fd):
        raise CatalogError(name, f"is {_kind(mode)}, not a file, a pipe or a terminal")
    return read_stream(fd, name, limit, None)
