"""Hostile files, streams, caches and URLs through the real console script: links and FIFOs
planted in the cache, unbounded request and usage files, credentials in catalog URLs,
numbers too large to hold, a poisoned completion cache, malformed URLs and deadlines."""

from __future__ import annotations

import contextlib
import json
import marshal
import os
import random
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from modelreg import compile, inputs, safefile, snapshot, tabcache
from modelreg import registry as registries
from modelreg.snapshot import writing
from modelreg.sources import outside
from tests.outside_server import Catalogs, litellm_doc, serve

from .conftest import SCRIPT, Outcome, Run, env_for_subprocess, run_in_process, run_script

HUGE = int("9" * 400)


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Catalogs]:
    """The outside catalogs' test server, LiteLLM's URL pointed at its /litellm.json."""
    with serve() as catalogs:
        monkeypatch.setenv(
            "MODELREG_URL_LITELLM", catalogs.publish("/litellm.json", litellm_doc(), '"v1"')
        )
        yield catalogs


def cache() -> Path:
    return Path(os.environ["HOME"]) / ".cache" / "modelreg"


def update(*args: str, **env: str) -> Outcome:
    return run_script("update", *args, env=env)


def script_once(first: bool) -> Run:
    """The console script for the first case of a parametrized test, the command line
    in-process (the same main()) for the others: each case reads fresh state in one run."""
    return run_script if first else run_in_process


def one_line_error(out: Outcome, code: int, *words: str) -> None:
    """Exit ``code`` with an error naming ``words`` (update reports on stdout), never a
    traceback."""
    said = out.stdout + out.stderr
    assert out.code == code, (out.code, said)
    assert "Traceback" not in said and "internal error" not in said
    for word in words:
        assert word in said, said


# -- high: update never writes through a link planted in the cache -----------------------


def test_update_replaces_links_planted_in_the_cache_never_their_targets(
    server: Catalogs, tmp_path: Path
) -> None:
    victim, fifo = tmp_path / "victim.txt", tmp_path / "victim.fifo"
    victim.write_text("precious")
    os.mkfifo(fifo)
    cache().mkdir(parents=True)
    (cache() / "litellm.json").symlink_to(victim)
    (cache() / "litellm.meta.json").symlink_to(fifo)
    out = update("--enable", "litellm")
    assert out.code == 0, out.stderr
    assert victim.read_text() == "precious"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    for name in ("litellm.json", "litellm.meta.json"):
        assert stat.S_ISREG(os.lstat(cache() / name).st_mode)  # the link itself replaced
    assert run_script("show", "outside-model-one").code == 0


def test_a_lock_file_planted_as_a_link_creates_nothing(server: Catalogs, tmp_path: Path) -> None:
    target = tmp_path / "created-by-modelreg"
    cache().mkdir(parents=True)
    (cache() / "litellm.json.lock").symlink_to(target)
    out = update("--enable", "litellm")
    one_line_error(out, 3, "litellm.json.lock", "symbolic link")
    assert not target.exists()


# -- medium: the cache's metadata is read like every file ------------------------------


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "deep", "world-writable"])
def test_metadata_that_is_not_modelregs_own_file_is_no_metadata(
    server: Catalogs, kind: str
) -> None:
    assert update("--enable", "litellm").code == 0
    meta = cache() / "litellm.meta.json"
    planted = json.loads(meta.read_text())
    meta.unlink()
    if kind == "fifo":
        os.mkfifo(meta)
    elif kind == "dev-zero":
        meta.symlink_to("/dev/zero")
    elif kind == "deep":
        meta.write_text("[" * 5000 + "]" * 5000)
    else:
        meta.write_text(json.dumps({**planted, "etag": '"planted"'}))
        meta.chmod(0o666)
    started = time.monotonic()
    listed = run_script("sources", "--json")
    assert listed.code == 0, listed.stderr
    [copy] = [s for s in listed.json() if s["kind"] == "outside"]
    assert copy["status"] == "loaded" and copy["models"] == 2
    again = update()
    assert again.code == 0, again.stderr
    assert time.monotonic() - started < 20  # a FIFO hangs nothing
    assert server.seen("/litellm.json")[-1].get("if-none-match") is None  # not believed
    assert stat.S_ISREG(os.lstat(meta).st_mode)  # and replaced


