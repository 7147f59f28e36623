# The two set-up commands (see README.md):
#   make demo   -> JupyterLab with the extension and a demo notebook at http://127.0.0.1:8888/lab
#   make test   -> lint, unit tests (jest) and UI tests (galata) against a real JupyterLab in headless Chromium
# Everything they need is installed by the targets themselves: a Python venv in .venv, npm packages,
# and Debian's chromium when it is missing.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
VENV := $(CURDIR)/.venv
export PATH := $(VENV)/bin:$(PATH)
PY := $(VENV)/bin/python
STAMPS := .stamps
DEMO_DIR := demo
CHROMIUM ?= /usr/bin/chromium

.PHONY: demo test install build lint unit py-test screenshots self-scan precommit-test ui-test dist-check compat-test compat-types hub-test bench bench-ui bench-audit chromium clean

# PORT=8890 make demo serves on another port.
PORT ?= 8888
demo: install
	$(PY) scripts/make_demo_notebook.py $(DEMO_DIR)
	$(PY) scripts/start_jupyterlab.py --root $(DEMO_DIR) --port $(PORT) --open credential-guard-demo.ipynb

test: install chromium
	jlpm lint:check
	$(PY) scripts/settings_reference.py --check
	node scripts/rule_messages.js --check
	node scripts/rules_doc.js --check
	node scripts/schema_rule_ids.js --check
	jlpm test
	$(MAKE) py-test
	$(MAKE) self-scan
	$(MAKE) precommit-test
	$(MAKE) ui-test
	$(MAKE) dist-check
	$(MAKE) compat-test
	$(MAKE) hub-test

install: $(STAMPS)/extension

build: install
	jlpm build

lint: $(STAMPS)/node
	jlpm lint

unit: $(STAMPS)/node
	jlpm test

# The server extension's tests: pytest-jupyter runs a real Jupyter server in-process. They import the
# package from this tree, so they need the Python packages but not the built front end.
py-test: $(STAMPS)/venv
	$(PY) -m pytest -q

ui-test: $(STAMPS)/ui-node chromium
	cd ui-tests && CHROMIUM=$(CHROMIUM) jlpm playwright test

# The repository scans itself with its own scanner; only test specs and test data may hold
# (generated, fake) credentials.
self-scan: install
	git ls-files -z | grep -zvE '^(src/__tests__|ui-tests/tests/data)/' | xargs -0 node bin/credential-guard.js scan

# The pre-commit hook as its users get it: the committed standalone scanner that the hook runs must
# match the sources, then pre-commit (from PyPI, in its own venv) installs the hook from a clean clone
# at HEAD and must fail on a notebook with a fake credential and pass once it is cleaned.
PRECOMMIT_VENV := $(CURDIR)/build/precommit-venv
precommit-test: $(STAMPS)/node $(PRECOMMIT_VENV)/bin/pre-commit
	node scripts/build_standalone_cli.js --check
	$(PRECOMMIT_VENV)/bin/python scripts/precommit_e2e.py

$(PRECOMMIT_VENV)/bin/pre-commit: requirements-precommit.txt
	test -x $(PRECOMMIT_VENV)/bin/python || python3 -m venv $(PRECOMMIT_VENV)
	$(PRECOMMIT_VENV)/bin/python -m pip install --quiet -r requirements-precommit.txt
	touch $@

# Benchmarks, not tests: they print figures measured side by side in one run.
bench: install
	jlpm bench

bench-ui: $(STAMPS)/ui-node chromium install
	cd ui-tests && CHROMIUM=$(CHROMIUM) jlpm bench

# Check my files over a generated home (bench/audit-home.js, under build/audit-bench/), with
# the CLI on the same tree: AUDIT_BENCH_MB=1000 AUDIT_BENCH_FILES=20000 for the issue's size.
bench-audit: $(STAMPS)/ui-node chromium install
	jlpm build:cli
	cd ui-tests && CHROMIUM=$(CHROMIUM) jlpm playwright test -c playwright-audit-bench.config.js

