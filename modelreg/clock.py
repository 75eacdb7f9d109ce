"""Today, as modelreg's statuses and snapshots see it (plain Python: a TAB asks it)."""

from __future__ import annotations

import os
import time


def today() -> str:
    """Today's local date as YYYY-MM-DD, or the one MODELREG_TODAY pins (for tests and
    reproducible runs)."""
    return os.environ.get("MODELREG_TODAY") or time.strftime("%Y-%m-%d")
