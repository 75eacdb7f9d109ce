"""The model table on a terminal, byte for byte: wide (CJK, emoji), combining and hostile
text (escape sequences, bidi and zero-width characters, markup, emoji codes) in ids and
providers; figures of every shape; every status; at 40, 80, 120 and 250 columns, with colour,
NO_COLOR, FORCE_COLOR, TERM=dumb, COLORTERM, TTY_COMPATIBLE, an ASCII stdout, a pty's own
size, piped and --format table piped.

The expected bytes (data/table_bytes.json) are what modelreg printed before its tables were
drawn without rich; ``python -m tests.cli.test_table_bytes`` writes them again, for a change
of the table that is meant."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios
import threading
import tty
from pathlib import Path

import pytest

from .conftest import SCRIPT

EXPECTED = Path(__file__).parent / "data" / "table_bytes.json"
TAG = "bytes-test"


def _model(model_id: str, **fields: object) -> dict[str, object]:
    return {"id": model_id, "tags": [TAG], "description": "a zebrabyte model", **fields}


MODELS = [
    _model(
        "bt-alpha",
        provider="zz-lab",
        context_window=128000,
        max_completion_tokens=16384,
        supports_vision=True,
        supports_function_calling=True,
        parameters=70_000_000_000,
        release_date="2024-05-01",
        pricing={"prompt_price_per_1m": 0.5, "completion_price_per_1m": 10},
    ),
    _model(
        "bt-中文-模型",
        name="中文模型",
        provider="zz-中文",
        context_window=131072,
        supports_vision=True,
        pricing={"prompt_price_per_1m": 0.00001, "completion_price_per_1m": 1e-7},
    ),
    _model("bt-esc\x1b[31mred\x1b[0m", provider="zz\x1b]0;title\x07", context_window=8191),
    _model("bt-\u202eevil-bidi", provider="zz-\u200bzero", context_window=1047576),
    _model(
        "bt-[bold red]x[/]",
        provider="zz-[link=http://x]y",
        supports_vision=True,
        pricing={"prompt_price_per_1m": 1234.5, "completion_price_per_1m": 123456789.125},
    ),
    _model("bt-:smile:-model", provider=":rocket:", context_window=1050000, kind="embedding"),
    _model(
        "bt-" + "long-segment-" * 4 + "end",
        provider="zz lab with spaces in its name",
        context_window=16500,
        supports_vision=True,
        supports_reasoning=True,
        pricing={"prompt_price_per_1m": 0, "completion_price_per_1m": 3},
    ),
    _model(
        "bt-deprecated",
        provider="zz-lab",
        deprecation_date="2025-01-01",
        context_window=999,
        supports_vision=True,
        pricing={"prompt_price_per_1m": 0.435, "completion_price_per_1m": 15.0},
    ),
    _model("bt-retired", provider="zz-lab", retirement_date="2025-06-01", context_window=2**20),
    _model("bt-preview", provider="zz-lab", status="preview", parameters=1_500_000_000_000),
    _model("bt-fictional", provider="zz-lab", fictional=True, parameters=405_000_000_000),
    _model("bt-e\u0301clair", provider="zz-combining", parameters=123456, kind="image_generation"),
    _model(
        "bt-🚀-rocket",
        provider="\uff5a\uff5a-fullwidth",
        context_window=200000,
        supports_vision=True,
    ),
    _model("bt-nbsp", provider="zz\xa0nbsp\u3000ideographic", max_completion_tokens=4096),
    _model("bt-tab\tid", provider="zz-lab", supports_audio_input=True, supports_batch=True),
    _model("bt-trailing", provider="zz-lab ", pricing={"prompt_price_per_1m": 2.5}),
    _model(
        "bt-vision-cheap",
        provider="zz-lab",
        supports_vision=True,
        max_completion_tokens=65536,
        pricing={"prompt_price_per_1m": 0.1, "completion_price_per_1m": 0.4},
    ),
]

COMMANDS = {
    "list": ["list", "--tag", TAG],
    "list --all": ["list", "--tag", TAG, "--all"],
    "search": ["search", "zebrabyte", "--tag", TAG],
    "filter": ["filter", "--tag", TAG, "--capability", "vision", "--max-prompt-price", "1"],
    "sorted": ["list", "--tag", TAG, "--all", "--sort", "parameters", "--desc"],
    "fields": ["list", "--tag", TAG, "--all", "--fields", "id,status,context_window,provider"],
}
# (name, environment, on a pty (else piped), --format table): the first five with every
# command, the others with the first two.
SETTINGS: list[tuple[str, dict[str, str], bool, bool]] = [
    ("120 columns", {"COLUMNS": "120"}, True, False),
    ("80 columns", {"COLUMNS": "80"}, True, False),
    ("40 columns", {"COLUMNS": "40"}, True, False),
    ("NO_COLOR", {"COLUMNS": "120", "NO_COLOR": "1"}, True, False),
    ("250 columns", {"COLUMNS": "250"}, True, False),
    ("the pty's size", {}, True, False),
    ("TERM=dumb", {"COLUMNS": "120", "TERM": "dumb"}, True, False),
    ("COLORTERM=truecolor", {"COLUMNS": "120", "COLORTERM": "truecolor"}, True, False),
    ("TTY_COMPATIBLE=0", {"COLUMNS": "120", "TTY_COMPATIBLE": "0"}, True, False),
    ("FORCE_COLOR= on a pty", {"COLUMNS": "120", "FORCE_COLOR": ""}, True, False),
    ("PYTHONIOENCODING=ascii", {"COLUMNS": "120", "PYTHONIOENCODING": "ascii"}, True, False),
    ("piped", {"COLUMNS": "120"}, False, False),
    ("piped, FORCE_COLOR", {"COLUMNS": "120", "FORCE_COLOR": "1"}, False, False),
    ("--format table piped", {"COLUMNS": "120"}, False, True),
    ("--format table piped, NO_COLOR", {"COLUMNS": "90", "NO_COLOR": "1"}, False, True),
    ("--format table piped, FORCE_COLOR", {"COLUMNS": "120", "FORCE_COLOR": "1"}, False, True),
]
CASES = [
    (f"{command} / {setting}", argv, env, on_pty, asked)
    for n, (setting, env, on_pty, asked) in enumerate(SETTINGS)
    for m, (command, argv) in enumerate(COMMANDS.items())
    if n < 5 or m < 2
]
# What the environment may not bring in: these decide colour and width.
_DECIDING = ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "TERM", "COLORTERM", "TTY_", "PYTHONIO")


def _on_pty(argv: list[str], env: dict[str, str]) -> bytes:
    """What the command writes to a raw pty of 30 x 100 (stdin empty, stderr apart)."""
    master, slave = pty.openpty()
    tty.setraw(slave)
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    chunks: list[bytes] = []

    def drain() -> None:
        try:
            while chunk := os.read(master, 65536):
                chunks.append(chunk)
        except OSError:
            pass

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    done = subprocess.run(
        argv, env=env, stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.PIPE, timeout=60
    )
    os.close(slave)
    reader.join()
    os.close(master)
    assert done.returncode == 0, done.stderr
    return b"".join(chunks)


def drawn(catalog: Path, home: Path, script: str) -> dict[str, str]:
    """Every case's stdout, with ``catalog`` as the one source beside the built-ins."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(_DECIDING)}
    base.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        MODELREG_TODAY="2026-12-01",
        MODELREG_CATALOG=str(catalog),
        TERM="xterm-256color",
    )
    out = {}
    for name, argv, env, on_pty, asked in CASES:
        command = [script, *argv, *(["--format", "table"] if asked else [])]
        if on_pty:
            raw = _on_pty(command, {**base, **env})
        else:
            done = subprocess.run(
                command, env={**base, **env}, capture_output=True, check=True, timeout=60
            )
            raw = done.stdout
        out[name] = raw.decode("utf-8")
    return out


