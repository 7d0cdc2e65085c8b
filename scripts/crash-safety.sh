#!/usr/bin/env bash
# Kills giamsat-tui with SIGKILL at random moments and checks what must hold after any crash (docs/security.md,
# "Crash safety"): the next start leaves no temporary file behind, `check` passes, nothing that was reported done is
# lost, every file is 0600, and identities sealed by `protect` are never found in clear.
# Operations killed: a first import, a re-import of new records, merge-commune, restore, protect, export (with
# identities, to a file). CRASH_ROUNDS rounds (default 40: about 30 s here); CRASH_SEED for the same moments.
#   CRASH_ROUNDS=300 scripts/crash-safety.sh      a longer run by hand
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=${GIAMSAT_BIN:-$ROOT/.build/debug/giamsat-tui}
[ -x "$BIN" ] || { echo "crash-safety: build first (swift build), no $BIN"; exit 1; }
ROUNDS=${CRASH_ROUNDS:-40}
RANDOM=${CRASH_SEED:-19}
SAMPLE=$ROOT/sample-data/vi-trung-2021-2026.json
FORMER=("$ROOT/sample-data/former-communes/tan-an.json" "$ROOT/sample-data/former-communes/tan-binh.json")
WORK=$(mktemp -d /tmp/giamsat-crash.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export GIAMSAT_TODAY=2026-11-23 GIAMSAT_USER="Kiểm thử" HOME=$WORK LANG=C.UTF-8
PASS="mật khẩu thử nghiệm của xã"
kills=0 survived=0 failures=0 runs=0
declare -A killed_by

fail() { echo "crash-safety: FAIL round $round ($op): $*"; failures=$((failures + 1)); }

# Runs "$@" in the background and kills it after a random 0–$1 ms; the exit status is in $status, what it printed in $out.
run_and_kill() {
  local max_ms=$1; shift
  "$@" > "$WORK/out" 2>&1 &
  local pid=$!
  sleep "$(printf '0.%03d' $((RANDOM % max_ms)))"
  if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); killed_by[$op]=$(( ${killed_by[$op]:-0} + 1 )); else survived=$((survived + 1)); fi
  wait "$pid" 2>/dev/null; status=$?
  out=$(cat "$WORK/out")
  runs=$((runs + 1))
}

# What every crash must leave: after a start in the folder (`list`), no temporary file; check passes; files 0600.
invariants() {
  local data=$1
  [ -f "$data/giamsat.sqlite" ] || return 0
  "$BIN" --data "$data" list feedback --format tsv > /dev/null 2>&1 || fail "list after the crash failed"
  local left
  left=$(find "$data" -name '*.tmp' -o -name '*.partial*' -o -name '.giamsat.sqlite.*.new*' | head -3)
  [ -z "$left" ] || fail "left behind after the next start: $left"
  "$BIN" --data "$data" check > "$WORK/check" 2>&1 || fail "check: $(head -3 "$WORK/check")"
  local wide
  wide=$(find "$data" -type f ! -perm 600 | head -3)
  [ -z "$wide" ] || fail "not 0600: $wide"
  if [ "$(sqlite3 "$data/giamsat.sqlite" "SELECT count(*) FROM setting WHERE key = 'identity-protection'" 2>/dev/null)" = 1 ]; then
    local clear
    clear=$(sqlite3 "$data/giamsat.sqlite" "SELECT count(*) FROM feedback WHERE reporter_name IS NOT NULL AND reporter_name NOT LIKE 'gs1:%'")
    [ "$clear" = 0 ] || fail "protected, but $clear identities in clear"
  fi
}

# A bundle of one new feedback record, so that "reported done" can be checked.
extra_bundle() {
  local n=$1
  printf '{"format": "giamsat-bundle", "version": 1, "commune": {"code": "vi-trung", "name": "Xã Vị Trung"}, "feedback": [{"code": "PA-2026-9%03d", "receivedOn": "2026-11-20", "channel": "truc-tiep", "kind": "phan-anh", "summary": "Kiểm thử sự cố %d", "reporter": {"name": "Người %d", "phone": "09%08d"}}]}\n' "$n" "$n" "$n" "$n" > "$WORK/extra-$n.json"
  echo "$WORK/extra-$n.json"
}

