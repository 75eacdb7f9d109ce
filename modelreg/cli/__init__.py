"""The ``modelreg`` command: a thin layer that parses, calls the core and renders.

``main()`` answers shell completion (modelreg.cli.complete) and the fast paths
scripts call most (modelreg.cli.fast) before typer is imported; everything else
runs the typer app (modelreg.cli.app). Every failure is one line on stderr and
an exit status (modelreg.cli.status declares them and maps the core's errors to
them). No traceback reaches a user.
"""

COMPLETE_VAR = "_MODELREG_COMPLETE"
