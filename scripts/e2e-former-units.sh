#!/usr/bin/env bash
# End-to-end for issue 12 in the TUI: the sample former communes merged with the real binary, then in tmux at
# 80×24 the feedback list labels each record with its former commune, `x` filters on it, a former code typed in
# the palette offers every record that had it (each labelled), and a record's page says where it came from.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/tmux-lib.sh
SESSION=f
e2e_setup e2e-f

FORMER=sample-data/former-communes
"$BIN" --data "$DATA" init --commune-name "Xã Tân Hòa" --province "Tỉnh Cần Thơ" >/dev/null
"$BIN" --data "$DATA" merge-commune --map "$FORMER/joins.txt" --merged-on 01/07/2025 --resolution "1234/NQ-UBTVQH15" \
  "$FORMER/tan-an.json" "$FORMER/tan-binh.json" "$FORMER/tan-cuong.json" >/dev/null

start_pane "TERM=xterm-256color $BIN --data $DATA"
expect "F1 Trợ giúp" "the app starts"
keys 2
expect "PA-2024-0004 TB" "the feedback list labels a merged record with its former commune's initials"
keys x x x
expect "Xã cũ: Tân Bình" "x filters on one former commune, named in the filter line"
expect "4 kết quả" "and only its records are listed"
keys Escape
expect "12 kết quả" "Esc clears the filter"
keys :
type_text "PA-2024-0001"
keys Enter
expect "Phản ánh PA-2024-0007 — Xã Tân Cường (mã cũ PA-2024-0001)" "a former code in the palette offers each record that had it"
keys Down Down Enter
expect "Xã cũ             Xã Tân Cường (mã cũ PA-2024-0001)" "the record's page says where it came from"
keys Escape 3
keys :
type_text "DT-0002"
keys Enter
expect "Đối tượng giám sát DT-0002 — Xã Tân An (mã cũ DT-0002)" "a code kept through the merge is labelled too"
keys Enter
expect "                  Xã Tân Bình (mã cũ DT-0003)" "a joined official's page lists both former communes"
keys q
expect "EXITED 0" "and quits"

echo "e2e-former-units: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
