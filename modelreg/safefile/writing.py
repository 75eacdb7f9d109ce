"""Writing a file the one safe way: ``atomic_write`` / ``atomic_writer``, an exclusive
temporary file with an unpredictable name (O_EXCL, O_NOFOLLOW) renamed over the file,
replacing a link planted there rather than following it (the user's config files alone,
which they may keep with their dotfiles, follow theirs); the next writer sweeps the
temporaries a killed one left (``locked``, ``sweep_temporaries``)."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from modelreg.errors import UserStoreError
from modelreg.ownfile import NOFOLLOW

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (the fast paths)
if TYPE_CHECKING:
    from typing import BinaryIO


try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)  # the OS's words: 'Permission denied', ...


def _umask() -> int:
    os.umask(mask := os.umask(0o022))
    return mask


def _fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (POSIX; Windows cannot open a directory)."""
    if sys.platform == "win32":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(
    path: Path, data: bytes, *, follow_links: bool = False, mode: int | None = None
) -> None:
    """Replace ``path`` with ``data`` so readers see the old file or the new one, never half
    (``atomic_writer``, which says how)."""
    with atomic_writer(path, follow_links=follow_links, mode=mode) as handle:
        handle.write(data)


@contextlib.contextmanager
def atomic_writer(
    path: Path, *, follow_links: bool = False, mode: int | None = None
) -> Iterator[BinaryIO]:
    """A file to write that replaces ``path`` when the block ends, so readers see the old
    file or the new one, never half.

    A temporary file with an unpredictable name is created exclusively in the same
    directory (same filesystem, so the rename is atomic; O_EXCL and O_NOFOLLOW, so a link
    planted there is never followed); the block writes it (through the handle, or another
    descriptor of the same file: ``/dev/fd/N``); then it is flushed and fsynced, given
    ``mode`` (else the old file's permissions, or 0666 less the umask for a new file), and
    ``os.replace`` puts it in place; the directory is fsynced so the rename survives a
    crash. The rename replaces a symbolic link at ``path``, never its target. Any failure
    (permission denied, read-only filesystem, disk full, an exception in the block)
    removes the temporary file and leaves the old file as it was; an OSError becomes a
    UserStoreError naming the file.

    With ``follow_links`` (the user store and outside.json, kept with dotfiles) a
    ``path`` that is a symbolic link stays one: the link's target is replaced, atomically,
    in the target's directory. A link loop raises UserStoreError.
    """
    shown = path
    path = _target(path) if follow_links else path
    directory = path.parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserStoreError(
            f"cannot write the user store {shown}: cannot create {directory}: {_reason(exc)}"
        ) from None
    tmp: str | None = None
    try:
        if mode is None:
            mode = _mode_of(path)
        fd, tmp = _exclusive(directory, path.name)
        with os.fdopen(fd, "w+b") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)  # the file itself, never a name swapped in
        os.replace(tmp, path)
        tmp = None
        _fsync_dir(directory)
    except OSError as exc:
        where = shown if shown == path else f"{shown} (a link to {path})"
        raise UserStoreError(
            f"cannot write the user store {where}: {_reason(exc)} (the old file is unchanged)"
        ) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


# A temporary file's: created, never opened through a link, not inherited by a child.
_CREATE = os.O_RDWR | os.O_CREAT | os.O_EXCL | NOFOLLOW | getattr(os, "O_CLOEXEC", 0)


def _exclusive(directory: Path, name: str) -> tuple[int, str]:
    """A new temporary file ``.NAME.<random>.tmp`` in ``directory``, created exclusively and
    private (0600): its descriptor and path. What tempfile.mkstemp does, without importing
    tempfile (shutil, random and the compressors with it: 3 ms of every write)."""
    for _ in range(100):
        tmp = os.path.join(directory, f".{name}.{os.urandom(8).hex()}.tmp")
        try:
            return os.open(tmp, _CREATE | getattr(os, "O_BINARY", 0), 0o600), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(directory))


def _mode_of(path: Path) -> int:
    """The permissions a new copy of ``path`` gets: those of the regular file there, else
    0666 less the umask (a link or anything else there is replaced, not copied)."""
    with contextlib.suppress(FileNotFoundError):
        if stat.S_ISREG((st := os.lstat(path)).st_mode):
            return st.st_mode & 0o7777
    return 0o666 & ~_umask()


def _target(path: Path) -> Path:
    """The file a write to ``path`` replaces: ``path``, or the file its symlinks lead to
    (created if the link dangles); a link loop raises UserStoreError."""
    if not path.is_symlink():
        return path
    try:
        os.stat(path)
    except FileNotFoundError:
        pass  # a dangling link: its target is created
    except OSError as exc:
        raise UserStoreError(
            f"cannot write the user store {path}: {_reason(exc)} (the symbolic link leads "
            "nowhere); nothing was written"
        ) from None
    return Path(os.path.realpath(path))


def sweep_temporaries(path: Path, older_than: float | None = None) -> None:
    """Delete the temporary files of ``path`` that a writer killed mid-write left behind
    (those at least ``older_than`` seconds old; all of them under the lock that every
    writer of ``path`` holds)."""
    now = time.time()
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            if older_than is None or now - os.lstat(stale).st_mtime >= older_than:
                stale.unlink()


def lock_path(path: Path) -> Path:
    """The lock file of a store: ``models.json.lock`` next to it."""
    return path.with_name(path.name + ".lock")


@contextlib.contextmanager
def locked(path: Path, guards: Iterable[Path] = ()) -> Iterator[None]:
    """Hold an exclusive lock on the file at ``path`` (and the ``guards`` written under the
    same lock) for a read-modify-write; the temporaries of dead writers are swept first.

    The lock is ``fcntl.flock`` (standard library; the kernel releases it when its holder
    exits, SIGKILL included) on a separate file, ``models.json.lock``, never deleted: the
    file itself is replaced by ``os.replace`` on every write, so a lock on its inode would
    not exclude a process that opens the new one. The lock file is opened without following
    a link and must be a regular file: a link planted in its place creates nothing.

    Where fcntl does not exist (Windows) there is no inter-process lock: writes are still
    atomic, but two processes writing at once can each lose the other's change.
    """
    if fcntl is None:
        yield
        return
    lock = lock_path(path)
    flags = os.O_RDWR | os.O_CREAT | NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, flags, 0o666)
    except OSError as exc:
        reason = "a symbolic link" if exc.errno == errno.ELOOP else _reason(exc)
        raise UserStoreError(
            f"cannot write the user store {path}: cannot open the lock file {lock}: {reason}"
        ) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise UserStoreError(
                f"cannot write the user store {path}: the lock file {lock} is not a regular file"
            )
        fcntl.flock(fd, fcntl.LOCK_EX)
        _sweep_under_lock(path, guards)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _sweep_under_lock(path: Path, guards: Iterable[Path]) -> None:
    """Only a lock holder writes temporary files, so under the lock any that exist belong
    to a dead process (next to the file, or next to the file a symlinked store leads to)."""
    places = {path, *guards}
    with contextlib.suppress(UserStoreError):
        places.add(_target(path))
    for place in places:
        sweep_temporaries(place)
