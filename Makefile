# Everyday targets. `make check` is what a change should pass before it lands.
.PHONY: install test lint format typecheck check schema completions bench audit coverage

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

# The catalog gate: the built-ins against LiteLLM, models.dev and genai-prices, figure by figure
# and cost by cost; fails on every difference bench/audit-exceptions.toml does not list.
# REFS=DIR: references already fetched (bench/README.md); without, the newest are downloaded.
audit:
	python bench/audit.py $(if $(REFS),--refs $(REFS))

# The share of the makers' current first-party models the built-ins resolve (a measure, not a
# gate); REFS=DIR as for audit.
coverage:
	python bench/coverage.py $(if $(REFS),--refs $(REFS))