# The README's pictures (docs/images/), taken from the real product by a galata spec.
screenshots: $(STAMPS)/ui-node chromium install
	cd ui-tests && SCREENSHOTS_DIR=$(CURDIR)/docs/images CHROMIUM=$(CHROMIUM) jlpm playwright test tests/screenshots.spec.ts

# Wheel and sdist from a clean copy carry the built extension; a fresh venv lists it enabled.
dist-check: $(STAMPS)/node
	$(PY) scripts/check_dist.py --out dist

# The compatibility matrix: the wheel that dist-check built, installed into a fresh venv per leg
# (the oldest JupyterLab, the oldest Notebook 7, the newest JupyterLab with real-time
# collaboration), each listed `enabled OK`, then a focused galata subset in each; and the sources
# type-checked against the oldest supported JupyterLab's packages. COMPAT_LEGS=a,b picks legs.
COMPAT_ENVS := $(CURDIR)/build/compat
COMPAT_LEGS ?= lab-oldest,notebook-oldest,lab-rtc
OLDEST_TYPES := ui-tests/compat/oldest-types
compat-test: $(STAMPS)/ui-node chromium compat-types
	test -n "$$(ls dist/*.whl 2>/dev/null)" || $(MAKE) dist-check
	$(PY) ui-tests/compat/setup_compat_env.py $$(ls -t dist/*.whl | head -1) $(COMPAT_ENVS) $$(echo $(COMPAT_LEGS) | tr , ' ')
	cd ui-tests && COMPAT_ENVS=$(COMPAT_ENVS) COMPAT_LEGS=$(COMPAT_LEGS) CHROMIUM=$(CHROMIUM) \
	  jlpm playwright test -c playwright-compat.config.js

compat-types: $(STAMPS)/oldest-types
	cd $(OLDEST_TYPES) && node_modules/.bin/tsc -p tsconfig.json

$(STAMPS)/oldest-types: $(OLDEST_TYPES)/package.json $(OLDEST_TYPES)/package-lock.json
	@mkdir -p $(STAMPS)
	cd $(OLDEST_TYPES) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

# The operator's path in a real JupyterHub on 127.0.0.1: a user image made from the wheel that
# dist-check built, configured by overrides.json and locked by page_config.json.
HUB_IMAGE := $(CURDIR)/build/hub-image
hub-test: $(STAMPS)/ui-node chromium
	test -n "$$(ls dist/*.whl 2>/dev/null)" || $(MAKE) dist-check
	$(PY) ui-tests/hub/setup_hub_env.py $$(ls -t dist/*.whl | head -1) $(HUB_IMAGE)
	cd ui-tests && HUB_TEST_IMAGE=$(HUB_IMAGE) CHROMIUM=$(CHROMIUM) jlpm playwright test -c playwright-hub.config.js

$(STAMPS)/venv: requirements-dev.txt
	@mkdir -p $(STAMPS)
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

$(STAMPS)/node: $(STAMPS)/venv package.json yarn.lock
	jlpm install
	touch $@

$(STAMPS)/ui-node: $(STAMPS)/venv ui-tests/package.json ui-tests/yarn.lock
	cd ui-tests && jlpm install
	touch $@

# An editable install builds the extension (jlpm build) and `develop` links it into the venv,
# so `jlpm watch` rebuilds are picked up on reload.
$(STAMPS)/extension: $(STAMPS)/node $(shell find src schema style -type f 2>/dev/null) pyproject.toml
	jlpm build
	$(PY) -m pip install --quiet --no-build-isolation -e .
	jupyter-builder develop --overwrite .
	touch $@

chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
	  echo "Installing Debian's chromium for the UI tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; \
	fi

clean:
	rm -rf $(STAMPS) lib lib-node coverage junit.xml jupyterlab_credential_guard/labextension \
	  ui-tests/test-results ui-tests/playwright-report $(DEMO_DIR) dist build
