"""Shell completion, driven the way bash, zsh and fish drive it, and the scripts in completions/."""

from __future__ import annotations

from pathlib import Path

import pytest

from modelreg.registry import builtin as builtin_registry

from .conftest import Run, run_script, write_catalog

ROOT = Path(__file__).resolve().parents[2]
NAMES = builtin_registry().names()


def bash(line: str, cword: int | None = None, **env: str) -> list[str]:
    """What bash's completion function gets for the words of ``line`` (a trailing space means
    a new, empty word)."""
    words = line.split(" ")
    out = run_script(
        env={
            "_MODELREG_COMPLETE": "complete_bash",
            "COMP_WORDS": line,
            "COMP_CWORD": str(len(words) - 1 if cword is None else cword),
            **env,
        }
    )
    assert out.code == 0, out.stderr
    assert out.stderr == ""
    return out.stdout.splitlines()


def test_bash_completes_model_ids() -> None:
    found = bash("modelreg show gpt-4")
    assert "gpt-4o" in found
    assert "gpt-4o-mini" in found
    assert found == [n for n in NAMES if n.startswith("gpt-4")]


def test_bash_completes_aliases() -> None:
    assert "claude-3-opus-latest" in bash("modelreg capabilities claude-3-opus")


@pytest.mark.parametrize("command", ["capabilities", "cost", "compare"])
def test_bash_completes_ids_for_every_model_argument(command: str) -> None:
    assert "o1-mini" in bash(f"modelreg {command} o1-")


def test_bash_completes_commands() -> None:
    assert bash("modelreg ca") == ["capabilities"]
    assert {"compare", "completion", "cost"} <= set(bash("modelreg co"))


@pytest.mark.parametrize("command", ["list", "filter"])
def test_bash_completes_providers(command: str) -> None:
    assert bash(f"modelreg {command} --provider an") == ["anthropic"]
    assert set(bash(f"modelreg {command} -p m")) == {"meta", "mistral"}


@pytest.mark.parametrize("command", ["list", "filter"])
def test_bash_completes_capabilities(command: str) -> None:
    assert bash(f"modelreg {command} --capability vi") == ["vision"]
    assert "reasoning" in bash(f"modelreg {command} --capability ")


def test_bash_completes_formats_and_kinds() -> None:
    assert bash("modelreg list --format j") == ["json", "jsonl"]
    assert bash("modelreg list --kind emb") == ["embedding"]


def test_bash_completes_options() -> None:
    found = bash("modelreg list --")
    assert {"--provider", "--capability", "--format", "--json", "--limit"} <= set(found)


def test_completion_sees_a_local_models_json(isolated: Path) -> None:
    write_catalog(isolated / "models.json", [{"id": "zeta-local-model"}])
    assert bash("modelreg show zeta") == ["zeta-local-model"]


def test_completion_follows_the_global_catalog_option(tmp_path: Path) -> None:
    extra = write_catalog(tmp_path / "extra.json", [{"id": "zeta-extra-model"}])
    assert bash(f"modelreg -c {extra} show zeta", cword=4) == ["zeta-extra-model"]


def test_completion_with_a_broken_catalog_stays_quiet(isolated: Path) -> None:
    (isolated / "models.json").write_text("{broken", encoding="utf-8")
    out = run_script(
        env={
            "_MODELREG_COMPLETE": "complete_bash",
            "COMP_WORDS": "modelreg show gpt-4",
            "COMP_CWORD": "2",
        }
    )
    assert out.code == 0
    assert out.stderr == ""
    assert out.stdout.strip() == ""


def test_zsh_completes_model_ids() -> None:
    out = run_script(
        env={"_MODELREG_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "modelreg show gpt-4o-m"}
    )
    assert out.code == 0, out.stderr
    assert '"gpt-4o-mini"' in out.stdout
    assert '"gpt-4o-mini-2024-07-18"' in out.stdout
    assert '"gpt-4o"\n' not in out.stdout


def test_zsh_completes_providers() -> None:
    out = run_script(
        env={
            "_MODELREG_COMPLETE": "complete_zsh",
            "_TYPER_COMPLETE_ARGS": "modelreg list --provider an",
        }
    )
    assert '"anthropic"' in out.stdout


def test_fish_completes_model_ids() -> None:
    out = run_script(
        env={
            "_MODELREG_COMPLETE": "complete_fish",
            "_TYPER_COMPLETE_ARGS": "modelreg show gpt-4o-m",
            "_TYPER_COMPLETE_FISH_ACTION": "get-args",
        }
    )
    assert out.code == 0, out.stderr
    assert out.stdout.split() == ["gpt-4o-mini", "gpt-4o-mini-2024-07-18"]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts_are_in_sync(cli: Run, shell: str) -> None:
    out = cli("completion", shell)
    assert out.code == 0, out.stderr
    assert "_MODELREG_COMPLETE" in out.stdout
    shipped = (ROOT / "completions" / f"modelreg.{shell}").read_text(encoding="utf-8")
    assert out.stdout == shipped, (
        f"regenerate: modelreg completion {shell} > completions/modelreg.{shell}"
    )
