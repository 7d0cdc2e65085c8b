#!/usr/bin/env bash
# End-to-end: drives the real binary in tmux at 80×24 as a user would, and reads the screen.
# Start on the sample data, filter with / typing without accents, open a record, create one
# typing its summary in Telex, save, quit, start again and find it.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/debug/giamsat-tui}
[ -x "$BIN" ] || swift build
DATA=$(mktemp -d)
SOCKET="giamsat-e2e-$$"
SESSION=e2e
trap 'tmux -L "$SOCKET" kill-server 2>/dev/null || true; rm -rf "$DATA"' EXIT

passed=0
failed=0
screen() { tmux -L "$SOCKET" capture-pane -p -t "$SESSION"; }
keys() { tmux -L "$SOCKET" send-keys -t "$SESSION" "$@"; sleep 0.3; }
type_text() { tmux -L "$SOCKET" send-keys -t "$SESSION" -l "$1"; sleep 0.4; }
# Waits up to 10 s for a text on screen; records a pass or a failure with the screen.
expect() {
  local what=$1 label=$2
  for _ in $(seq 1 50); do
    if screen | grep -qF -- "$what"; then passed=$((passed + 1)); echo "ok   $label"; return 0; fi
    sleep 0.2
  done
  failed=$((failed + 1)); echo "FAIL $label: “$what” not on screen:"; screen | sed 's/^/     | /'
}
start() {
  tmux -L "$SOCKET" kill-server 2>/dev/null || true
  sleep 0.2
  tmux -L "$SOCKET" -f /dev/null new-session -d -s "$SESSION" -x 80 -y 24 \
    "env LANG=C.UTF-8 TERM=xterm-256color GIAMSAT_TODAY=2026-11-23 GIAMSAT_USER='Cán bộ E2E' $BIN --data $DATA open --import-if-empty sample-data/vi-trung-2021-2026.json; echo EXITED \$?; sleep 60"
}

start
expect "250 kết quả" "starts on the sample data's feedback list"
keys /
type_text "duong day nong"
expect "46 kết quả" "filter typed without accents finds “đường dây nóng”"
keys Enter
keys Enter
expect "Quá trình xử lý" "Enter opens a record with its history"
expect "•••" "the reporter is masked"
keys Escape
keys Escape
expect "250 kết quả" "Esc goes back and clears the filter"

keys n
expect "Phản ánh mới PA-2026-0031" "n opens a new record with the next code"
keys Tab Enter
type_text "day nong"
keys Enter
keys Enter Enter
keys Tab Tab Tab Tab
type_text "Phanr anhs thu tieenf sai quy ddinhj owr thoon"
expect "Phản ánh thu tiền sai quy định ở thôn" "the summary typed in Telex shows in Vietnamese"
keys F2
expect "Đã lưu PA-2026-0031" "F2 saves and shows the record"
keys Escape
keys q
expect "EXITED 0" "q quits cleanly"

start
expect "251 kết quả" "after a restart the new record is there"
keys /
type_text "thu tien sai quy dinh o thon"
expect "1 kết quả" "found again without accents"
keys Enter
expect "PA-2026-0031: Phản ánh thu tiền sai quy định ở thôn" "the saved summary is intact"
keys Enter
expect "Cán bộ E2E: tạo mới" "the audit trail names who created it"
keys q
expect "EXITED 0" "quits again"

stored=$(sqlite3 "$DATA/giamsat.sqlite" "SELECT summary FROM feedback WHERE code = 'PA-2026-0031'")
if [ "$stored" = "Phản ánh thu tiền sai quy định ở thôn" ]; then passed=$((passed + 1)); echo "ok   stored in NFC in the database"
else failed=$((failed + 1)); echo "FAIL stored summary: $stored"; fi

echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
