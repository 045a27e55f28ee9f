# policydb — `make demo` installs and runs the pipeline on the bundled corpus;
# `make test` (or plain `make`) installs and runs the tests. Both need only this clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared

.DEFAULT_GOAL := test
.PHONY: install browser demo test fuzz eval validate bench profile lint clean

# One stamp file per install: re-installs when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

install: $(VENV)/.installed

# The review page is checked in headless Chromium (Debian's package), and charts are
# drawn with Chinese labels: both need a CJK font. Installed here when missing, so
# `make test` works on a fresh machine.
browser:
	@{ command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi wqy; } || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian chromium and a CJK font for the review page and chart tests"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei >/dev/null; \
	  else \
	    echo "the review page and chart tests need Chromium and a CJK font: sudo apt-get install chromium fonts-wqy-microhei" >&2; exit 1; \
	  fi; }

DB := outputs/policydb.sqlite

demo: install
	$(BIN)/policydb ingest corpus --db $(DB) --format table
	@echo; echo "== What the store holds"
	@$(BIN)/sqlite-utils tables $(DB) --counts -t | grep -E "notices|goals|assignments |assignment_units|deadlines|units |indicators|rejections"
	@echo; echo "== policydb lead 制定重点招商企业目录清单"
	@$(BIN)/policydb lead 制定重点招商企业目录清单 --db $(DB) --format table --limit 1
	@echo; echo "== policydb diff --region 万载县 --from 2015 --to 2022 (first rows)"
	@$(BIN)/policydb diff --region 万载县 --from 2015 --to 2022 --db $(DB) --format table | head -n 40
	@echo; echo "Explore further: $(BIN)/policydb --help   (the database is $(DB))"

test: install browser
	$(BIN)/pytest

# 10,000 seeded mutations of the bundled notices, each to end in an answer or a coded
# error within 20 s (make test runs 300 of them, untimed).
fuzz: install
	FUZZ_CASES=10000 FUZZ_LIMIT_S=20 $(BIN)/pytest tests/test_fuzz.py

# The five notices the rules were first written against, then 26 real scrapes of the
# kinds users feed it (news reposts, portals, content farms), answered by the same guide.
eval: install
	$(BIN)/python $(SHARED)/eval/score.py --corpus $(SHARED)/corpus --gold $(SHARED)/gold \
	  --run "$(BIN)/policydb extract {path} --format json"
	$(BIN)/python $(SHARED)/eval/score.py --corpus $(SHARED)/real/corpus --gold $(SHARED)/real/gold \
	  --run "$(BIN)/policydb extract {path} --format json"

# Real notices the rules were not written against (eval/validation) and synthetic probes
# of genres the corpus lacks (eval/synthetic), annotated per ../shared/gold/GUIDE.md.
validate: install
	$(BIN)/python $(SHARED)/eval/score.py --corpus eval/validation/corpus --gold eval/validation/gold \
	  --run "$(BIN)/policydb extract {path} --format json"
	$(BIN)/python $(SHARED)/eval/score.py --corpus eval/synthetic/corpus --gold eval/synthetic/gold \
	  --run "$(BIN)/policydb extract {path} --format json"
	@echo "== year over year on the real series (eval/validation/SERIES.tsv): text only, then with a manifest"
	$(BIN)/python eval/yoy.py eval/validation
	$(BIN)/python eval/yoy.py eval/validation --manifest
	@echo "== canonical indicators: answer and pipeline names that meet"
	$(BIN)/python eval/indicators.py eval/validation $(SHARED)/real

bench: install
	$(BIN)/python bench/bench.py

# Where the time goes, per stage and function (pyinstrument), on the benchmark corpus.
profile: install
	$(BIN)/python bench/bench.py --profile --notices 500

lint: install
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) outputs/export build *.egg-info
