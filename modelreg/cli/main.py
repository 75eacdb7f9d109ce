"""The console script: shell completion and the front door before typer, then the app."""

from __future__ import annotations

import os
import sys

from modelreg.cli import COMPLETE_VAR


def main() -> None:
    """The console script: completion, the front door, else the typer app; never a traceback."""
    try:
        if os.environ.get(COMPLETE_VAR):
            from modelreg.cli.complete import answer

            raise SystemExit(answer(os.environ[COMPLETE_VAR], sys.argv[1:], os.environ))
        _check_today(os.environ.get("MODELREG_TODAY"))
        from modelreg.cli.memory import paused_gc

        # A command is over in a moment: the collector, paused for all of it, never walks
        # the records, hits and output objects it makes (a sixth of a 100k-model search);
        # what is alive at the end is frozen, never freed one by one (``serve`` resumes it).
        with paused_gc(freeze=True):
            from modelreg.cli.fast import run_fast

            code = run_fast(sys.argv[1:])
            if code is None:
                from modelreg.cli.app import app

                app(prog_name="modelreg")
                code = 0
        raise SystemExit(code)
    except KeyboardInterrupt:
        from modelreg.cli import status, terminal  # here: a TAB needs none of it

        terminal.error("interrupted")
        raise SystemExit(status.INTERRUPTED) from None
    except SystemExit:
        raise
    except BrokenPipeError:
        from modelreg.cli import terminal  # here: a TAB needs none of it

        terminal.silence_stdout()
        raise SystemExit(0) from None
    except OSError as exc:  # stdout or stderr that cannot be written (a full disk)
        from modelreg.cli import status, terminal  # here: a TAB needs none of it

        terminal.silence_stdout()
        terminal.error(f"cannot write the output: {exc.strerror or exc}")
        raise SystemExit(status.OUTPUT) from None
    except Exception as exc:  # a bug: still one line, never a traceback
        from modelreg.cli import status, terminal  # here: a TAB needs none of it

        terminal.error(f"internal error: {type(exc).__name__}: {exc}")
        raise SystemExit(status.INTERNAL) from None


def _check_today(pinned: str | None) -> None:
    """A MODELREG_TODAY that is not a YYYY-MM-DD date is a usage error (it would otherwise
    be compared with dates as text, and every status would be wrong)."""
    if not pinned:
        return
    import datetime as dt
    import re

    try:
        valid = bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", pinned)) and bool(
            dt.date.fromisoformat(pinned)
        )
    except ValueError:
        valid = False
    if not valid:
        from modelreg.cli import status, terminal

        terminal.error(f"MODELREG_TODAY must be a date as YYYY-MM-DD (2026-12-01), not {pinned!r}")
        raise SystemExit(status.USAGE)


def run() -> None:
    """The console script: main(), then the process ends as soon as its output is out.

    Atexit handlers run and stdout and stderr are flushed, but the interpreter does not
    free what the run loaded object by object (a 100,000-model registry takes a fifth of a
    second). A run that started threads ends the usual way.
    """
    try:
        main()
        code: object = 0
    except SystemExit as exc:
        code = exc.code
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        raise SystemExit(code)
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # as the interpreter treats SystemExit("message")
        print(code, file=sys.stderr)
        status = 1
    import atexit

    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except (OSError, ValueError):  # a reader that went away, or a closed stdout
        from modelreg.cli import terminal

        terminal.silence_stdout()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(status)