@pytest.fixture(scope="module")
def now(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("bytes")
    catalog = root / "catalog.json"
    catalog.write_text(json.dumps(MODELS), encoding="utf-8")
    assert SCRIPT
    return drawn(catalog, root, SCRIPT)


@pytest.mark.parametrize("case", [c[0] for c in CASES])
def test_the_table_is_drawn_as_before(now: dict[str, str], case: str) -> None:
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert now[case] == expected[case]


def test_the_cases_draw_what_they_are_about() -> None:
    """The expected bytes hold tables with colour, without, wrapped and one a line."""
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert set(expected) == {c[0] for c in CASES}
    assert "\x1b[33mdeprecated" in expected["list --all / 250 columns"]
    assert "\x1b[36mpreview" in expected["fields / 80 columns"]
    assert "\x1b" not in expected["list --all / NO_COLOR"]
    assert "\\x1b[31m" in expected["list / 120 columns"]  # escaped, never acted on
    assert "中文" in expected["list / 120 columns"]
    assert "\t" in expected["list / piped"]


if __name__ == "__main__":  # write the expected bytes from the modelreg installed here
    import tempfile

    script = str(Path(sys.executable).parent / "modelreg")
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "catalog.json"
        source.write_text(json.dumps(MODELS), encoding="utf-8")
        EXPECTED.parent.mkdir(exist_ok=True)
        result = drawn(source, Path(scratch), script)
        EXPECTED.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", "utf-8")
