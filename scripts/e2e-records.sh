#!/usr/bin/env bash
# End-to-end for the whole job: in the TUI only (tmux, 80×24, sample data), add an official typing their name in
# Telex, create a plan typed in Telex with a two-member team supervising them, record a finding for them, create a
# recommendation from that plan with a khiển trách outcome for them, record a residence review in their village;
# quit, restart, and find all of it again on their page and in the dashboard's figures, then compare
# `giamsat-tui tally --format json` for the year with the same tally of the untouched sample data.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/tmux-lib.sh
SESSION=e2e
e2e_setup e2e-records
FRESH=$(mktemp -d)
CLEANUP=$FRESH
TODAY=2026-11-23
start() { start_pane "TERM=xterm-256color $BIN --data $DATA open --import-if-empty sample-data/vi-trung-2021-2026.json"; }

start
expect "VIỆC CẦN LÀM" "opens on the sample data"
expect "KẾ HOẠCH         Đã ban hành 1 · Đang giám sát 1 · Hoàn thành 1" "the dashboard: the year's plans"

# An official, typed in Telex, living in Ấp Vị Hiếu, a party member.
keys 3
keys n
expect "Đối tượng mới DT-0081" "3, n: a new official with the next code"
type_official "Hoangf" "Thij" "Lan" "Chur tichj Hooij Phuj nuwx"
keys Tab Tab Enter
type_text "chu chot"
keys Enter
# A picker gives focus back to the field that opened it (issue 17): Tab moves on.
keys Tab Space Tab Tab Enter
type_text "vi hieu"
keys Enter
keys F2
expect "Hoàng Thị Lan · DT-0081 · phiên bản 1" "F2 saves the official and shows their page"
keys Escape

# A plan, typed in Telex: title, type, form, a team of two, DT-0001 supervised.
keys 4
expect "22 kết quả" "4: the plans"
keys n
expect "Kế hoạch mới KH-2026-04" "n: a new plan with the next free code proposed"
keys Tab Tab Tab
type_text "Giasm sast ddaoj dduwsc nawm 2026"
keys Tab Tab Tab Enter
type_text "chuyen"
keys Enter
keys Tab Enter
type_text "doan"
keys Enter
keys Tab Tab
type_text "12/QDD-MTTQ"
keys Tab
type_text "Phufng Quang Huy"
keys Tab Enter
expect "Thành viên đoàn (0)" "Enter on the team members opens their rows"
keys n
type_text "Tranaf Thij Lan"
keys Tab
type_text "Hooji Phuj nuwx"
keys F2
keys n
type_text "Lee Vawn Ba"
keys Tab
type_text "Ddoanf thanh nieen"
keys F2
expect "Thành viên đoàn (2)" "two members added"
expect "2. Lê Văn Ba · Đoàn thanh niên" "typed in Telex"
keys Escape
keys Tab Tab Enter
type_text "DT-0081"
keys Enter
expect "Hoàng Thị Lan" "the new official chosen in the officials picker"
keys Tab
type_text "16/11/2026"
keys Tab
type_text "20/11/2026"
keys F2
expect "Kế hoạch KH-2026-04 · phiên bản 1" "F2 saves and shows the plan's page"
expect "Giám sát đạo đức năm 2026" "the title typed in Telex"

# A finding for DT-0001.
keys f
keys Enter
expect "Kết quả giám sát: Hoàng Thị Lan" "f, Enter: the findings of the one official supervised"
type_text "Gaanf dana, guwowng maaux"
keys Tab
type_text "Chaamj trar lowif ddown thuw"
keys F2
expect "phiên bản 2" "the findings are saved on the plan"

# A recommendation from the plan, with a khiển trách outcome for DT-0001.
keys n
expect "Kiến nghị mới KN-2026-0008" "n: a recommendation from the plan"
expect "KH-2026-04 — Giám sát đạo đức" "its source is the plan"
keys Tab
type_text "Ban Thuwowngf vuj DDangr uyr xax"
keys Tab Tab Tab Tab Tab Enter
keys n
keys Enter
type_text "DT-0081"
keys Enter
keys Tab Enter
type_text "dang"
keys Enter
keys Tab Enter
type_text "khien"
keys Enter
keys Tab Tab
# The decision is dated the day the recommendation is sent (23/11, the script's today):
# a decision dated before the sending is refused on the row.
type_text "23/11/2026"
keys Tab
type_text "UBKT DDangr uyr"
keys F2
expect "1. Hoàng Thị Lan · Đảng · Khiển trách · 23/11/2026" "the outcome row"
keys Escape
keys F2
expect "Kiến nghị KN-2026-0008 · phiên bản 1" "saved and shown"
expect "Hoàng Thị Lan (DT-0081): Khiển trách · Đảng" "the outcome on its page"
keys Escape
keys G
expect "KN-2026-0008" "the plan lists the recommendation arising from it"

