"""The ``modelreg`` command: a thin layer that parses, calls the core and renders.

``main()`` answers shell completion (modelreg.cli.complete) and the fast paths
scripts call most (modelreg.cli.fast) before typer is imported; everything else
runs the typer app (modelreg.cli.app). Every failure is one line on stderr and
an exit status: 0 success, 1 model not found, 2 usage error, 3 invalid catalog
data, 4 cannot write the user store, 5 a request with violations (``check``),
6 output that cannot be written, 70 an internal error, 130 interrupted. No
traceback reaches a user.
"""

EXIT_NOT_FOUND, EXIT_USAGE, EXIT_CATALOG, EXIT_STORE = 1, 2, 3, 4
COMPLETE_VAR = "_MODELREG_COMPLETE"
