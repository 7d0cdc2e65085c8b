#!/usr/bin/env bash
# The real binary in tmux, briefly, under random keys: it must never crash (exit 0 or still running)
# and the data must pass `check` afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/debug/giamsat-tui}
DATA=$(mktemp -d)
SOCKET="giamsat-monkey-$$"
trap 'tmux -L "$SOCKET" kill-server 2>/dev/null || true; rm -rf "$DATA"' EXIT
tmux -L "$SOCKET" -f /dev/null new-session -d -s m -x 80 -y 24 \
  "env LANG=C.UTF-8 TERM=tmux-256color GIAMSAT_TODAY=2026-11-23 $BIN --data $DATA open --import-if-empty sample-data/vi-trung-2021-2026.json; echo EXITED \$? > $DATA/exit; sleep 30"
sleep 2
keys=(Enter Escape Tab BTab Up Down Left Right PageUp PageDown Home End BSpace F1 F2 F3 F4 F5 F6 F7 F8 F9 C-p C-l
      a b c e g j k n o p r s t u v x y z / : ? 1 2 3 4 5 6 7 Space)
RANDOM=42
for _ in $(seq 1 400); do
  tmux -L "$SOCKET" send-keys -t m "${keys[$((RANDOM % ${#keys[@]}))]}" 2>/dev/null || break
  [ -f "$DATA/exit" ] && break
done
sleep 1
passed=0; failed=0
if [ -f "$DATA/exit" ] && [ "$(cat "$DATA/exit")" != "0" ]; then
  failed=1; echo "FAIL the app exited with $(cat "$DATA/exit")"; tmux -L "$SOCKET" capture-pane -p -t m | sed 's/^/     | /'
else
  passed=1; echo "ok   400 random keys: the app is still running or quit cleanly"
fi
tmux -L "$SOCKET" send-keys -t m C-c 2>/dev/null || true; sleep 0.3
tmux -L "$SOCKET" send-keys -t m y 2>/dev/null || true; sleep 0.5
if "$BIN" --data "$DATA" check >/dev/null 2>&1; then passed=$((passed + 1)); echo "ok   check passes afterwards"
else failed=$((failed + 1)); echo "FAIL check after the monkey:"; "$BIN" --data "$DATA" check 2>&1 | head -5; fi
echo "monkey: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
