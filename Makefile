# Treffpunkt – the two commands a newcomer needs are `make run` and `make test`.
SWIFT ?= swift
BIN := .build/debug/treffpunkt
SWIFT_TEST := $(SWIFT) test --skip-build --disable-xctest

.PHONY: bench bench-realtime build-release help media-tools build-libraries build build-tests run test test-sqlite test-postgres test-clients test-browser test-fuzz

help:
	@echo "make run            build, migrate, load the demo company on first start, serve http://localhost:8080 (SQLite)"
	@echo "make test           everything the project checks: the suite on SQLite, then on PostgreSQL, the client checks, the browser scenarios, the API and form fuzzing"
	@echo "make bench          release build, standard data set (10,000 members, 1,000,000 posts), wrk on SQLite and PostgreSQL"
	@echo "make bench-realtime release build, 2,000 WebSocket clients on one server: delivery latency, memory a connection, reconnect storm"
	@echo "make test-sqlite    the suite on SQLite only"
	@echo "make test-postgres  the suite on PostgreSQL only (installs PostgreSQL from Debian when missing)"
	@echo "make test-clients   Mastodon.py and the Mastodon OpenAPI contract against a throw-away server (Python venv in .venv/)"
	@echo "make test-browser   browser scenarios in headless Chromium against a throw-away server (screenshots in test-artifacts/browser/)"
	@echo "make test-fuzz      fuzzing against throw-away servers on SQLite and PostgreSQL: the API (our OpenAPI document and Mastodon's) and the web forms"
	@echo "make test-realtime  two server processes on one throw-away PostgreSQL deliver each other's live events (WebSocket clients)"

# libvips and ffmpeg make the variants of photos and videos: installed from Debian when missing.
media-tools:
	scripts/install-media-tools.sh

# cmark-gfm (GitHub's CommonMark parser) for the Markdown renderer: installed from Debian when missing.
build-libraries:
	scripts/install-build-libraries.sh

build: media-tools build-libraries
	$(SWIFT) build --product treffpunkt

# One debug build serves the server and both test runs.
build-tests: media-tools build-libraries
	$(SWIFT) build --build-tests

run: build
	$(BIN) seed --demo --if-empty
	$(BIN) serve

test: test-sqlite test-postgres test-clients test-browser test-fuzz test-realtime

# The mail tests deliver to a real SMTP server: aiosmtpd in .venv (scripts/mail/requirements.txt).
test-sqlite: build-tests
	scripts/python-venv.sh scripts/mail/requirements.txt
	env -u TEST_DATABASE_URL $(SWIFT_TEST)

test-postgres: build-tests
	scripts/python-venv.sh scripts/mail/requirements.txt
	scripts/with-postgres.sh $(SWIFT_TEST)

# Mastodon clients against a running server: see scripts/clients/run-client-checks.sh. The server
# (and the checks, for their sample files) run libvips and ffmpeg: installed when missing (root).
test-clients: build
	scripts/install-media-tools.sh
	scripts/clients/run-client-checks.sh

# Real-browser scenarios (Selenium, headless Chromium from Debian) against a throw-away server:
# see scripts/browser/. Installs chromium and chromium-driver, libvips and ffmpeg when missing (root).
test-browser: build
	scripts/install-media-tools.sh
	scripts/browser/install-chromium.sh
	scripts/python-venv.sh scripts/browser/requirements.txt
	scripts/with-server.sh .venv/bin/python scripts/browser/run.py

# API fuzzing (schemathesis, scripts/fuzz/fuzz.py) and web form fuzzing (hypothesis, scripts/fuzz/forms.py)
# against throw-away servers, on SQLite and on PostgreSQL. FUZZ_SEED=random explores new cases,
# FUZZ_MAX_EXAMPLES=50 more of them.
# The server runs libvips and ffmpeg: installed when missing (root).
test-fuzz: build
	scripts/install-media-tools.sh
	scripts/python-venv.sh scripts/fuzz/requirements.txt
	scripts/with-server.sh .venv/bin/python scripts/fuzz/fuzz.py
	scripts/with-server.sh .venv/bin/python scripts/fuzz/forms.py
	scripts/with-postgres.sh sh -c 'scripts/with-server.sh --env DATABASE_URL="$$TEST_DATABASE_URL" .venv/bin/python scripts/fuzz/fuzz.py'
	scripts/with-postgres.sh sh -c 'scripts/with-server.sh --env DATABASE_URL="$$TEST_DATABASE_URL" env FORMS_DATABASE_URL="$$TEST_DATABASE_URL" .venv/bin/python scripts/fuzz/forms.py'

# Two `treffpunkt serve` processes on one throw-away PostgreSQL: a post, a notification and a large event
# made through one reach WebSocket clients of the other (LISTEN/NOTIFY). See scripts/realtime/two_processes.py.
test-realtime: build
	scripts/python-venv.sh scripts/realtime/requirements.txt
	scripts/with-postgres.sh .venv/bin/python scripts/realtime/two_processes.py

# Benchmarks: not part of `make test`. RELEASE_SCRATCH lets the release build live beside the debug one.
RELEASE_SCRATCH ?= .build
RELEASE_BIN := $(RELEASE_SCRATCH)/release/treffpunkt

build-release: build-libraries
	$(SWIFT) build -c release --product treffpunkt --scratch-path $(RELEASE_SCRATCH)

bench: build-release
	@command -v wrk >/dev/null || apt-get install -y -q wrk
	scripts/bench/bench.py --binary $(RELEASE_BIN) --database sqlite
	scripts/with-postgres.sh scripts/bench/bench.py --binary $(RELEASE_BIN) --database postgres

# N WebSocket clients on one server process (SQLite), messages at a fixed rate through the chat API, a
# reconnect storm: see scripts/bench/realtime.py. REALTIME_ARGS passes options, e.g. "--members 5000 --rate 50".
bench-realtime: build-release
	scripts/python-venv.sh scripts/bench/requirements.txt
	.venv/bin/python scripts/bench/realtime.py --binary $(RELEASE_BIN) $(REALTIME_ARGS)