def test_a_cached_copy_every_user_may_write_is_refused_and_update_mends_it(
    server: Catalogs,
) -> None:
    assert update("--enable", "litellm").code == 0
    copy = cache() / "litellm.json"
    copy.chmod(0o666)
    one_line_error(run_script("show", "outside-model-one"), 3, "litellm.json", "modelreg's own")
    assert update().code == 0
    assert server.seen("/litellm.json")[-1].get("if-none-match") is None
    assert stat.S_IMODE(copy.stat().st_mode) == 0o644
    assert run_script("show", "outside-model-one").code == 0


def test_an_update_killed_between_its_writes_leaves_nothing_believed_or_behind(
    server: Catalogs,
) -> None:
    """A kill after the copy was replaced and before the metadata was: the old metadata
    describes another copy, and the metadata's temporary file is still there."""
    assert update("--enable", "litellm").code == 0
    copy = cache() / "litellm.json"
    copy.write_text(json.dumps(litellm_doc("brand-new-model")))  # what the killed run wrote
    leftover = cache() / ".litellm.meta.json.k1ll3d.tmp"
    leftover.write_text('{"half": ')
    out = update("--json")
    assert out.code == 0, out.stderr
    assert server.seen("/litellm.json")[-1].get("if-none-match") is None
    assert out.json()[0]["status"] == "updated"
    assert not leftover.exists()
    assert run_script("show", "outside-model-one").code == 0


