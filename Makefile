# giamsat-tui — the two commands of the README are `make run` and `make test`.
SWIFT       ?= swift
APT_PACKAGES = libncursesw5-dev libsqlite3-dev sqlite3 tmux
SAMPLE       = sample-data/vi-trung-2021-2026.json
RELEASE_BIN  = .build/release/giamsat-tui
ARGS        ?=

.PHONY: deps build run test unit-test e2e bench clean

# Installs the system packages the build and the tests need, only when one is missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Cài đặt / installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build -c release

# Opens the app on your data; the first time (no data yet) it imports the sample commune.
run: build
	$(RELEASE_BIN) $(ARGS) open --import-if-empty $(SAMPLE)

# Every test: unit, store, import/export, CLI golden tests (swift test), then end-to-end.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@if [ -x scripts/e2e.sh ]; then scripts/e2e.sh; fi
	@if [ -x scripts/e2e-hardening.sh ]; then scripts/e2e-hardening.sh; fi
	@if [ -x scripts/monkey-tmux.sh ]; then scripts/monkey-tmux.sh; fi

# A large commune (BENCH_OFFICIALS=100000, BENCH_FEEDBACK=1000000 by default), timed; prints a table.
bench: deps
	$(SWIFT) build -c release --product giamsat-bench
	.build/release/giamsat-bench

clean:
	rm -rf .build
