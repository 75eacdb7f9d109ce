"""The ``modelreg`` command: a thin layer that parses, calls the core and renders.

``main()`` answers shell completion (modelreg.cli.complete) and the fast paths
scripts call most (modelreg.cli.fast) before typer is imported; everything else
runs the typer app (modelreg.cli.app). Every failure is one line on stderr and
an exit status: 0 success, 1 model not found, 2 usage error, 3 invalid catalog
data, 4 cannot write the user store, 5 a request with violations (``check``),
6 output that cannot be written, 70 an internal error, 130 interrupted. No
traceback reaches a user.
"""

from __future__ import annotations

import os
import sys

EXIT_NOT_FOUND, EXIT_USAGE, EXIT_CATALOG, EXIT_STORE = 1, 2, 3, 4
COMPLETE_VAR = "_MODELREG_COMPLETE"


def main() -> None:
    """The console script: completion, the fast paths, else the typer app; never a traceback."""
    try:
        if os.environ.get(COMPLETE_VAR):
            from modelreg.cli.complete import answer

            raise SystemExit(answer(os.environ[COMPLETE_VAR], sys.argv[1:], os.environ))
        from modelreg.cli.fast import run_fast

        status = run_fast(sys.argv[1:])
        if status is None:
            from modelreg.cli.app import app

            app()
            status = 0
        raise SystemExit(status)
    except KeyboardInterrupt:
        from modelreg.cli import output

        output.error("interrupted")
        raise SystemExit(130) from None
    except SystemExit:
        raise
    except BrokenPipeError:
        from modelreg.cli import output

        output.silence_stdout()
        raise SystemExit(0) from None
    except OSError as exc:  # stdout or stderr that cannot be written (a full disk)
        from modelreg.cli import output

        output.silence_stdout()
        output.error(f"cannot write the output: {exc.strerror or exc}")
        raise SystemExit(output.EXIT_OUTPUT) from None
    except Exception as exc:  # a bug: still one line, never a traceback
        from modelreg.cli import output

        output.error(f"internal error: {type(exc).__name__}: {exc}")
        raise SystemExit(70) from None