# A residence review in her village (Ấp Vị Hiếu).
keys 6
expect "Năm ‹ 2026 ›" "6: residence reviews of this year"
keys G
keys k k k k
keys Enter
# No meeting recorded there this year: the reviews come out of it, so it is asked for first (issue 21).
expect "Ghi hội nghị trước khi nhập góp ý — Ấp Vị Hiếu 2026" "Enter: the village's meeting is recorded first"
keys F2
expect "Ấp Vị Hiếu · Năm 2026" "then the grid of the village's reviews"
keys a
type_text "DT-0081"
keys Enter
expect "Đã có trong danh sách" "a: DT-0081 lives here: selected"
keys t
expect "Đã ghi góp ý: Hoàng Thị Lan — Tốt" "t: assessed and saved"
keys o
type_text "Gaanf gux vowis nhaan daan"
keys Enter
keys Escape

# Quit, start again: all of it is there.
keys q
expect "EXITED 0" "q quits cleanly"
start
expect "VIỆC CẦN LÀM" "starts again"
expect "KẾ HOẠCH         Dự thảo 1" "the dashboard counts the plan"
expect "KIẾN NGHỊ        chờ trả lời 2 / 8" "and the recommendation awaiting an answer"
expect "GÓP Ý NƠI CƯ TRÚ 5 / 15 địa bàn" "and the village reviewed"
keys C-p
type_text "DT-0081"
keys Enter
expect "Hoàng Thị Lan · DT-0081" "the official's page after a restart"
expect "KH-2026-04" "the plan that supervised her"
keys G
expect "Khiển trách" "the outcome decided for her"
expect "2026  Ấp Vị Hiếu · Tốt" "her residence review by year"
keys Escape
keys C-p
type_text "KH-2026-04"
keys Enter
expect "Kế hoạch KH-2026-04 · phiên bản 2" "the plan after a restart"
expect "16/11/2026 – 20/11/2026" "its dates"
expect "Trần Thị Lan — Hội Phụ nữ" "the team after a restart"
keys PgDn
expect "Gần dân, gương mẫu" "the finding after a restart"
keys G
expect "KN-2026-0008" "the recommendation after a restart"
keys q
expect "EXITED 0" "quits again"

# The tally of the year, compared with the untouched sample data's.
tally() { GIAMSAT_TODAY=$TODAY "$BIN" --data "$1" tally --year 2026 --format json; }
GIAMSAT_TODAY=$TODAY "$BIN" --data "$FRESH" import sample-data/vi-trung-2021-2026.json > /dev/null
field() { python3 -c "import json,sys; t=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
after=$(tally "$DATA"); before=$(tally "$FRESH")
check "tally: one more plan" [ "$(echo "$after" | field "t['plans']['total']")" = "$(( $(echo "$before" | field "t['plans']['total']") + 1 ))" ]
check "tally: one more official supervised" \
  [ "$(echo "$after" | field "t['supervisedOfficials']['total']")" -ge "$(echo "$before" | field "t['supervisedOfficials']['total']")" ]
check "tally: one more khiển trách" \
  [ "$(echo "$after" | field "t['discipline']['byMeasure']['khien-trach']")" = "$(( $(echo "$before" | field "t['discipline']['byMeasure']['khien-trach']") + 1 ))" ]
check "tally: one more recommendation" \
  [ "$(echo "$after" | field "t['recommendations']['total']")" = "$(( $(echo "$before" | field "t['recommendations']['total']") + 1 ))" ]
check "tally: one more official reviewed" \
  [ "$(echo "$after" | field "t['residenceReviews']['officials']")" = "$(( $(echo "$before" | field "t['residenceReviews']['officials']") + 1 ))" ]

echo "e2e-records: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
