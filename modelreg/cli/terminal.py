r"""Where output goes and what it may hold: stdout for data, stderr for messages, and the
one escaping of text from a catalog (``clean``).

Text from a catalog is data: ``clean`` escapes what could act on a terminal or hide text
(C0 and C1 control characters, DEL, bidi overrides and isolates, zero-width characters,
line and paragraph separators) as ``\xNN`` / ``\uNNNN``, in every cell and header of every
table, the ids format and CSV.

Writing never ends in Python's "Exception ignored": output is flushed here; a reader that
went away (``| head -1``) ends the run with status 0, and output that cannot be written (a
full disk, a closed stdout) with ``status.OUTPUT``. Stdout and stderr write what their
encoding cannot hold as backslash escapes.
"""

from __future__ import annotations

import builtins
import contextlib
import errno
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any

from modelreg.cli import status
from modelreg.errors import CatalogError, ModelRegError

if TYPE_CHECKING:
    from rich.console import Console

# What acts on a terminal or hides text: C0, DEL, C1; zero-width characters, marks and
# the BOM; line and paragraph separators; bidi embeddings, overrides and isolates.
UNSAFE = r"\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff"
_CONTROL = re.compile(rf"[\x00-\x1f{UNSAFE}]")
CONTROL_BUT_NEWLINE = re.compile(rf"[\x00-\x09\x0b-\x1f{UNSAFE}]")


def clean(value: object) -> str:
    """Text safe for a terminal or a TSV cell: control, bidi and zero-width characters
    escaped."""
    text = str(value)
    if text.isascii() and text.isprintable():  # most cells: nothing to escape
        return text
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode(), text)


def clean_all(values: Iterable[object]) -> list[str]:
    """``clean`` of each value (None as ''), looking at them all at once: most columns hold
    nothing to escape."""
    texts: list[Any] = list(values)
    try:
        joined = "".join(texts)
    except TypeError:  # numbers, None
        texts = ["" if v is None else str(v) for v in texts]
        joined = "".join(texts)
    if (joined.isascii() and joined.isprintable()) or not _CONTROL.search(joined):
        return texts
    return [clean(text) for text in texts]


_TABLE_ASKED: list[bool] = []  # set when --format table was given: a table even to a pipe (less -R)


def resolve_format(fmt: str | None, as_json: bool) -> str:
    """The format asked for: --json wins, then --format, else a table (plain when piped)."""
    _TABLE_ASKED[:] = [True] if fmt == "table" and not as_json else []
    if as_json:
        return "json"
    return fmt or "table"


def is_terminal() -> bool:
    """Whether output is for people: a terminal, or a table asked for by name."""
    if _TABLE_ASKED:
        return True
    try:
        return sys.stdout is not None and sys.stdout.isatty()
    except (OSError, ValueError):
        return False


def _forgiving(stream: IO[str]) -> IO[str]:
    """``stream``, writing what its encoding cannot hold as backslash escapes (LANG=C,
    PYTHONIOENCODING=ascii, undecodable bytes from argv or the environment)."""
    if getattr(stream, "errors", "backslashreplace") not in ("backslashreplace", None):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[attr-defined]
    return stream


def silence_stdout() -> None:
    """The reader went away (`modelreg export | head -1`): point stdout at /dev/null so that
    the interpreter's last flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


@contextlib.contextmanager
def stdout() -> Iterator[IO[str]]:
    """Stdout to write to, flushed at the end. A reader that went away ends the run quietly
    (status 0); output that cannot be written ends it with status.OUTPUT."""
    if sys.stdout is None:
        error("cannot write the output: stdout is closed")
        raise SystemExit(status.OUTPUT)
    try:
        yield _forgiving(sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
        raise SystemExit(0) from None
    except OSError as exc:
        silence_stdout()
        if exc.errno == errno.EPIPE:
            raise SystemExit(0) from None
        error(f"cannot write the output: {exc.strerror or exc}")
        raise SystemExit(status.OUTPUT) from None
    except ValueError as exc:  # stdout was closed by someone else
        error(f"cannot write the output: {exc}")
        raise SystemExit(status.OUTPUT) from None


def write(text: str) -> None:
    with stdout() as out:
        out.write(text if text.endswith("\n") else text + "\n")


def _stderr(line: str) -> None:
    """A line on stderr; a stderr that cannot be written loses it, never crashes."""
    if sys.stderr is None:
        return
    with contextlib.suppress(OSError, ValueError):
        stream = _forgiving(sys.stderr)
        stream.write(line)
        stream.flush()


def error(message: str) -> None:
    """One line on stderr."""
    _stderr(f"error: {clean(message)}\n")


def report(exc: ModelRegError) -> int:
    """Say what went wrong in one stderr line (a catalog error with its location); the
    error's exit status."""
    if isinstance(exc, CatalogError):
        catalog_error(exc)
    else:
        error(str(exc))
    return status.of(exc)


