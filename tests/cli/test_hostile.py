"""Hostile input through the real console script: devices, pipes, terminals, a full disk
(the variants of a behaviour past its first case run the same main() in-process).

Every run gets a clean environment: this test's isolated one without PYTHONUNBUFFERED and
PYTHONDONTWRITEBYTECODE (some failures, such as the interpreter's own last flush, only
show without them).
"""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from modelreg import userstore
from tests.catalog_server import serve
from tests.cli.conftest import SCRIPT, run_in_process

OSC_TITLE = "\x1b]0;pwned\x07"
OSC_CLIPBOARD = "\x1b]52;c;cm0gLXJmIH4=\x07"
C1_CSI = "\x9b31m"
BIDI = "\u202e"
ZERO_WIDTH = "\u200b"


def clean_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONUNBUFFERED", "PYTHOND"))}
    env.update(extra or {})
    return env


def run(
    *args: str | bytes,
    env: Mapping[str, str] | None = None,
    stdin: Any = subprocess.DEVNULL,
    stdout: Any = subprocess.PIPE,
    timeout: float = 60,
) -> subprocess.CompletedProcess[bytes]:
    """The console script in a clean environment; output as bytes."""
    assert SCRIPT
    return subprocess.run(
        [SCRIPT, *args],
        env=clean_env(env),
        stdin=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=timeout,
    )


def run_here(
    *args: str, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """The command line in-process (the same main() the script runs), shaped like ``run``'s
    answer: for the variants of a behaviour whose first case runs the script."""
    out = run_in_process(*args, env=env)
    return subprocess.CompletedProcess(
        ["modelreg", *args], out.code, out.stdout.encode(), out.stderr.encode()
    )


def in_terminal(*args: str, env: Mapping[str, str] | None = None) -> tuple[int, str]:
    """The console script with stdout a pseudo-terminal: (status, what the terminal got)."""
    assert SCRIPT
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [SCRIPT, *args],
        env=clean_env({"TERM": "xterm", **(env or {})}),
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=subprocess.PIPE,
    )
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the other side closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert process.stderr is not None
    process.stderr.close()
    return process.wait(timeout=60), b"".join(chunks).decode("utf-8", "replace")


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def quiet(done: subprocess.CompletedProcess[bytes]) -> str:
    """Stderr, checked to hold no traceback and no 'Exception ignored'."""
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert "internal error" not in err, err
    return err


