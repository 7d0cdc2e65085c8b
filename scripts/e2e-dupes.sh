#!/usr/bin/env bash
# End-to-end for issue 21, "duplicates" (tmux, 80×24, sample data): a feedback record about an official typed in
# Telex and saved; the same matter entered again about the same official, typed without accents; F2 offers the
# record on file before saving; `t` saves the new one as its duplicate; each page shows the other (Enter opens the
# original, which lists its duplicate), and the database holds the link. Then the original is itself marked "trùng"
# of an older record: its duplicate goes along (the message names it) and the database holds no chain.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/tmux-lib.sh
SESSION=e2e
e2e_setup e2e-dupes
TODAY=2026-11-23
start_pane "TERM=xterm-256color $BIN --data $DATA open --import-if-empty sample-data/vi-trung-2021-2026.json"
expect "VIỆC CẦN LÀM" "opens on the sample data"

# new_record CHANNEL OFFICIAL SUMMARY: on the feedback list, n and the form filled in (channel and official chosen in
# their pickers by words typed without accents); the summary typed as given (Telex is on).
new_record() {
  keys n
  expect "Phản ánh mới" "n: a new feedback record"
  keys Tab Enter
  type_text "$1"
  keys Enter
  keys Tab Enter Enter
  keys Tab Tab Enter
  type_text "$2"
  keys Enter
  keys Tab Tab Tab
  type_text "$3"
}

# The first record, typed in Telex.
keys 2
new_record "day nong" "vo minh hoa" "Thu tieenf lamf dduwowngf bee toong khoong coong khai"
expect "Thu tiền làm đường bê tông không công khai" "the summary typed in Telex"
keys F2
expect "Đã lưu PA-2026-0068" "F2 saves the first record (nothing like it on file)"
expect "Võ Minh Hòa (DT-0004)" "about Võ Minh Hòa"
keys Escape

# The same matter again, about the same official, typed without accents: offered before saving.
new_record "hom thu" "vo minh hoa" "thu tien lam duong be tong o ap khong cong khai"
keys F2
expect "Có thể trùng với đơn đã có" "F2 offers the record on file first"
expect "PA-2026-0068" "the first record is the candidate"
expect "Võ Minh Hòa" "with its official"
check "nothing is saved before the choice" \
  [ "$(sqlite3 "$DATA/giamsat.sqlite" "SELECT COUNT(*) FROM feedback WHERE code = 'PA-2026-0069'")" = "0" ]
keys t
expect "Đã lưu PA-2026-0069" "t saves it as a duplicate"
expect "Trùng — trùng với PA-2026-0068" "its history names the original"
keys End
expect "Trùng với (Enter: mở)" "at the end of its page, the original to open"
keys Enter
expect "Phản ánh PA-2026-0068" "Enter opens the original"
keys End
expect "Đơn trùng với đơn này (1)" "the original lists its duplicate"
expect "PA-2026-0069" "by its code"
link=$(sqlite3 "$DATA/giamsat.sqlite" "SELECT duplicate_of FROM feedback_history WHERE feedback = 'PA-2026-0069' ORDER BY seq DESC LIMIT 1")
check "the database holds the link ($link)" [ "$link" = "PA-2026-0068" ]

# The original is found to duplicate an older record: its own duplicate goes along to that one (no chain).
keys s Down Down Tab Tab
type_text "PA-2026-0066"
keys F2
expect "đơn trùng chuyển theo: PA-2026-0069" "s → Trùng: the message names the duplicate that went along"
links=$(sqlite3 "$DATA/giamsat.sqlite" "SELECT feedback || '>' || duplicate_of FROM feedback_history h WHERE feedback IN ('PA-2026-0068', 'PA-2026-0069')
  AND seq = (SELECT MAX(seq) FROM feedback_history l WHERE l.feedback = h.feedback) ORDER BY feedback" | tr '\n' ' ')
check "both now name the older record ($links)" [ "$links" = "PA-2026-0068>PA-2026-0066 PA-2026-0069>PA-2026-0066 " ]
keys q
expect "EXITED 0" "q quits cleanly"

echo "e2e-dupes: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