def usage_error(message: str, command: str) -> int:
    """A usage error of a command (``modelreg show``) on stderr, pointing at its help; the
    usage status."""
    error(f"{message} (see '{command} --help')")
    return status.USAGE


def catalog_error(exc: Exception) -> None:
    """A CatalogError on stderr; for the user's implicit sources, how to skip them."""
    source = getattr(exc, "source", "")
    implicit = source.startswith(("file:./models.json", "user-store", "user store", "env:"))
    hint = " (run with --builtin-only to ignore your own sources)" if implicit else ""
    error(f"{exc}{hint}")


def note(message: str) -> None:
    _stderr(f"{clean(message)}\n")


def console(stderr: bool = False) -> Console:
    import shutil

    from rich.console import Console

    plain = bool(os.environ.get("NO_COLOR"))  # no styling escapes at all, not only no colour
    dumb = os.environ.get("TERM") == "dumb"
    console = Console(
        stderr=stderr,
        highlight=False,
        soft_wrap=False,
        color_system=None if plain else "auto",
        force_terminal=(bool(_TABLE_ASKED) and not plain) or None,
        width=shutil.get_terminal_size().columns if dumb or _TABLE_ASKED else None,
    )
    console.on_broken_pipe = _broken_pipe  # type: ignore[method-assign]
    return console


def screen() -> tuple[int, bool] | None:
    """The stdout ``console()`` writes to, as rich (15) finds it, without importing rich: its
    width, and whether it takes styles; None where rich decides more (Windows, Jupyter,
    IDLE, a dumb terminal, an encoding other than UTF: rich then draws ASCII boxes)."""
    env = os.environ
    out = sys.stdout
    encoding = (getattr(out, "encoding", None) or "utf-8").lower()
    if (
        sys.platform == "win32"
        or hasattr(builtins, "get_ipython")
        or getattr(sys.stdin, "__module__", "").startswith("idlelib")
        or env.get("TERM", "").lower() in ("dumb", "unknown")
        or not encoding.startswith("utf")
    ):
        return None
    plain = bool(env.get("NO_COLOR"))
    if _TABLE_ASKED:
        import shutil

        return shutil.get_terminal_size().columns, not plain
    columns = env.get("COLUMNS")
    if columns is not None and columns.isdigit():
        width = int(columns)
    else:
        width = 0
        for fd in (0, 1, 2):
            with contextlib.suppress(AttributeError, ValueError, OSError):
                width = os.get_terminal_size(fd).columns
                break
        width = width or 80
    return width, not plain and _takes_escapes(out, env)


def _takes_escapes(out: IO[str] | None, env: Mapping[str, str]) -> bool:
    """Whether rich takes ``out`` for a terminal (TTY_COMPATIBLE, then FORCE_COLOR, then
    isatty)."""
    compatible = env.get("TTY_COMPATIBLE", "")
    if compatible in ("0", "1"):
        return compatible == "1"
    forced = env.get("FORCE_COLOR")
    if forced is not None:
        return forced != ""
    try:
        return out is not None and out.isatty()
    except ValueError:
        return False


def _broken_pipe() -> None:
    """Rich ends a run on a closed pipe with status 1; modelreg's stdout() makes it 0."""
    raise BrokenPipeError
