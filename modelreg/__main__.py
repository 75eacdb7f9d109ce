"""``python -m modelreg``."""

from modelreg.cli.main import run

run()