def deep(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {"leaf": 1}
    for _ in range(depth - 1):
        value = {"x": value}
    return value


@pytest.fixture
def server() -> Iterator[str]:
    with serve() as url:
        yield url


# -- high: nesting, devices, FIFOs -----------------------------------------------------------


def test_add_from_json_of_a_200_deep_entry_exits_3_and_every_command_still_works(
    tmp_path: Path,
) -> None:
    source = write_json(tmp_path / "deep.json", {"id": "deep", "fine_tuning_config": deep(198)})
    done = run("add", "--from-json", str(source))
    assert done.returncode == 3
    err = quiet(done)
    assert "entry 0 ('deep')" in err and "fine_tuning_config" in err and "32 levels" in err
    assert run("list", "--format", "ids").returncode == 0
    assert run("remove", "nothing-here").returncode == 1
    assert not userstore.store_path().exists()


@pytest.mark.parametrize(
    "args",
    [
        ["-c", "/dev/zero", "list"],
        ["-c", "/dev/urandom", "list"],
        ["-c", "file:///dev/zero", "list"],
        ["add", "--from-json", "/dev/zero"],
    ],
)
def test_devices_are_refused_with_exit_3(args: list[str]) -> None:
    done = run(*args, timeout=30) if args[1] == "/dev/zero" else run_here(*args)
    assert done.returncode == 3
    assert "character device" in quiet(done)


def test_add_from_stdin_that_is_dev_zero_is_refused() -> None:
    with open("/dev/zero", "rb") as zero:
        done = run("add", "--from-json", "-", stdin=zero, timeout=30)
    assert done.returncode == 3 and "device" in quiet(done)


@pytest.mark.parametrize("where", ["local", "store"])
@pytest.mark.parametrize("kind", ["fifo", "/dev/zero", "/dev/stdin", "loop"])
def test_an_implicit_source_that_is_not_a_regular_file_exits_3(
    isolated: Path, where: str, kind: str
) -> None:
    path = isolated / "models.json" if where == "local" else userstore.store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "loop":
        os.symlink(path.name, path)
    else:
        os.symlink(kind, path)
    first = (where, kind) == ("local", "fifo")
    done = (
        run("list", "--format", "ids", timeout=30) if first else run_here("list", "--format", "ids")
    )
    assert done.returncode == 3
    err = quiet(done)
    assert ("models.json" in err) and ("not a regular file" in err or "loop" in err)


def test_an_explicit_pipe_is_read_within_the_cap() -> None:
    done = subprocess.run(
        [SCRIPT, "-c", "/dev/stdin", "show", "piped", "--json"],
        env=clean_env(),
        input=json.dumps([{"id": "piped"}]).encode(),
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == "piped"
    done = subprocess.run(
        [SCRIPT, "-c", "/dev/stdin", "list"],
        env=clean_env({"MODELREG_MAX_BYTES": "100"}),
        input=json.dumps([{"id": f"m{i}"} for i in range(50)]).encode(),
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 3 and "100 byte limit" in quiet(done)


@pytest.mark.parametrize("as_url", [False, True])
def test_a_file_over_the_cap_exits_3(tmp_path: Path, as_url: bool) -> None:
    path = write_json(tmp_path / "big.json", [{"id": f"m{i}"} for i in range(100)])
    location = path.as_uri() if as_url else str(path)
    done = run("-c", location, "list", env={"MODELREG_MAX_BYTES": "1K"})
    assert done.returncode == 3 and "1024 byte limit" in quiet(done)
    assert run("-c", location, "list", env={"MODELREG_MAX_BYTES": "junk"}).returncode == 3


# -- medium: escapes in every format, a symlinked store, credentials, dates ----------------


@pytest.fixture
def hostile_ids(tmp_path: Path) -> Path:
    ids = [f"title{OSC_TITLE}", f"clip{OSC_CLIPBOARD}", f"c1{C1_CSI}", f"bidi{BIDI}x{ZERO_WIDTH}"]
    return write_json(tmp_path / "ids.json", [{"id": i} for i in ids])


def compare_args(catalog: Path) -> list[str]:
    ids = [m["id"] for m in json.loads(catalog.read_text())]
    return ["-c", str(catalog), "compare", *ids]


RAW = ("\x1b", "\x07", "\x9b", BIDI, ZERO_WIDTH)
# A terminal also gets rich's own styles (ESC [ 1 m): look for what the ids carry.
RAW_IN_TERMINAL = ("\x1b]", "\x07", "\x9b", BIDI, ZERO_WIDTH)


@pytest.mark.parametrize("fmt", [[], ["--format", "csv"], ["--format", "ids"]])
def test_compare_escapes_its_header_of_ids_when_piped(hostile_ids: Path, fmt: list[str]) -> None:
    done = (run if not fmt else run_here)(*compare_args(hostile_ids), *fmt)
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    for raw in RAW:
        assert raw not in out, (raw, fmt)
    assert "title\\x1b]0;pwned\\x07" in out and "\\u202e" in out and "\\x9b" in out


@pytest.mark.parametrize("fmt", [[], ["--json"], ["--format", "jsonl"], ["--format", "csv"]])
def test_nothing_raw_reaches_a_terminal(hostile_ids: Path, fmt: list[str]) -> None:
    for command in (compare_args(hostile_ids), ["-c", str(hostile_ids), "list"]):
        code, out = in_terminal(*command, *fmt)
        assert code == 0, out
        for raw in RAW_IN_TERMINAL:
            assert raw not in out, (raw, command, fmt)


def test_json_to_a_terminal_stays_the_same_json(hostile_ids: Path) -> None:
    code, out = in_terminal("-c", str(hostile_ids), "list", "--json", "--provider", "custom")
    assert code == 0
    assert "\\u009b" in out and "\\u202e" in out
    ids = [m["id"] for m in json.loads(out)]
    assert f"c1{C1_CSI}" in ids and f"bidi{BIDI}x{ZERO_WIDTH}" in ids


def test_a_symlinked_store_stays_a_symlink(tmp_path: Path) -> None:
    target = tmp_path / "dotfiles" / "models.json"
    target.parent.mkdir()
    target.write_text('{"format_version": 1, "models": []}')
    store = userstore.store_path()
    store.parent.mkdir(parents=True)
    store.symlink_to(target)
    done = run("add", "linked", "--context-window", "10000")
    assert done.returncode == 0, quiet(done)
    assert store.is_symlink()
    assert json.loads(target.read_text())["models"] == [{"id": "linked", "context_window": 10000}]


def test_credentials_in_a_catalog_url_are_used_and_never_echoed(server: str) -> None:
    from tests.catalog_server import TOKEN, USER

    host = server.removeprefix("http://")
    good = run("-c", f"http://{USER}:{TOKEN}@{host}/auth", "show", "served-model", "--json")
    assert good.returncode == 0, good.stderr
    sources = json.loads(good.stdout)["sources"]
    assert sources == [f"url:http://***@{host}/auth"]
    bad = run("-c", f"http://{USER}:{TOKEN}@{host}/status/404", "list")
    assert bad.returncode == 3
    assert TOKEN not in quiet(bad) and "***@" in bad.stderr.decode()


def test_a_created_beyond_year_9999_is_refused_and_show_works_at_the_limit(
    tmp_path: Path,
) -> None:
    far = write_json(tmp_path / "far.json", [{"id": "far", "created": 10**12}])
    done = run("-c", str(far), "list")
    assert done.returncode == 3 and "field 'created'" in quiet(done)
    last = write_json(tmp_path / "last.json", [{"id": "last", "created": 253402300799}])
    code, out = in_terminal("-c", str(last), "show", "last")
    assert code == 0 and "9999-12-31" in out


# -- low: broken promises ------------------------------------------------------------------


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "1e400"])
def test_non_finite_numbers_never_reach_stdout(tmp_path: Path, literal: str) -> None:
    path = tmp_path / "nan.json"
    path.write_text(f'[{{"id": "n", "fine_tuning_config": {{"lr": {literal}}}}}]')
    run_ = run if literal == "NaN" else run_here
    done = run_("-c", str(path), "show", "n", "--json")
    assert done.returncode == 3 and b"NaN" not in done.stdout and b"Infinity" not in done.stdout
    assert "finite" in quiet(done)
    add = run_("add", "--from-json", str(path))
    assert add.returncode == 3 and not userstore.store_path().exists()


def test_a_cost_that_overflows_is_an_error_not_infinity(tmp_path: Path) -> None:
    path = write_json(
        tmp_path / "p.json", [{"id": "dear", "pricing": {"prompt_price_per_1m": 1e308}}]
    )
    done = run("-c", str(path), "cost", "dear", "--prompt-tokens", "1000000000", "--json")
    assert done.returncode == 2 and b"Infinity" not in done.stdout
    assert "overflows" in quiet(done)


@pytest.mark.parametrize("digits", [400, 5000])
def test_a_huge_token_count_is_a_usage_error(digits: int) -> None:
    done = (run if digits == 400 else run_here)("cost", "gpt-4o", "--prompt-tokens", "9" * digits)
    assert done.returncode == 2
    quiet(done)


def test_a_store_path_too_long_to_probe_exits_3(tmp_path: Path) -> None:
    done = run("list", env={"XDG_CONFIG_HOME": str(tmp_path / ("x" * 5000))})
    assert done.returncode == 3 and "too long" in quiet(done)


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_an_output_encoding_that_cannot_hold_the_text_never_crashes(
    tmp_path: Path, encoding: str
) -> None:
    path = write_json(
        tmp_path / "u.json", [{"id": "unicode", "name": "Ünïcødé ☃", "description": "日本語"}]
    )
    for command in (["show", "unicode"], ["show", "unicode", "--json"], ["list"]):
        done = run("-c", str(path), *command, env={"PYTHONIOENCODING": encoding})
        assert done.returncode == 0, (command, done.stderr)
        quiet(done)
    code, out = in_terminal("-c", str(path), "list", env={"PYTHONIOENCODING": "ascii"})
    assert code == 0 and "unicode" in out
    done = run("show", "snöwman☃", env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 1 and "\\u2603" in quiet(done)


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
@pytest.mark.parametrize(
    "command",
    [["list", "--json"], ["list", "--format", "jsonl"], ["show", "unicode", "--json"]],
    ids=["list", "jsonl", "show"],
)
def test_json_to_an_encoding_that_cannot_hold_the_text_escapes_it_as_json(
    tmp_path: Path, encoding: str, command: list[str]
) -> None:
    text = {"name": "Ünïcødé ☃", "description": "日本語 😀"}
    path = write_json(tmp_path / "u.json", [{"id": "unicode", **text}])
    utf8 = run("-c", str(path), *command, env={"PYTHONIOENCODING": "utf-8"})
    other = run("-c", str(path), *command, env={"PYTHONIOENCODING": encoding})
    assert other.returncode == utf8.returncode == 0
    assert max(other.stdout) < 0x80  # \\uNNNN escapes, not the encoding's replacements
    lines = other.stdout.splitlines() if "jsonl" in command else [other.stdout]
    expected = utf8.stdout.splitlines() if "jsonl" in command else [utf8.stdout]
    assert [json.loads(x) for x in lines] == [json.loads(x) for x in expected]
    assert "\\u65e5\\u672c\\u8a9e \\ud83d\\ude00" in other.stdout.decode()  # JSON's escapes


def test_bytes_that_are_not_utf8_in_argv_and_env() -> None:
    done = run("show", b"caf\xff")
    assert done.returncode == 1 and "\\udcff" in quiet(done)
    done = run("add", b"caf\xff")
    assert done.returncode == 2 and "Unicode" in quiet(done)
    done = run("add", "plain", "--name", b"caf\xff")
    assert done.returncode == 2 and not userstore.store_path().exists()
    env = {k.encode(): v.encode() for k, v in clean_env().items()}
    env[b"FAKEAI_CUSTOM_MODELS"] = b'[{"id": "caf\xff"}]'
    assert SCRIPT
    done = subprocess.run([SCRIPT, "list"], env=env, capture_output=True, timeout=60)  # type: ignore[arg-type]
    assert done.returncode == 3 and "UTF-8" in quiet(done)


@pytest.mark.parametrize(
    "command", [["--version"], ["show", "gpt-4o"], ["show", "gpt-4o", "--json"]]
)
def test_a_full_stdout_exits_6_with_a_message(command: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        done = run(*command, stdout=full)
    err = quiet(done)
    assert done.returncode == 6, err
    assert "No space left on device" in err


@pytest.mark.parametrize("command", [["--version"], ["show", "gpt-4o"], ["list", "--json"]])
def test_a_closed_pipe_exits_0_quietly_even_for_small_outputs(command: list[str]) -> None:
    read, write = os.pipe()
    os.close(read)
    try:
        done = run(*command, stdout=write)
    finally:
        os.close(write)
    quiet(done)
    assert done.returncode == 0


def test_a_closed_stdout_exits_6() -> None:
    assert SCRIPT
    done = subprocess.run(
        f"exec {SCRIPT} show gpt-4o >&-",
        shell=True,
        env=clean_env(),
        capture_output=False,
        stderr=subprocess.PIPE,
        timeout=60,
    )
    assert done.returncode == 6
    assert "stdout" in quiet(done)


def test_remove_refuses_to_rewrite_a_store_that_does_not_load() -> None:
    store = userstore.store_path()
    store.parent.mkdir(parents=True)
    store.write_text(json.dumps([{"id": "fine"}, {"id": "bad", "context_window": "big"}]))
    before = store.read_bytes()
    done = run("remove", "fine")
    assert done.returncode == 3 and "'bad'" in quiet(done)
    assert store.read_bytes() == before


def test_a_file_url_of_another_host_exits_3(tmp_path: Path) -> None:
    path = write_json(tmp_path / "m.json", [])
    done = run("-c", f"file://example.com{path}", "list")
    assert done.returncode == 3 and "local file" in quiet(done)


@pytest.mark.parametrize(
    "command", [["list", "--provider", "openai"], ["show", "gpt-4o"], ["compare", "gpt-4o", "o1"]]
)
def test_a_terminal_five_columns_wide_still_shows_the_data(command: list[str]) -> None:
    code, out = in_terminal(*command, env={"COLUMNS": "5"})
    assert code == 0
    assert "gpt-4o" in out.replace("\r\n", "\n")


def test_a_fetch_that_hangs_holds_back_no_other_writer(server: str) -> None:
    """An add whose --catalog URL hangs takes the lock only once the fetch is over."""
    from tests.catalog_server import hanging

    slow = subprocess.Popen(
        [SCRIPT or "", "-c", f"{server}/hang", "add", "first"],
        env=clean_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(600):  # until the server holds its request
            if hanging() or slow.poll() is not None:
                break
            time.sleep(0.05)
        assert hanging() == 1
        done = run("add", "second")
        assert done.returncode == 0, done.stderr
        assert hanging() == 1  # finished while the other add was still fetching
    finally:
        slow.kill()
        slow.wait()


def test_large_json_on_a_terminal_is_plain_and_small_json_highlighted(tmp_path: Path) -> None:
    """A large listing on a terminal: plain, one model per line (a terminal's cost is per
    line), the same JSON as piped."""
    from modelreg.cli.output import HIGHLIGHT_LIMIT

    models = [{"id": f"acme/wide-{i}", "description": "x" * 200} for i in range(2000)]
    catalog = write_json(tmp_path / "wide.json", models)
    env = {"COLUMNS": "120", "NO_COLOR": ""}
    code, screen = in_terminal("-c", str(catalog), "list", "--all", "--json", env=env)
    assert code == 0 and len(screen) > HIGHLIGHT_LIMIT
    assert "\x1b[" not in screen and screen.count('"id": "acme/wide-') == 2000
    lines = screen.replace("\r\n", "\n").strip().split("\n")
    piped = json.loads(run_in_process("-c", str(catalog), "list", "--all", "--json").stdout)
    assert json.loads("\n".join(lines)) == piped and len(lines) == len(piped) + 2
    code, small = in_terminal("capabilities", "gpt-4o", "--json", env=env)
    assert code == 0 and "\x1b[" in small  # highlighted
