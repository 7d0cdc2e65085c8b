# giamsat-tui — the two commands of the README are `make run` and `make test`.
SWIFT       ?= swift
APT_PACKAGES = libncursesw5-dev libsqlite3-dev sqlite3 tmux
# The documents' test opens every .docx/.xlsx in LibreOffice (no GUI), reads PDFs back and the .xlsx with openpyxl;
# fonts-liberation2 has the metrics of Times New Roman with the Vietnamese letters.
OFFICE_PACKAGES = libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils python3-openpyxl fonts-liberation2
# The bench's anchors: the same work in other tools, measured in the same run.
BENCH_PACKAGES = $(APT_PACKAGES) taskwarrior hyperfine python3
SAMPLE       = sample-data/vi-trung-2021-2026.json
RELEASE_BIN  = .build/release/giamsat-tui
ARGS        ?=

.PHONY: deps install-missing build run test unit-test e2e bench dist fuzz crash-safety clean

# Installs the system packages the build and the tests need, only when one is missing.
deps:
	@$(MAKE) --no-print-directory install-missing PACKAGES="$(APT_PACKAGES)"

install-missing:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
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
	@$(MAKE) --no-print-directory install-missing PACKAGES="$(OFFICE_PACKAGES)"
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@if [ -x scripts/e2e.sh ]; then scripts/e2e.sh; fi
	@if [ -x scripts/e2e-records.sh ]; then scripts/e2e-records.sh; fi
	@if [ -x scripts/e2e-hardening.sh ]; then scripts/e2e-hardening.sh; fi
	@if [ -x scripts/e2e-former-units.sh ]; then scripts/e2e-former-units.sh; fi
	@if [ -x scripts/e2e-firstrun.sh ]; then scripts/e2e-firstrun.sh; fi
	@# Issue 17 (Telex HĐND, the status dialog, void and tally, undo of a creation): about 25 s on 2 cores.
	@if [ -x scripts/e2e-trust.sh ]; then scripts/e2e-trust.sh; fi
	@# Issue 21 item 1 (a khiển trách on the Party's track with its decision number, on the page and in the tally): about 11 s.
	@if [ -x scripts/e2e-tracks.sh ]; then scripts/e2e-tracks.sh; fi
	@# Issue 21, residence meetings (hold one, review three members in it, the village counted, the letters): about 12 s.
	@if [ -x scripts/e2e-meetings.sh ]; then scripts/e2e-meetings.sh; fi
	@# Issue 21, clocks (a denunciation accepted, extended twice with reasons, a third refused): about 12 s.
	@if [ -x scripts/e2e-clocks.sh ]; then scripts/e2e-clocks.sh; fi
	@# Issue 21 (the same matter entered twice, offered before saving, linked both ways): about 20 s.
	@if [ -x scripts/e2e-dupes.sh ]; then scripts/e2e-dupes.sh; fi
	@# Issue 21, attachments (attach a file to a feedback record by its path, listed with name and size).
	@if [ -x scripts/e2e-attach.sh ]; then scripts/e2e-attach.sh; fi
	@if [ -x scripts/monkey-tmux.sh ]; then scripts/monkey-tmux.sh; fi
	@if [ -x scripts/office-check.sh ]; then scripts/office-check.sh; fi
	@if [ -x scripts/e2e-documents.sh ]; then scripts/e2e-documents.sh; fi
	@if [ -x scripts/test-deb.sh ]; then scripts/test-deb.sh; fi
	FUZZ_SECONDS=$(TEST_FUZZ_SECONDS) FUZZ_SEED=1 scripts/fuzz.sh
	scripts/crash-safety.sh

# In `make test` (docs/security.md): each of the 4 fuzz harnesses compiled (~15 s) and run this long with a fixed
# seed, about 100 s in all on this 2-core machine; then 40 rounds of kill -9 (crash-safety.sh), about 30 s.
TEST_FUZZ_SECONDS ?= 10
FUZZ_SECONDS ?= 120

# libFuzzer on the JSON and CSV readers, date parsing and Telex/VNI, FUZZ_SECONDS each (docs/security.md).
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

# kill -9 at random moments of imports, merges, restores, protect and exports; CRASH_ROUNDS=300 for a long run.
crash-safety:
	$(SWIFT) build
	scripts/crash-safety.sh

# Generated communes of 100,000 and 1,000,000 feedback records, imported and timed next to sqlite3, Python's
# sqlite3 and taskwarrior; one table per size and .build/bench/results.json (docs/performance.md).
# BENCH_FEEDBACK=100000 for one size, BENCH_KEEP=1 to keep the files.
bench:
	@$(MAKE) --no-print-directory install-missing PACKAGES="$(BENCH_PACKAGES)"
	$(SWIFT) build -c release --product giamsat-tui
	$(SWIFT) build -c release --product giamsat-bench
	.build/release/giamsat-bench

# For a computer without Swift: dist/giamsat-tui_VERSION_amd64.deb and .tar.gz, the Swift runtime linked in
# (scripts/dist.sh; its own build folder .build-dist). Install with `apt install ./giamsat-tui_*.deb`.
dist: deps
	@$(MAKE) --no-print-directory install-missing PACKAGES="dpkg-dev binutils"
	scripts/dist.sh

clean:
	rm -rf .build .build-dist dist
