#!/usr/bin/env bash
# Fuzzes the readers with libFuzzer (docs/security.md, "Fuzzing"). Each harness in Tests/Fuzz is compiled with the
# few sources it tests (seconds, not a package build), with -sanitize=fuzzer,address, and run for FUZZ_SECONDS,
# starting from the corpus kept in Tests/Fuzz/corpus/<harness>/.
#   scripts/fuzz.sh                       every harness, FUZZ_SECONDS each (default 120), a random seed
#   FUZZ_SECONDS=15 FUZZ_SEED=1 scripts/fuzz.sh   what `make test` runs: short, the same inputs every time
#   FUZZ_MERGE=1 scripts/fuzz.sh json     adds the new inputs that reach new code to the kept corpus (minimised)
# A crash leaves its input in .build/fuzz/crash-<harness>-…; the script then fails.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-120}
SEED=${FUZZ_SEED:-0}
OUT=.build/fuzz
CORE=Sources/GiamSatCore
mkdir -p "$OUT"

# The sources each harness needs: the reader and what its errors are made of.
COMMON="$CORE/Text/UTF8Validator.swift $CORE/Model/Errors.swift Tests/Fuzz/FuzzStubs.swift $CORE/Text/VietnameseText.swift \
  $CORE/Text/LocalDate.swift $CORE/Text/TerminalText.swift"
sources() {
  case $1 in
    json) echo "$COMMON $CORE/Interchange/JSONStream.swift $CORE/Interchange/JSONValue.swift" ;;
    csv) echo "$COMMON $CORE/Interchange/CSV.swift" ;;
    dates) echo "$COMMON" ;;
    telex) echo "Sources/TerminalUI/Input/VietnameseInput.swift" ;;
  esac
}
harness_file() {
  case $1 in json) echo FuzzJSON ;; csv) echo FuzzCSV ;; dates) echo FuzzDates ;; telex) echo FuzzTelex ;; esac
}

HARNESSES=${*:-json csv dates telex}
status=0
for name in $HARNESSES; do
  binary="$OUT/fuzz-$name"
  # shellcheck disable=SC2046
  swiftc -sanitize=fuzzer,address -parse-as-library -O -g -module-name FuzzTarget -o "$binary" \
    $(sources "$name") Tests/Fuzz/FuzzCheck.swift "Tests/Fuzz/$(harness_file "$name").swift" 2> "$OUT/build-$name.log" \
    || { cat "$OUT/build-$name.log"; echo "fuzz $name: build failed"; exit 1; }
  kept="Tests/Fuzz/corpus/$name"
  work="$OUT/corpus-$name"
  mkdir -p "$kept" "$work"
  log="$OUT/run-$name.log"
  set +e
  ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no "$binary" -max_total_time="$SECONDS_EACH" -seed="$SEED" -max_len=4096 -timeout=10 \
    -rss_limit_mb=1024 -print_final_stats=1 -artifact_prefix="$OUT/crash-$name-" "$work" "$kept" > "$log" 2>&1
  result=$?
  set -e
  runs=$(grep -a -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  if [ $result -ne 0 ]; then
    tail -40 "$log"
    echo "fuzz $name: FAILED after $runs runs (input in $OUT/crash-$name-*)"
    status=1
  else
    echo "fuzz $name: $runs runs in ${SECONDS_EACH}s, no crash (corpus: $(ls "$kept" | wc -l) kept, $(ls "$work" | wc -l) found this time)"
  fi
  if [ "${FUZZ_MERGE:-0}" = 1 ] && [ $result -eq 0 ]; then
    "$binary" -merge=1 "$kept" "$work" > "$OUT/merge-$name.log" 2>&1 || true
  fi
done
exit $status
