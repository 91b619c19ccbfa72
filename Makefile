# medpref: `make run` serves the demo on 127.0.0.1:$(PORT) through gunicorn; `make test` runs the
# whole suite against real PostgreSQL and Redis (see scripts/services.sh for how they are found or
# started). Every target that reaches manage.py first makes sure a secret key exists
# (scripts/secret_key.sh: SECRET_KEY from the environment, else a random one in var/secret_key).
PYTHON ?= python3
VENV := .venv
PORT ?= 8000
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.run-$(shell cat requirements.txt | sha1sum | cut -c1-10)
TEST_STAMP := $(VENV)/.test-$(shell cat requirements.txt requirements-dev.txt | sha1sum | cut -c1-10)

.PHONY: run test setup setup-test migrate demo bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(RUN_STAMP): requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(TEST_STAMP): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(RUN_STAMP)

setup: $(RUN_STAMP)
	@bash scripts/secret_key.sh

setup-test: $(TEST_STAMP)
	@bash scripts/secret_key.sh

migrate: setup
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py compile_translations

demo: migrate
	$(BIN)/python manage.py create_demo

run: demo
	PORT=$(PORT) bash scripts/run_local.sh

test: setup-test
	$(BIN)/python manage.py compile_translations
	bash scripts/test.sh $(ARGS)

bench: setup-test
	bash scripts/with_services.sh $(BIN)/python bench/annotation_loop.py $(ARGS)

clean:
	rm -rf $(VENV) var .pytest_cache .hypothesis