base=$WORK/base
"$BIN" --data "$base" import "$SAMPLE" > /dev/null || { echo "crash-safety: cannot import the sample"; exit 1; }
"$BIN" --data "$base" backup --out "$WORK/base.sqlite" > /dev/null

ops=(first-import re-import merge restore protect export)
for round in $(seq 1 "$ROUNDS"); do
  op=${ops[$((RANDOM % ${#ops[@]}))]}
  data=$WORK/d$round
  case $op in
    first-import)
      run_and_kill 900 "$BIN" --data "$data" import "$SAMPLE"
      if [ -f "$data/giamsat.sqlite" ] || grep -q "Đã nhập" <<< "$out"; then
        [ "$("$BIN" --data "$data" list feedback --format tsv 2>/dev/null | wc -l)" -gt 100 ] || fail "reported or present, but records missing"
      else
        grep -q "chưa có dữ liệu" <<< "$("$BIN" --data "$data" check 2>&1)" || fail "no database, yet check does not say so"
        left=$(find "$data" -name '.giamsat.sqlite.*' 2>/dev/null | head -3)
        [ -z "$left" ] || fail "left behind after the next start: $left"
      fi
      "$BIN" --data "$data" import "$SAMPLE" > /dev/null 2>&1 || fail "import after the crash failed" ;;
    re-import)
      cp -r "$base" "$data"
      extra=$(extra_bundle "$round")
      run_and_kill 300 "$BIN" --data "$data" import "$extra"
      if grep -q "Đã nhập" <<< "$out"; then
        # Read whole first: `list | grep -q` fails under pipefail when grep stops early (SIGPIPE), a false alarm.
        listed=$("$BIN" --data "$data" list feedback --format tsv 2>&1)
        grep -q "PA-2026-9$(printf %03d "$round")" <<< "$listed" || fail "reported imported, then lost"
      fi ;;
    merge)
      mkdir -p "$data" && "$BIN" --data "$data" init --commune-name "Xã Tân Hòa" > /dev/null
      run_and_kill 250 "$BIN" --data "$data" merge-commune "${FORMER[@]}"
      if [ "$status" = 0 ]; then
        listed=$("$BIN" --data "$data" list feedback --format tsv 2>&1)
        grep -q "PA-" <<< "$listed" || fail "merge reported done, nothing there"
      fi ;;
    restore)
      cp -r "$base" "$data"
      "$BIN" --data "$data" import "$(extra_bundle "$round")" > /dev/null
      run_and_kill 200 "$BIN" --data "$data" restore --yes "$WORK/base.sqlite" ;;
    protect)
      cp -r "$base" "$data"
      run_and_kill 900 env GIAMSAT_PASSPHRASE="$PASS" "$BIN" --data "$data" protect
      if grep -q "Đã mã hóa danh tính" <<< "$out"; then
        [ "$(sqlite3 "$data/giamsat.sqlite" "SELECT count(*) FROM setting WHERE key = 'identity-protection'")" = 1 ] || fail "reported sealed, not sealed"
      fi
      # Run again: it finishes what a kill stopped, or says it is done.
      env GIAMSAT_PASSPHRASE="$PASS" "$BIN" --data "$data" protect > /dev/null 2>&1 ;;
    export)
      cp -r "$base" "$data"
      run_and_kill 250 "$BIN" --data "$data" export --include-identities --out "$WORK/x$round.json"
      "$BIN" --data "$data" export --include-identities --out "$WORK/x$round.json" > /dev/null 2>&1 || fail "export after the crash failed"
      left=$(find "$WORK" -maxdepth 1 -name ".x$round.json.*.tmp")
      [ -z "$left" ] || fail "export leftover: $left"
      [ "$(stat -c %a "$WORK/x$round.json")" = 600 ] || fail "export not 0600" ;;
  esac
  invariants "$data"
  rm -rf "$data"
done
summary=""
for op in "${ops[@]}"; do summary="$summary $op=${killed_by[$op]:-0}"; done
echo "crash-safety: $runs runs, $kills killed mid-way ($survived finished first), $failures failure(s); kills by operation:$summary"
[ "$failures" = 0 ]
