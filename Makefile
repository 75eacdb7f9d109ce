# Everyday targets. `make check` is what a change should pass before it lands.
.PHONY: install test lint format typecheck check schema completions bench

install:
	pip install -e ".[dev]"

test:
	pytest

lint:
	ruff check .
	ruff format --check .

format:
	ruff check --fix .
	ruff format .

typecheck:
	mypy

check: lint typecheck test

schema:
	python -m modelreg.schema.generate

completions:
	python -c "from modelreg.cli.app import grammar_module as g; open('modelreg/cli/grammar.py', 'w').write(g())"
	python -c "from modelreg.cli.complete import names_module as g; open('modelreg/cli/names.py', 'w').write(g())"
	for shell in bash zsh fish; do modelreg completion $$shell > completions/modelreg.$$shell; done

bench:
	python bench/startup.py
	python bench/scale.py
	python bench/serve.py
