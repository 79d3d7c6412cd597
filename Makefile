# Every target sets itself up: a fresh clone needs only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
LOCK := requirements/dev-lock.txt
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install lock run test lint format migrate demo clean train-spam-model train-crisis-model

# pyproject.toml says what we depend on; the lock pins every package to the version CI uses.
$(STAMP): pyproject.toml $(LOCK)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c $(LOCK) -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# Rewrites the lock from what .venv holds (after a dependency change; see the lock's header).
lock:
	{ sed -n '/^#/p' $(LOCK); $(PY) -m pip freeze --exclude-editable; } > $(LOCK).new
	if cmp -s $(LOCK).new $(LOCK); then rm $(LOCK).new; else mv $(LOCK).new $(LOCK); fi

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo
	$(PY) manage.py ensure_demo_editor
	$(PY) manage.py ensure_demo_reviewer
	$(PY) manage.py ensure_demo_learner

# The webhook worker (docs/webhooks.md) and the publishing scheduler (README "Scheduling") run in
# the background for as long as the server does.
run: demo
	@echo "Reader site: http://$(HOST):$(PORT)/   Admin: http://$(HOST):$(PORT)/admin/"
	@echo "Webhook worker: manage.py db_worker --backend webhooks (stops with the server)"
	@echo "Scheduled publishing: manage.py run_scheduler (stops with the server)"
	@$(PY) manage.py db_worker --backend webhooks --no-reload & worker=$$!; \
	$(PY) manage.py run_scheduler & scheduler=$$!; \
	trap 'kill $$worker $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT); status=$$?; \
	kill $$worker $$scheduler 2>/dev/null; wait $$worker $$scheduler 2>/dev/null; exit $$status

# The whole suite, one pytest-xdist worker per core, each on its own test database; a test
# module stays on one worker (--dist loadfile) so a module-wide demo site is built once.
# TEST_WORKERS=0 runs it in this process; PYTEST_ARGS picks a part, e.g. PYTEST_ARGS=tests/blog.
TEST_WORKERS ?= auto
test: install
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

# The comment moderation models (docs/spam-model.md, docs/crisis-detector.md): retrained from
# the labelled corpora in blog/comments/moderation/corpus, deterministically, into JSON weights.
train-spam-model: install
	$(PY) manage.py train_spam_model

train-crisis-model: install
	$(PY) -m blog.comments.moderation.crisis_model

# ruff, then the types (mypy, settings cms.settings.test), then the layering contracts in
# .importlinter (import-linter).
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy cms blog lessons search demo
	$(VENV)/bin/lint-imports

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .ruff_cache .mypy_cache

# Benchmark (benchmarks/README.md): ours vs stock Wagtail API v2 vs raw bytes, under wrk.
.PHONY: bench bench-smoke
bench: install
	$(PY) -m benchmarks.run

# A few cases on a 200-article site, 1 s each: fails only if a request fails, never on speed.
bench-smoke: install
	BENCH_SMOKE=1 BENCH_ARTICLES=200 BENCH_DURATION=1 DATABASE_URL= $(PY) -m benchmarks.run

# Generated requests (schemathesis, fixed seed, every check: `--checks all`) against every
# operation of /api/schema/: 5,000+ of them, never a 5xx, every answer as documented, valid
# requests accepted and invalid ones refused; writes benchmarks/fuzz-results.json.
.PHONY: fuzz
fuzz: install
	FUZZ_SIZE=full $(PY) -m pytest tests/fuzz -p no:cacheprovider -q -s

# Reliability (benchmarks/README.md, "Soak"): load at concurrency 32, kill -9, a PostgreSQL
# restart and outage, a hanging webhook; on PostgreSQL. SOAK_SHORT=1: the CI version (~4 min).
.PHONY: soak
soak: install
	@if [ -z "$$SOAK_SHORT" ]; then $(MAKE) fuzz; fi
	$(PY) -m benchmarks.soak
