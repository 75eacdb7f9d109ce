"""`modelreg check`: exit 0 for a request the model can serve, 1 for an unknown model, 3 for a
request file that is not JSON, 5 for violations (one "param: message" line each, or JSON); a
retired model is a violation, a deprecated one a warning. Today is pinned: o1 was retired on
2026-10-23, gpt-4o is deprecated and shuts down on 2027-01-14."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import Run, run_script

TODAY = "2026-12-07"


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODELREG_TODAY", TODAY)


def write_request(path: Path, body: object) -> str:
    path.write_text(json.dumps(body), encoding="utf-8")
    return str(path)


def test_a_request_the_model_can_serve_exits_0_silently(cli: Run) -> None:
    out = cli("check", "gpt-5.4", "--tools", "--stream", "--image", "--json-schema")
    assert (out.code, out.stdout, out.stderr) == (0, "", "")


def test_violations_exit_5_one_line_each_on_stderr(cli: Run) -> None:
    out = cli("check", "gpt-5.4", "--param", "temperature=0.2", "--param", "top_p=0.5")
    assert out.code == 5, out.stderr
    assert out.stdout == ""
    lines = out.stderr.splitlines()
    assert [line.split(":")[0] for line in lines] == ["temperature", "top_p"]
    assert all("gpt-5.4" in line for line in lines)


def test_a_retired_model_is_a_violation_naming_its_successor(cli: Run) -> None:
    out = cli("check", "o1")
    assert out.code == 5
    assert out.stderr == "model: Model 'o1' was retired on 2026-10-23: use 'gpt-5.6-sol' instead\n"
    out = cli("check", "o1", "--param", "temperature=0.2", "--json")
    assert out.code == 5
    result = json.loads(out.stdout)
    assert [(v["param"], v["code"]) for v in result["violations"]] == [
        ("model", "model_retired"),
        ("temperature", "unsupported_parameter"),
    ]
    assert result["warnings"] == []


def test_a_deprecated_model_is_a_warning_with_its_shutdown_date(cli: Run) -> None:
    out = cli("check", "gpt-4o", "--tools")
    assert (out.code, out.stdout) == (0, "")
    assert out.stderr == (
        "warning: Model 'gpt-4o' is deprecated: it shuts down on 2027-01-14; "
        "use 'gpt-6-luna' instead\n"
    )
    result = json.loads(cli("check", "gpt-4o", "--json").stdout)
    assert result["ok"] is True
    assert [(w["param"], w["code"]) for w in result["warnings"]] == [("model", "model_deprecated")]
    assert "2027-01-14" in result["warnings"][0]["message"]
    out = cli("check", "gpt-4o", "--param", "user=42")  # a violation and the warning
    assert out.code == 5
    assert [line.split(":")[0] for line in out.stderr.splitlines()] == ["user", "warning"]


@pytest.mark.parametrize("model", ["openai/gpt-oss-120b", "deepseek-ai/DeepSeek-R1"])
def test_open_weights_reasoning_models_take_what_their_servers_take(cli: Run, model: str) -> None:
    args = ["--param", "temperature=0.2", "--param", "top_p=0.9", "--max-tokens", "100"]
    out = cli("check", model, *args, "--param", "max_tokens=100")
    assert (out.code, out.stdout, out.stderr) == (0, "", "")


def test_json_lists_every_violation_on_stdout(cli: Run) -> None:
    out = cli("check", "text-embedding-3-small", "--endpoint", "embeddings", "--json",
              "--param", "dimensions=4096", "--prompt-tokens", "9000")  # fmt: skip
    assert out.code == 5
    result = json.loads(out.stdout)
    assert result["model"] == "text-embedding-3-small"
    assert result["ok"] is False
    assert [(v["param"], v["code"]) for v in result["violations"]] == [
        ("dimensions", "above_limit"),
        ("input", "above_limit"),
    ]
    assert out.stderr == ""


def test_json_of_a_good_request(cli: Run) -> None:
    out = cli("check", "gpt-5.4", "--max-tokens", "1000", "--json")
    assert json.loads(out.stdout) == {
        "model": "gpt-5.4",
        "ok": True,
        "violations": [],
        "warnings": [],
    }


def test_a_request_file_and_flags_on_top(cli: Run, tmp_path: Path) -> None:
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}
    path = write_request(tmp_path / "body.json", body)
    assert cli("check", "gpt-4o-mini", "--request", path).code == 0
    out = cli("check", "gpt-4o-mini", "--request", path, "--max-tokens", "999999")
    assert out.code == 5
    assert out.stderr.startswith("max_completion_tokens: ")


def test_a_file_missing_a_required_parameter(cli: Run, tmp_path: Path) -> None:
    path = write_request(tmp_path / "body.json", {"temperature": 1})
    out = cli("check", "gpt-4o", "-r", path)
    assert out.code == 5
    assert out.stderr.startswith("messages: ")


def test_param_values_are_json_if_they_parse_else_text(cli: Run) -> None:
    # 'user' takes a string: a JSON number there is a violation, a bare word is text
    assert cli("check", "gpt-4o", "--param", "user=alice").code == 0
    out = cli("check", "gpt-4o", "--param", "user=42")
    assert out.code == 5
    assert out.stderr.startswith("user: ")
    assert cli("check", "gpt-4o", "--param", 'metadata={"a": "b"}').code == 0


def test_unknown_model_exits_1_with_suggestions(cli: Run) -> None:
    out = cli("check", "gpt4o", "--stream")
    assert out.code == 1
    assert "did you mean 'gpt-4o'" in out.stderr
    assert out.stdout == ""


def test_a_request_file_that_is_not_json_exits_3_naming_it(cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    out = cli("check", "gpt-4o", "--request", str(path))
    assert out.code == 3
    assert str(path) in out.stderr
    assert out.stderr.count("\n") == 1
    assert "Traceback" not in out.stderr


def test_the_request_from_stdin() -> None:
    body = json.dumps({"messages": [{"role": "user", "content": "hi"}], "reasoning_effort": "low"})
    assert run_script("check", "gpt-5.4", "--request", "-", input=body).code == 0
    out = run_script("check", "gpt-4o", "--request", "-", input=body)
    assert out.code == 5
    assert out.stderr.startswith("reasoning_effort: ")
    out = run_script("check", "gpt-4o", "--request", "-", input="nope")
    assert out.code == 3
    assert "stdin" in out.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--endpoint", "chat"],
        ["--param", "novalue"],
        ["--max-tokens", "0"],
        ["--endpoint", "embeddings", "--tools"],
        ["--request", "/no/such/file.json"],
    ],
)
def test_usage_errors_exit_2(cli: Run, args: list[str]) -> None:
    out = cli("check", "gpt-4o", *args)
    assert out.code == 2, out.stderr
    assert out.stderr.startswith("error: ")
    assert out.stderr.count("\n") == 1


def test_the_endpoint_is_checked_against_the_model_kind(cli: Run) -> None:
    out = cli("check", "text-embedding-3-small")
    assert out.code == 5
    assert "/v1/embeddings" in out.stderr
    assert cli("check", "text-embedding-3-small", "--endpoint", "embeddings").code == 0


def test_check_and_the_core_never_import_the_web_stack() -> None:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from modelreg.cli.app import app\n"
        "result = CliRunner().invoke(app, ['check', 'gpt-4o', '--tools'])\n"
        "assert result.exit_code == 0, result.output\n"
        "import modelreg.service.check, modelreg.service.cost, modelreg.service.openai_model\n"
        "bad = [m for m in ('starlette', 'uvicorn', 'fastapi', 'modelreg.service.serve') "
        "if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_a_prompt_past_the_long_context_threshold_is_a_pricing_warning(cli: Run) -> None:
    out = cli("check", "gpt-5.4", "--prompt-tokens", "500000", "--json")
    assert out.code == 0, out.stderr
    [warning] = json.loads(out.stdout)["warnings"]
    assert (warning["param"], warning["code"]) == ("prompt_tokens", "long_context_pricing")
    assert "272,000" in warning["message"] and "$5/1M" in warning["message"]
    assert "the whole request" in warning["message"]
    under = cli("check", "gpt-5.4", "--prompt-tokens", "200000", "--json")
    assert json.loads(under.stdout)["warnings"] == []
