#!/usr/bin/env bash
# End-to-end for issue 21, item 2, residence review meetings (tmux, 80×24, sample data): in section 6, `m` on Ấp 5 —
# which has no meeting in 2026 — records its meeting (chair typed in Telex, attendance, minutes); its page opens the grid
# of that village and year, where three members are reviewed with one key each; the page counts them, the residence
# screen and the dashboard count the village, `tally` counts one village and three members more, and `d` writes one
# letter per member reviewed, each numbered in the outgoing register. Then villages are seen in natural order (Ấp 5,
# Ấp 10, Ấp 11), and the meeting voided (X) leaves room for the village's real one, counted once.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/tmux-lib.sh
SESSION=e2e
e2e_setup e2e-meetings
TODAY=2026-12-02
start_pane "TERM=xterm-256color $BIN --data $DATA open --import-if-empty sample-data/vi-trung-2021-2026.json"
screen_has() { screen > "$DATA/screen.txt"; grep -q "$1" "$DATA/screen.txt"; }
reviews() {
  GIAMSAT_TODAY=$TODAY "$BIN" --data "$DATA" tally --year 2026 --format json \
    | python3 -c "import json,sys; r=json.load(sys.stdin)['residenceReviews']; print(r['localities'], r['officials'])"
}
expect "VIỆC CẦN LÀM" "opens on the sample data"
before=$(reviews)
check "tally before: 4 villages held their meeting in 2026 ($before)" [ "${before%% *}" = "4" ]

keys 6
expect "Năm ‹ 2026 ›" "6: the residence screen of this year"
expect "4/15 địa bàn đã tổ chức hội nghị góp ý" "four villages held their meeting"
# Ấp 5, found by its line under the column headings (villages sort the Vietnamese way); it has no meeting in 2026.
row=$(screen | awk '/^Địa bàn /{h=NR} h && /^Ấp 5 /{print NR-h-1; exit}')
check "Ấp 5 is listed, with no meeting this year" screen_has "^Ấp 5 .*chưa họp"
for _ in $(seq 1 "${row:-0}"); do keys j; done
keys m
expect "Ghi hội nghị góp ý năm 2026 — Ấp 5" "m: the form of Ấp 5's meeting"
keys Tab
type_text "Nguyeenx Vawn Tuw"
keys Tab
type_text "46"
keys Tab
type_text "52"
keys Tab
type_text "Hooij nghij gops ys ddangr vieen nawm 2026"
expect "Nguyễn Văn Tư" "the chair typed in Telex"
keys F2
expect "Hội nghị góp ý HN-2026-05 · phiên bản 1" "F2 records it: its page"
expect "46/52" "attendance on the page"
expect "0 đảng viên được góp ý · còn thiếu 4" "no review yet, four members living there"

keys Enter
expect "Ấp 5 · Năm 2026 · Đã góp ý 0/4" "Enter: the grid of Ấp 5 in 2026"
keys t
expect "Đã ghi góp ý:" "t: the first review saved"
keys Enter h
keys Enter t
expect "Đã góp ý 3/4" "three reviews entered in the meeting's grid"
keys Escape
expect "3 đảng viên được góp ý · còn thiếu 1" "the meeting's page counts its three reviews"

keys d
expect "Soạn văn bản" "d: the meeting's documents"
keys j Enter
expect "V/v nhận xét đảng viên nơi cư trú năm 2026" "the letter to the member's party cell, previewed"
keys Enter
expect "Đã ghi" "the letters written, numbered"
check "three letters, one per member reviewed" [ "$(ls "$DATA"/van-ban/nhan-xet-hn-2026-05-*.docx | wc -l)" = "3" ]
check "each in the outgoing register" [ "$(GIAMSAT_TODAY=$TODAY "$BIN" --data "$DATA" register --year 2026 | grep -c "HN-2026-05")" = "3" ]

keys Escape
expect "5/15 địa bàn đã tổ chức hội nghị góp ý" "the residence screen counts the village"
keys 1
expect "5 / 15 địa bàn" "and the dashboard"
after=$(reviews)
check "tally: one village and three members more ($before → $after)" \
  [ "$after" = "5 $(( ${before##* } + 3 ))" ]

# Walkthrough findings: villages sort with their numbers as numbers, and a voided meeting leaves room for the real one.
keys 6
expect "5/15 địa bàn đã tổ chức hội nghị góp ý" "6: back on the residence screen"
line_of() { screen | awk -v v="$1" 'index($0, v " ") == 1 {print NR; exit}'; }
natural_order() { [ "$(line_of "Ấp 5")" -lt "$(line_of "Ấp 10")" ] && [ "$(line_of "Ấp 10")" -lt "$(line_of "Ấp 11")" ]; }
check "Ấp 5 before Ấp 10 before Ấp 11 (numbers as numbers)" natural_order
row=$(screen | awk '/^Địa bàn /{h=NR} h && /^Ấp 5 /{print NR-h-1; exit}')
for _ in $(seq 1 "${row:-0}"); do keys j; done
keys m
expect "Hội nghị góp ý HN-2026-05 · phiên bản" "m: Ấp 5's meeting"
keys X
type_text "Nhaapj nhaamf"
keys Enter
expect "Đã hủy hội nghị góp ý HN-2026-05" "X voids it"
keys Escape
expect "4/15 địa bàn đã tổ chức hội nghị góp ý" "voided: the village no longer counts"
keys m
expect "Ghi hội nghị góp ý năm 2026 — Ấp 5" "the real meeting can be recorded"
keys Tab
type_text "Nguyeenx Vawn Tuw"
keys F2
expect "Hội nghị góp ý HN-2026-06 · phiên bản 1" "F2 records it (the voided one no longer blocks it)"
keys Escape
expect "5/15 địa bàn đã tổ chức hội nghị góp ý" "counted once again"
keys q
expect "EXITED 0" "q quits cleanly"

echo "e2e-meetings: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
