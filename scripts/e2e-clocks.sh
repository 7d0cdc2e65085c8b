#!/usr/bin/env bash
# End-to-end for issue 21, item 3 "Clocks by kind" (tmux, 80×24, sample data): a new denunciation entered in Telex,
# accepted through the status dialog (its 30 days count from that day), then extended with `g` and a reason: the page
# shows the new due date, what it is for, and the extension as a step; a second extension, then a third refused.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/tmux-lib.sh
SESSION=e2e
e2e_setup e2e-clocks
TODAY=2026-11-23
start_pane "TERM=xterm-256color $BIN --data $DATA open --import-if-empty sample-data/vi-trung-2021-2026.json"
expect "VIỆC CẦN LÀM" "opens on the sample data"

# A new denunciation: channel, kind "tố cáo", summary.
keys 2
keys n
expect "Phản ánh mới PA-2026-0068" "2, n: a new feedback record"
keys Tab Enter
type_text "day nong"
keys Enter
keys Tab Enter
type_text "to cao"
keys Enter
expect "Nhiều địa bàn" "a denunciation's form offers the several-places flag"
keys Tab Tab Tab Tab Tab
type_text "Toos caos casn booj nhaanj tieenf"
keys F2
expect "Đã lưu PA-2026-0068" "F2 saves the denunciation"
expect "Hạn phân loại     02/12/2026 (7 ngày làm việc)" "its page: classified within 7 working days"

# Accepted (xem xét) today: 30 days from acceptance.
keys s
expect "Bước tiếp theo" "s: the status dialog"
keys F2
expect "Đang xem xét, xác minh" "accepted for verification"
expect "Hạn giải quyết    23/12/2026" "due 30 days after acceptance"
expect "Giải quyết tố cáo: 30 ngày từ ngày thụ lý 23/11/2026" "the page says what the due date is for"

# g: the extension, with a reason.
keys g
expect "Gia hạn giải quyết lần 1 (+30 ngày) PA-2026-0068" "g: the extension form"
keys Tab
type_text "Vuj vieecj phuwcs tapj, caanf xacs minh theem"
keys F2
# After a save the page keeps its end (the new audit line) in view; Home goes back to the dates at its top.
expect "Hạn giải quyết: “23/12/2026” → “22/01/2027”" "the save's audit line, in view"
keys Home
expect "Hạn giải quyết    22/01/2027" "the new due date: 30 + 30 days"
expect "Gia hạn lần 1     23/11/2026  +30 ngày — Vụ việc phức tạp, cần xác minh thêm" "the extension on the page, as a step"
expect "hạn 1 lần (+30)" "the clock counts it"

# A second, then a third refused in the law's words.
keys g
expect "Gia hạn giải quyết lần 2" "g again: the second extension"
keys Tab
type_text "Raats phuwcs tapj"
keys F2
keys Home
expect "Hạn giải quyết    21/02/2027" "30 + 30 + 30 days"
keys g
expect "đã gia hạn 2 lần, Luật Tố cáo không cho gia hạn thêm" "a third is refused"

keys F10
expect "EXITED 0" "quits cleanly"
echo "e2e-clocks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
