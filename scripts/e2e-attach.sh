#!/usr/bin/env bash
# End-to-end for issue 21, item 5 (tmux, 80×24, sample data): a scanned letter attached to a feedback record by its
# path, pasted quoted as a file dragged into the terminal gives it; the list shows its name and size; the file is in
# the data folder under its hash, 0600; Enter says where it is when the desktop has no viewer; u takes it away again.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/tmux-lib.sh
SESSION=e2e
e2e_setup e2e-attach
FILES=$(mktemp -d)
CLEANUP="$FILES"
TODAY=2026-11-23
# A 2,500-byte "scan" whose name has a space and Vietnamese letters.
head -c 2500 /dev/urandom > "$FILES/đơn phản ánh quét.pdf"
HASH=$(sha256sum "$FILES/đơn phản ánh quét.pdf" | cut -d' ' -f1)
# No desktop in the pane: opening says where the file is.
start_pane "TERM=xterm-256color DISPLAY= WAYLAND_DISPLAY= $BIN --data $DATA open --import-if-empty sample-data/vi-trung-2021-2026.json"
expect "VIỆC CẦN LÀM" "opens on the sample data"

keys 2
expect "Phản ánh" "2: the feedback list"
keys Enter
expect "Phản ánh PA-" "Enter opens a record's page"
CODE=$(screen | grep -o "Phản ánh PA-[0-9-]*" | head -1 | cut -d' ' -f3)
keys a
expect "Tệp đính kèm · phản ánh $CODE" "a opens the record's attachments"
expect "Chưa có tệp nào" "none yet"
keys n
expect "Đường dẫn tệp" "n asks for the file's path"
type_text "'$FILES/đơn phản ánh quét.pdf'"
keys Enter
expect "Đã đính kèm đơn phản ánh quét.pdf" "Enter attaches the file, quotes of a dragged path taken off"
expect "1.  đơn phản ánh quét.pdf" "listed with its name"
expect "2,4 KB" "and its size"
# The day added is the audit's (the clock's), not GIAMSAT_TODAY's.
expect "$(date +%d/%m/%Y)" "and the day it was added"

stored="$DATA/attachments/${HASH:0:2}/$HASH"
check "copied into the data folder under its SHA-256" cmp -s "$stored" "$FILES/đơn phản ánh quét.pdf"
check "the copy is 0600" [ "$(stat -c %a "$stored")" = "600" ]
check "the database row names the record" [ "$(sqlite3 "$DATA/giamsat.sqlite" "SELECT entity || ' ' || record || ' ' || size FROM attachment")" = "feedback $CODE 2500" ]

keys Enter
expect "Không có trình xem; đã chép tệp ra" "Enter without a desktop viewer says so"
expect "attachments/.opened/" "and shows the readable copy's path"
opened="$(ls -d "$DATA"/attachments/.opened/*-1-"đơn phản ánh quét.pdf" 2>/dev/null | head -1)"
check "the copy keeps the file's own name and extension" [ -n "$opened" ]
check "the copy is the file, 0600" sh -c 'cmp -s "$1" "$2" && [ "$(stat -c %a "$1")" = "600" ]' _ "$opened" "$FILES/đơn phản ánh quét.pdf"
keys u
expect "Đã hoàn tác" "u takes the attachment away again"
expect "Chưa có tệp nào" "the list is empty again"
check "and its file, which no row names any more" [ ! -e "$stored" ]
keys Escape
expect "Phản ánh $CODE" "Esc goes back to the page"
keys q
expect "EXITED 0" "q quits cleanly"

echo "e2e-attach: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