def test_updates_killed_at_random_moments_leave_nothing_the_next_update_does_not_mend(
    server: Catalogs,
) -> None:
    """kill -9 at random moments of updates that each bring a new copy: metadata, when
    there is any, always describes the copy cached; the next update leaves no temporary."""
    padding = [f"padding-model-{i:04d}" for i in range(3000)]
    rng = random.Random(28)
    assert update("--enable", "litellm").code == 0
    for round_ in range(8):
        server.publish("/litellm.json", litellm_doc(*padding, f"round-{round_}"), f'"r{round_}"')
        process = subprocess.Popen(
            [SCRIPT, "update"],
            env=env_for_subprocess(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        with contextlib.suppress(subprocess.TimeoutExpired):  # else it ended by itself
            process.wait(rng.uniform(0.05, 1.5))
        process.kill()
        process.wait()
        meta = outside.read_meta("litellm")
        if meta:
            copy = json.loads((cache() / "litellm.json").read_text())
            assert meta["models"] == len(copy), round_  # gpt-4o, outside-model-one, ...
    out = update("--json")
    assert out.code == 0, out.stderr
    assert list(cache().glob(".*.tmp")) == []
    meta = outside.read_meta("litellm")
    assert meta["etag"] == '"r7"' and meta["models"] == len(padding) + 3
    assert run_script("show", "round-7").code == 0


# -- medium: request and usage files are bounded ---------------------------------------


@pytest.mark.parametrize("request_file", ["/dev/zero", "/dev/urandom"])
def test_check_refuses_a_device_as_its_request(request_file: str) -> None:
    out = run_script("check", "gpt-4o", "--request", request_file)
    one_line_error(out, 3, request_file, "character device")


def test_check_request_from_stdin_is_capped() -> None:
    body = json.dumps({"messages": [{"role": "user", "content": "x" * 5000}]})
    out = run_script(
        "check", "gpt-4o", "--request", "-", input=body, env={"MODELREG_MAX_BYTES": "1K"}
    )
    one_line_error(out, 3, "stdin", "1024 byte limit", "MODELREG_MAX_BYTES")


def test_a_pipe_is_read_within_10_seconds() -> None:
    assert safefile.PIPE_TIMEOUT == 10.0  # what the README promises
    assert safefile.read_bytes.__kwdefaults__["timeout"] == safefile.PIPE_TIMEOUT


def test_check_request_from_a_fifo_without_a_writer_times_out(tmp_path: Path) -> None:
    """The console script's own code, the pipe deadline shortened so the wait is short."""
    fifo = tmp_path / "request.fifo"
    os.mkfifo(fifo)
    short_deadline = (
        "import modelreg.safefile as s; s.read_bytes.__kwdefaults__['timeout'] = 0.5; "
        "from modelreg.cli.main import run; run()"
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", short_deadline, "check", "gpt-4o", "--request", str(fifo)],
        env=env_for_subprocess(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    out = Outcome(done.returncode, done.stdout, done.stderr, "script")
    one_line_error(out, 3, str(fifo), "timed out after 0.5 s")
    assert out.stderr.count("\n") == 1
    assert time.monotonic() - started < 30


def test_a_deeply_nested_usage_line_exits_3_naming_the_line(tmp_path: Path) -> None:
    usage = tmp_path / "usage.jsonl"
    good = json.dumps({"model": "gpt-4o", "usage": {"prompt_tokens": 10}})
    usage.write_text(good + "\n" + '{"model": "gpt-4o", "x": ' + "[" * 1000 + "]" * 1000 + "}\n")
    one_line_error(run_script("cost", "--usage", str(usage)), 3, "usage.jsonl", "line 2")


@pytest.mark.parametrize("tools", [7, "abc", {"type": "function"}])
def test_tools_that_are_not_an_array_are_a_violation_with_or_without_the_flag(
    tmp_path: Path, tools: Any
) -> None:
    body = {"messages": [{"role": "user", "content": "hi"}], "tools": tools}
    path = tmp_path / "body.json"
    path.write_text(json.dumps(body))
    for flags in ([], ["--tools"]):
        out = script_once(tools == 7)("check", "gpt-4o", "--request", str(path), *flags)
        assert out.code == 5, (flags, out.stderr)
        assert out.stderr.startswith("tools: 'tools' must be an array")


# -- medium: credentials in catalog URLs are never printed -----------------------------


def test_sources_and_audit_never_print_a_catalog_urls_password() -> None:
    with serve() as catalogs:
        url = catalogs.publish("/c.json", [{"id": "gpt-4o", "context_window": 1}], '"c"')
        secret = url.replace("http://", "http://alice:s3cr3t@")
        for args in (
            ["-c", secret, "sources"],
            ["-c", secret, "sources", "--json"],
            ["audit", "--against", secret],
            ["audit", "--against", secret, "--json"],
            ["-c", secret, "audit", "--json"],
        ):
            out = run_script(*args)
            assert out.code == 0, (args, out.stderr)
            assert "s3cr3t" not in out.stdout + out.stderr and "alice" not in out.stdout
            assert "***@127.0.0.1" in out.stdout


# -- low: numbers too large to hold --------------------------------------------------


@pytest.mark.parametrize("field", ["input_cost_per_token", "max_input_tokens", "max_output_tokens"])
@pytest.mark.parametrize("fmt", ["json", "table", "csv"])
def test_a_400_digit_number_in_an_outside_catalog_skips_its_entry(
    tmp_path: Path, field: str, fmt: str
) -> None:
    doc = litellm_doc()
    doc["outside-model-one"][field] = HUGE
    path = tmp_path / "prices.json"
    path.write_text(json.dumps(doc))
    run = script_once((field, fmt) == ("input_cost_per_token", "json"))
    out = run("-c", f"litellm:{path}", "list", "--format", fmt, "--provider", "openai")
    assert out.code == 0, out.stderr
    assert f"1 {field} is too large" in out.stderr
    assert "outside-model-one" not in out.stdout and "gpt-4o" in out.stdout


def test_update_of_a_catalog_with_a_400_digit_number_keeps_the_other_entries(
    server: Catalogs,
) -> None:
    doc = litellm_doc("plain-model")
    doc["outside-model-one"]["input_cost_per_token"] = HUGE
    server.publish("/litellm.json", doc, '"huge"')
    out = update("--enable", "litellm", "--json")
    assert out.code == 0, out.stderr
    assert out.json()[0]["models"] == 2  # gpt-4o and plain-model
    assert run_script("show", "plain-model").code == 0


# -- low: update's URLs and deadline -------------------------------------------------


@pytest.mark.parametrize("url", ["http://[::1", "http://127.0.0.1:99999/x.json", "http://[::1]:x/"])
@pytest.mark.parametrize("where", ["env", "config"])
def test_a_malformed_url_is_a_failed_update(url: str, where: str) -> None:
    env = {}
    if where == "env":
        env["MODELREG_URL_LITELLM"] = url
    else:
        config = Path(os.environ["XDG_CONFIG_HOME"]) / "modelreg" / "outside.json"
        config.parent.mkdir(parents=True)
        config.write_text(json.dumps({"enabled": ["litellm"], "urls": {"litellm": url}}))
    out = script_once((url, where) == ("http://[::1", "env"))("update", "litellm", env=env)
    one_line_error(out, 3, "litellm", "invalid URL")


def test_a_file_url_of_another_host_is_never_read_from_the_local_disk(tmp_path: Path) -> None:
    local = tmp_path / "prices.json"
    local.write_text(json.dumps(litellm_doc()))
    out = update("litellm", MODELREG_URL_LITELLM=f"file://other-host{local}")
    one_line_error(out, 3, "must name a local file")
    assert not (cache() / "litellm.json").exists()
    encoded = "file://localhost" + str(local).replace("prices", "pri%63es")
    assert update("litellm", MODELREG_URL_LITELLM=encoded).code == 0  # decoded, this host


@pytest.mark.parametrize("timeout", ["inf", "1e10", "nan", "-1", "0"])
def test_an_unbounded_timeout_is_a_usage_error(timeout: str) -> None:
    env = {"MODELREG_URL_LITELLM": "http://127.0.0.1:9/x"}
    out = script_once(timeout == "inf")("update", "litellm", "--timeout", timeout, env=env)
    one_line_error(out, 2, "--timeout", "3600")


# -- completion: its cache is modelreg's own file ----------------------------------------


def tab(*words: str) -> list[str]:
    """What TAB offers zsh for the words after ``modelreg``, answered within 20 s."""
    started = time.monotonic()
    out = run_script(*words, env={"_MODELREG_COMPLETE": "zsh"})
    assert time.monotonic() - started < 20
    assert out.code == 0 and out.stderr == "", out.stderr
    _kind, *lines = out.stdout.splitlines()
    return [line.split("\t")[0] for line in lines]


def names_cache(isolated: Path) -> Path:
    """Where the compiled snapshot of the current sources, the names a TAB offers, is."""
    return Path(snapshot.locate(environ=os.environ).path)


def test_tab_never_writes_through_a_link_planted_at_its_cache(
    isolated: Path, tmp_path: Path
) -> None:
    (isolated / "models.json").write_text(json.dumps([{"id": "zz-local"}]))
    target = names_cache(isolated)
    target.parent.mkdir(parents=True)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    completion_cache = Path(snapshot.locate(environ=os.environ).tab)
    for planted in (target, completion_cache):
        planted.symlink_to(victim)
    for pid in range(os.getpid(), os.getpid() + 200):  # the old predictable temporary names
        Path(f"{target}.{pid}.tmp").symlink_to(victim)
    assert tab("show", "zz-") == ["zz-local"]
    assert victim.read_text() == "precious"
    assert stat.S_ISREG(os.lstat(target).st_mode)
    assert stat.S_ISREG(os.lstat(completion_cache).st_mode)
    assert tab("show", "zz-") == ["zz-local"]


@pytest.mark.parametrize("poison", ["fifo", "shape", "planted"])
def test_a_poisoned_completion_cache_is_never_believed(isolated: Path, poison: str) -> None:
    (isolated / "models.json").write_text(json.dumps([{"id": "zz-local"}]))
    target = names_cache(isolated)
    target.parent.mkdir(parents=True)
    if poison == "fifo":
        os.mkfifo(target)
    elif poison == "shape":
        target.write_bytes(b"SQLite format 3\x00" + marshal.dumps(("zz-planted", 7)))
    else:  # the right stamp, in files (the snapshot, its completion cache) all may write
        found = compile.in_effect(inputs.Options(), os.environ)
        planted = registries.builtin()
        planted.register_model({"id": "zz-planted"})
        facts = snapshot.depends(found, os.environ)
        snap = snapshot.locate(environ=os.environ)
        writing.write(snap, planted.state(), facts)
        target.chmod(0o666)
        Path(snap.tab).chmod(0o666)
    assert tab("show", "zz-") == ["zz-local"]


AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
CACHE_POISONS = [
    "symlink",
    "fifo",
    "device",
    "directory",
    "truncated",
    "foreign",
    "other-layout",
    "other-key",
    "stale",
    "world-writable",
    "other-owner",
]


@pytest.mark.parametrize("poison", CACHE_POISONS)
def test_a_poisoned_completion_cache_is_ignored(
    isolated: Path, tmp_path: Path, poison: str
) -> None:
    """The completion cache beside a current snapshot that is not a current cache of
    modelreg's own: the TAB answers from the snapshot, never from it, and never waits."""
    if poison in ("device", "other-owner") and not AS_ROOT:
        pytest.skip("making a device or another user's file takes root")
    (isolated / "models.json").write_text(json.dumps([{"id": "zz-local"}]))
    assert tab("show", "zz-") == ["zz-local"]  # compiles: the snapshot and its cache
    snap = snapshot.locate(environ=os.environ)
    cache, expected = Path(snap.tab), ["zz-local"]
    good = cache.read_bytes()
    # A cache with the right stamp that offers "zz-planted": believed where it is the
    # user's own regular file, so each refusal below is the poison's.
    elsewhere = snapshot.Snapshot(str(tmp_path / "planted.sqlite"), snap.key, os.environ, "")
    found = compile.in_effect(inputs.Options(), os.environ)
    planted = registries.ModelRegistry()
    planted.register_model({"id": "zz-planted"})
    writing.write(elsewhere, planted.state(), snapshot.depends(found, os.environ))
    assert snapshot.read_completions(elsewhere, "model", "zz-") == [("zz-planted", "")]
    cache.unlink()
    if poison == "symlink":
        cache.symlink_to(elsewhere.tab)
    elif poison == "fifo":
        os.mkfifo(cache)
    elif poison == "device":
        os.mknod(cache, 0o600 | stat.S_IFCHR, os.makedev(1, 5))  # /dev/zero's
    elif poison == "directory":
        cache.mkdir()
    elif poison == "truncated":  # in its head, in its stamp, in its table, in its entries
        for size in (10, 40, len(good) // 2, len(good) - 1):
            cache.write_bytes(good[:size])
            assert tab("show", "zz-") == expected
    elif poison == "foreign":
        cache.write_bytes(os.urandom(len(good)))
    elif poison == "other-layout":  # another version of the layout
        cache.write_bytes(good.replace(tabcache.MAGIC, tabcache.MAGIC.replace(b"1", b"9"), 1))
    elif poison == "other-key":  # the cache of other options (--builtin-only) at this name
        assert run_script("--builtin-only", "list").code == 0
        [other] = [p for p in cache.parent.glob(f"*{snapshot.TAB_SUFFIX}") if p != cache]
        other.rename(cache)
    elif poison == "stale":  # the cache of the sources before a change, beside their snapshot
        (isolated / "models.json").write_text(json.dumps([{"id": "zz-local"}, {"id": "zz-new"}]))
        expected = ["zz-local", "zz-new"]
        assert tab("show", "zz-") == expected  # rebuilt: snapshot and cache
        cache.write_bytes(good)
    else:
        cache.write_bytes(Path(elsewhere.tab).read_bytes())
        if poison == "world-writable":
            cache.chmod(0o666)
        else:
            os.chown(cache, 4242, 4242)
    assert tab("show", "zz-") == expected
    assert tab("list", "--provider", "zz") == []


def test_tab_offers_what_update_enable_brought(server: Catalogs) -> None:
    assert "outside-model-one" not in tab("show", "outside-")
    assert update("--enable", "litellm").code == 0
    assert tab("show", "outside-") == ["outside-model-one"]
    server.publish("/litellm.json", litellm_doc("outside-model-two"), '"v2"')
    assert update().code == 0
    assert tab("show", "outside-") == ["outside-model-one", "outside-model-two"]
    assert run_script("update", "--disable", "litellm").code == 0
    assert tab("show", "outside-") == []


@pytest.mark.parametrize("how", ["prefix", "file-url", "encoded-file-url"])
def test_tab_follows_prefixed_and_file_url_catalogs(tmp_path: Path, how: str) -> None:
    directory = tmp_path / "my catalogs"
    directory.mkdir()
    path = directory / "prices.json"
    path.write_text(json.dumps(litellm_doc("zz-first")))
    location = {
        "prefix": f"litellm:{path}",
        "file-url": f"litellm:file://localhost{path}",
        "encoded-file-url": f"litellm:file://{str(path).replace(' ', '%20')}",
    }[how]
    assert tab("-c", location, "show", "zz-") == ["zz-first"]
    time.sleep(0.01)
    path.write_text(json.dumps(litellm_doc("zz-first", "zz-second")))
    assert tab("-c", location, "show", "zz-") == ["zz-first", "zz-second"]


def test_an_explicit_pipe_catalog_still_completes(tmp_path: Path) -> None:
    fifo = tmp_path / "catalog.fifo"
    os.mkfifo(fifo)

    def writer() -> None:
        with open(fifo, "w") as f:
            f.write(json.dumps([{"id": "zz-piped"}]))

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    assert tab("-c", str(fifo), "show", "zz-") == ["zz-piped"]
    thread.join(5)
