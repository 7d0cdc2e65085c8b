#!/usr/bin/env bash
# End-to-end for issue 18 in the TUI (tmux, 80×24, sample data): from a plan's page produce its plan and the decision
# forming its team (d: the documents that apply, a preview of the first page, Enter writes and numbers it); from
# section 7 the yearly report; then the outgoing register (R) lists all three, and so does `giamsat-tui register`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/tmux-lib.sh
SESSION=e2e
e2e_setup e2e-documents
TODAY=2026-11-23
start_pane "TERM=xterm-256color $BIN --data $DATA open --import-if-empty sample-data/vi-trung-2021-2026.json"
expect "VIỆC CẦN LÀM" "opens on the sample data"

# A plan's page, by code from the palette.
keys C-p
type_text "KH-2026-01"
keys Enter
expect "Kế hoạch KH-2026-01 · phiên bản" "the plan's page"
expect "Văn bản" "the key bar offers its documents"
keys d
expect "Kế hoạch giám sát (.docx)" "d: the documents that apply to a plan"
expect "Quyết định thành lập đoàn giám sát" "… the team decision among them"
keys Enter
expect "Xem trước trang đầu" "Enter: a preview of the first page"
expect "KẾ HOẠCH" "the preview shows the kind of document"
keys Enter
expect "Đã ghi" "Enter writes the plan"
expect "01/KH-MTTQ-BTT" "… numbered 01 in the register"
keys d Down Enter
expect "QUYẾT ĐỊNH" "the decision's preview"
keys Enter
expect "02/QĐ-MTTQ-BTT" "the decision written, numbered 02"

# Section 7: the yearly report.
keys Escape
keys 7
expect "Văn bản" "section 7 offers its documents"
keys d
expect "Báo cáo kết quả thực hiện Quy định 124" "the report among section 7's documents"
expect "Sổ theo dõi đơn thư (.xlsx)" "… and the spreadsheets"
keys Enter
expect "BÁO CÁO" "the report's preview"
keys Enter
expect "03/BC-MTTQ-BTT" "the report written, numbered 03"

# The register lists all three.
keys R
expect "Sổ văn bản đi (3)" "R: the outgoing register"
expect "01/KH-MTTQ-BTT" "… the plan"
expect "02/QĐ-MTTQ-BTT" "… the decision"
expect "03/BC-MTTQ-BTT" "… the report"
keys Enter
expect "Sổ văn bản đi VB-2026-0001" "Enter: the first line's page"
expect "Kế hoạch giám sát đột xuất" "… its title"
keys o
expect "Kế hoạch KH-2026-01" "o: the record it was made from"
keys Escape Escape Escape
keys C-p
type_text "VB-2026-0003"
keys Enter
expect "Sổ văn bản đi VB-2026-0003" "the palette opens a register line by its code"
keys Escape
keys q
expect "EXITED 0" "quits"

register=$(GIAMSAT_TODAY=$TODAY "$BIN" --data "$DATA" register --year 2026)
check "register on the command line lists the three" [ "$(echo "$register" | grep -cE '^0[123]/')" = 3 ]
check "the files are there, 0600" [ "$(stat -c %a "$DATA"/van-ban/ke-hoach-kh-2026-01.docx)" = 600 ]
check "the templates were copied for the office to edit" [ -f "$DATA/templates/ke-hoach-giam-sat.mustache" ]

echo "e2e-documents: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
