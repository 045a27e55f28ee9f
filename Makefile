# policydb — `make demo` installs and runs the pipeline on the bundled corpus;
# `make test` (or plain `make`) installs and runs the tests. Both need only this clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared

.DEFAULT_GOAL := test
.PHONY: install demo test eval bench lint clean

# One stamp file per install: re-installs when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

install: $(VENV)/.installed

demo: install
	@mkdir -p outputs/export
	@for f in corpus/*; do \
	  out="outputs/export/$$(basename "$${f%.*}").json"; \
	  $(BIN)/policydb extract "$$f" --format json > "$$out" && echo "exported $$f -> $$out"; \
	done
	$(BIN)/policydb extract corpus/003_fe593d6981b822e8.txt --format text

test: install
	$(BIN)/pytest

eval: install
	$(BIN)/python $(SHARED)/eval/score.py --corpus $(SHARED)/corpus --gold $(SHARED)/gold \
	  --run "$(BIN)/policydb extract {path} --format json"

bench: install
	$(BIN)/python bench/bench.py

lint: install
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) outputs/export build *.egg-info
