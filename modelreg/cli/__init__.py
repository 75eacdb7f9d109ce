"""The ``modelreg`` command: a thin layer that parses, calls the core and renders.

``main()`` answers shell completion (modelreg.cli.complete) and, through the front
door (modelreg.cli.fast), the commands people and scripts run most before typer is
imported, both reading the grammar generated from the typer app; everything else
runs the typer app (modelreg.cli.app). Every failure is one line on stderr and
an exit status (modelreg.cli.status declares them and maps the core's errors to
them). No traceback reaches a user.
"""

COMPLETE_VAR = "_MODELREG_COMPLETE"
