#!/usr/bin/env bash
# End-to-end, briefly, for issue 10: the real binary in a real terminal (tmux).
# The first start of the day makes a private backup; TERM=dumb and an unknown TERM get the
# app's own message; a name holding terminal escapes, printed by `list`, neither retitles
# the terminal nor clears the screen.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/tmux-lib.sh
SESSION=h
e2e_setup e2e-h
# Runs a shell command line in a fresh 80×24 pane.
start() { start_pane "$1"; }

GIAMSAT_TODAY=2026-11-23 "$BIN" --data "$DATA" import sample-data/vi-trung-2021-2026.json >/dev/null

start "TERM=xterm-256color $BIN --data $DATA"
expect "F1 Trợ giúp" "the app starts"
keys q
expect "EXITED 0" "and quits"
mode=$(stat -c %a "$DATA/backups/auto-2026-11-23.sqlite" 2>/dev/null || echo none)
if [ "$mode" = "600" ]; then pass "the first start of the day made a 0600 backup"; else fail "daily backup: mode $mode"; fi

start "TERM=dumb $BIN --data $DATA"
expect "TERM=dumb không vẽ được giao diện" "TERM=dumb is refused with the app's message"
start "TERM=vt-unknown-42 $BIN --data $DATA --lang en"
expect "does not know the terminal type" "an unknown TERM gets the app's message, not ncurses'"

sqlite3 "$DATA/giamsat.sqlite" "UPDATE official SET given_name = 'Bình' || char(27) || ']2;PWNED' || char(7) || char(27) || '[2J' WHERE code = 'DT-0041'"
start "TERM=xterm-256color sh -c 'echo TRƯỚC-LIST; $BIN --data $DATA list officials --limit 1; $BIN --data $DATA list officials --format tsv --limit 1'"
expect "EXITED 0" "list prints the names"
title=$(tmux -L "$SOCKET" display -p -t "$SESSION" '#{pane_title}')
if [ "$title" != "PWNED" ]; then pass "the pane title is untouched ($title)"; else fail "the terminal was retitled"; fi
if screen | grep -qF "TRƯỚC-LIST"; then pass "the screen was not cleared"; else fail "the screen was cleared"; fi
if screen | grep -qF 'Bình\x1B]2;PWNED\x07\x1B[2J'; then pass "the escape is shown as text"; else fail "escape not shown"; fi

echo "e2e-hardening: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
