#!/usr/bin/env bash
# End-to-end for issue 17's first run, in tmux at 80×24: an empty data folder opens the setup (not a message and an
# exit); the commune, its province, a former commune, the staff name and three villages are typed in Telex, the usual
# kind "Ấp" picked once; nothing is on disk before F2; F2 creates the data and the dashboard opens on it. A second
# empty folder left with Esc stays empty.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/tmux-lib.sh
e2e_setup e2e-firstrun
TODAY=2026-12-02

start_pane "TERM=xterm-256color $BIN --data $DATA"
expect "Thiết lập lần đầu" "an empty folder opens the setup"
type_text "Xax Taan Hoaf"
expect "Xã Tân Hòa" "the commune's name typed in Telex"
keys Tab
type_text "Tinhr Caanf Thow"
keys Tab Enter n
type_text "Xax Taan An"
keys F2 F2
expect "1. Xã Tân An" "a former commune added as a row"
keys Tab
type_text "Nguyeenx Vawn An"
keys Tab Enter Up Enter
# The picker gives focus back to the kind (issue 17): Tab moves on to the villages.
keys Tab
expect "Loại thôn, ấp    Ấp" "the usual kind picked once"
keys Enter n
type_text "Taan Lowij"
keys F2 n
type_text "Taan Phus"
keys F2 n
type_text "Thoon Mowis"
keys F2 F2
expect "3. Thôn Mới" "three villages typed"
check "nothing is written before F2" test ! -e "$DATA/giamsat.sqlite"
keys F2
expect "VIỆC CẦN LÀM" "F2 creates the data and opens the dashboard"
expect "Xã Tân Hòa" "on the new commune"
expect "0 / 3" "with its three villages"
keys q
expect "EXITED 0" "quits"
villages=$("$BIN" --data "$DATA" list localities 2>/dev/null)
check "the villages are stored with their kinds" grep -q "AP02.*Tân Phú" <<<"$villages"
check "a village that names its kind keeps it" grep -q "TH01.*Thôn Mới" <<<"$villages"

EMPTY=$(mktemp -d)
CLEANUP="$EMPTY"
start_pane "TERM=xterm-256color $BIN --data $EMPTY"
expect "Thiết lập lần đầu" "another empty folder"
type_text "Xax"
keys Escape y
expect "Chưa tạo dữ liệu" "Esc leaves, saying nothing was created"
expect "EXITED 0" "and exits cleanly"
check "the folder stays empty" test -z "$(ls -A "$EMPTY")"

echo "e2e-firstrun: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
