#!/usr/bin/env bash
# End-to-end for issue 21 item 1, outcomes by track (tmux, 80×24, sample data): `check` lists the sample's outcomes
# that the version-1 file could not place; a new recommendation gets a khiển trách decided on the Party's track, with
# its decision number, date and deciding body, picked from the track's own measures; the page shows them; the tally
# counts it on the Party's line (and its head of unit).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/tmux-lib.sh
SESSION=e2e
e2e_setup e2e-tracks
TODAY=2026-11-23
start=$(date +%s)
start_pane "TERM=xterm-256color $BIN --data $DATA open --import-if-empty sample-data/vi-trung-2021-2026.json"
party() {
  GIAMSAT_TODAY=$TODAY "$BIN" --data "$DATA" tally --year 2026 --format json \
    | python3 -c "import json,sys; d=json.load(sys.stdin)['discipline']; print(d['byMeasure']['khien-trach'], d['heads']['total'])"
}
expect "VIỆC CẦN LÀM" "opens on the sample data"
before=$(party)

# The sample is a version-1 file: its buộc thôi việc has no track yet, and check lists it for the user to confirm.
checked=$(GIAMSAT_TODAY=$TODAY "$BIN" --data "$DATA" check)
check "check lists the outcomes to confirm" grep -q "cần xác nhận diện" <<<"$checked"
check "and names the recommendation and the measure" grep -q "KN-.*Buộc thôi việc): chưa xác định diện xử lý" <<<"$checked"

# A new recommendation with one outcome: official, track, a measure of that track, decision number, date, body.
keys 5
keys n
expect "Kiến nghị mới KN-2026-0008" "5, n: a new recommendation"
keys Tab
type_text "UBKT DDangr uyr xax"
keys Tab Tab Tab Tab Tab Enter
keys n
expect "Diện xử lý" "n: an outcome row asks for its track"
keys Enter
type_text "DT-0001"
keys Enter
keys Tab Enter
type_text "dang"
keys Enter
keys Tab Enter
expect "Khai trừ khỏi Đảng" "the Party's measures are offered"
not_on_screen() { ! screen | grep -qF -- "$1"; }
check "and only them: no hạ bậc lương, no buộc thôi việc" not_on_screen "Hạ bậc lương"
check "(buộc thôi việc is công chức's and viên chức's)" not_on_screen "Buộc thôi việc"
type_text "khien"
keys Enter
keys Tab
type_text "12-QDD/UBKT"
keys Tab
# Decided the day it was sent (today, 23/11/2026): a decision is never dated before its recommendation was sent.
type_text "23/11/2026"
keys Tab
type_text "UBKT DDangr uyr xax"
keys F2
expect "1. Nguyễn Văn Đình · Đảng · Khiển trách · 12-QĐ/UBKT" "the outcome row with its track and number"
keys Escape
keys F2
expect "Kiến nghị KN-2026-0008 · phiên bản 1" "F2 saves the recommendation"
expect "(DT-0001): Khiển trách · Đảng · QĐ số 12-QĐ/UBKT" "the page shows measure, track and decision number"
expect "UBKT Đảng ủy xã" "and the deciding body"

# Counted in the tally, on the Party's line, its head of unit apart.
after=$(party)
read -r reprimands heads <<<"$before"
check "the tally counts the khiển trách on the Party's line ($before → $after)" [ "$after" = "$((reprimands + 1)) $((heads + 1))" ]
keys q
expect "EXITED 0" "q quits cleanly"

echo "e2e-tracks: $passed passed, $failed failed ($(( $(date +%s) - start )) s)"
[ "$failed" -eq 0 ]
