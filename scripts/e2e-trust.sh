#!/usr/bin/env bash
# End-to-end for issue 17, "nothing written that the user did not mean" (tmux, 80×24, sample data): an official's
# position "Phó Chủ tịch HĐND xã" and a plan's document number "12/QĐ-MTTQ" typed in Telex; a new feedback record
# marked "Trùng" through the status dialog with a note; a record voided from its page, with `tally` dropping it; a
# creation undone with `u` from another screen, asked first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/tmux-lib.sh
SESSION=e2e
e2e_setup e2e-trust
TODAY=2026-11-23
start_pane "TERM=xterm-256color $BIN --data $DATA open --import-if-empty sample-data/vi-trung-2021-2026.json"
tally_received() {
  GIAMSAT_TODAY=$TODAY "$BIN" --data "$DATA" tally --year 2026 --format json \
    | python3 -c "import json,sys; print(json.load(sys.stdin)['feedback']['received'])"
}
expect "VIỆC CẦN LÀM" "opens on the sample data"

# An official whose position is typed in Telex: HĐND needs đ outside a Vietnamese syllable.
keys 3
keys n
expect "Đối tượng mới" "3, n: a new official"
type_official "Hoangf" "Thij" "Lan" "Phos Chur tichj HDDND xax"
expect "Phó Chủ tịch HĐND xã" "Telex types HĐND in the position"
keys Tab Tab Enter
type_text "chu chot"
keys Enter F2
expect "Hoàng Thị Lan · DT-" "F2 saves the official"
expect "Phó Chủ tịch HĐND xã" "the position on the official's page"
keys Escape

# A plan whose document number is typed in Telex, as the title bar says.
keys 4
keys n
expect "Kế hoạch mới KH-2026-04" "4, n: a new plan"
expect "[VN Telex]" "the title bar says Telex"
keys Tab
type_text "12/QDD-MTTQ"
expect "12/QĐ-MTTQ" "the document number typed in Telex"
keys Tab Tab
type_text "Giasm sast HDDND xax nawm 2026"
keys Tab Tab Tab Enter
type_text "chuyen"
keys Enter
keys Tab Enter
type_text "doan"
keys Enter F2
expect "Kế hoạch KH-2026-04 · phiên bản 1" "F2 saves the plan"
expect "12/QĐ-MTTQ" "its document number on its page"
keys Escape

# A new feedback record, then marked "Trùng" through the dialog, with a note whose letters never move the list.
keys 2
keys n
expect "Phản ánh mới PA-2026-0068" "2, n: a new feedback record"
keys Tab Enter
type_text "day nong"
keys Enter
keys Tab Enter Enter
keys Tab Tab Tab Tab Tab
type_text "Goij ddieenj phanr anhs laij vieecj ddax baos"
keys F2
expect "Đã lưu PA-2026-0068" "F2 saves the record"
before=$(tally_received)
keys s
expect "Bước tiếp theo" "s: the status dialog"
keys Down Down
keys Tab Tab Enter
type_text "PA-2026-0012"
keys Enter
expect "PA-2026-0012" "the original picked"
keys Tab
type_text "Truf ddown cux, jj kk"
keys F2
expect "Đã chuyển trạng thái: Trùng" "F2 saves Trùng, as shown, and says so"
expect "Trùng — trùng với PA-2026-0012" "the page shows the step and the original"
expect "Trù đơn cũ, jj kk" "the note typed in Telex, its j and k kept as letters"

# Voided from its page, with a reason: it leaves the tally.
keys X
expect "Hủy hồ sơ" "X asks why"
type_text "Nhaapj nhaamf"
keys Enter
expect "Đã hủy phản ánh PA-2026-0068" "voided"
expect "Nhập nhầm" "the page says why"
after=$(tally_received)
check "tally drops the voided record ($before → $after)" [ "$after" = "$((before - 1))" ]
keys K
expect "Đã khôi phục phản ánh PA-2026-0068" "K restores it"
check "and the tally counts it again" [ "$(tally_received)" = "$before" ]

# A second record created by mistake, then undone from the dashboard: u says what it will undo first.
keys Escape
keys n
expect "Phản ánh mới PA-2026-0069" "n: another record"
keys Tab Enter
type_text "hom thu"
keys Enter
keys Tab Enter Enter
keys Tab Tab Tab Tab Tab
type_text "Nhaapj nhaamf"
keys F2
expect "Đã lưu PA-2026-0069" "saved"
keys 1
keys u
expect "Hoàn tác: tạo phản ánh PA-2026-0069?" "u on another screen asks first, naming the creation"
keys c
expect "Đã hoàn tác" "the creation is undone"
check "the undone creation is out of the tally" [ "$(tally_received)" = "$before" ]
keys q
expect "EXITED 0" "q quits cleanly"

echo "e2e-trust: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
