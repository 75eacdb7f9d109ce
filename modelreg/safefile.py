"""Files that are never seen half-written: atomic replacement and an inter-process lock."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from modelreg.errors import UserStoreError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


def _reason(exc: OSError) -> str:
    """The OS's words for a failure: 'Permission denied', 'No space left on device'."""
    return exc.strerror or str(exc)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
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


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so readers see the old file or the new one, never half.

    A temporary file in the same directory (same filesystem, so the rename is
    atomic) is written, flushed and fsynced, takes the old file's permissions
    (or 0666 less the umask for a new file), then ``os.replace`` puts it in
    place and the directory is fsynced so the rename survives a crash. Any
    failure (permission denied, read-only filesystem, disk full) removes the
    temporary file, leaves the old file as it was and raises UserStoreError
    naming the file.

    A ``path`` that is a symbolic link (a store kept with the user's dotfiles)
    stays one: the link's target is replaced, atomically, in the target's
    directory. A link loop raises UserStoreError.
    """
    shown = path
    path = _target(path)
    directory = path.parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserStoreError(
            f"cannot write the user store {shown}: cannot create {directory}: {_reason(exc)}"
        ) from None
    tmp: str | None = None
    try:
        try:
            mode = os.stat(path).st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
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


# -- locking -----------------------------------------------------------------


def lock_path(path: Path) -> Path:
    """The lock file of a store: ``models.json.lock`` next to it."""
    return path.with_name(path.name + ".lock")


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the store at ``path`` for a read-modify-write.

    The lock is ``fcntl.flock`` on a separate file, ``models.json.lock``:

    * fcntl is in the standard library: no dependency for a CLI that must
      start fast and install anywhere.
    * The kernel releases a flock when its holder exits for any reason,
      SIGKILL included, so a dead process never leaves a stale lock behind
      (unlike a lock file whose mere existence is the lock).
    * It is a separate file because the store itself is replaced by
      ``os.replace`` on every write: a lock taken on the old store's inode
      would not exclude a process that opens the new one. The lock file is
      never deleted, for the same reason.

    Where fcntl does not exist (Windows) there is no inter-process lock:
    writes are still atomic, so the store is never half-written or corrupt,
    but two processes adding at the same moment can each write a store
    without the other's model (the last writer wins).
    """
    if fcntl is None:
        yield
        return
    lock = lock_path(path)
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise UserStoreError(
            f"cannot write the user store {path}: cannot open the lock file {lock}: {_reason(exc)}"
        ) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        _sweep_temporaries(path)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _sweep_temporaries(path: Path) -> None:
    """Delete temporary files a writer killed mid-write left behind.

    Only a lock holder writes temporary files, so under the lock any that
    exist belong to a dead process (next to the store, or next to the file a
    symlinked store leads to).
    """
    places = {path}
    with contextlib.suppress(UserStoreError):
        places.add(_target(path))
    for place in places:
        for stale in place.parent.glob(f".{place.name}.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()
