# Shared by the end-to-end scripts: drive a pane of the tmux server "$SOCKET", session "$SESSION", and count
# what was seen. Source it from the repository's root, then call e2e_setup.
passed=0
failed=0
screen() { tmux -L "$SOCKET" capture-pane -p -t "$SESSION"; }
keys() { tmux -L "$SOCKET" send-keys -t "$SESSION" "$@"; sleep 0.3; }
type_text() { tmux -L "$SOCKET" send-keys -t "$SESSION" -l "$1"; sleep 0.4; }
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; screen | sed 's/^/     | /'; }
# Waits up to 10 s for a text on screen; records a pass, or a failure with the screen.
expect() {
  local what=$1 label=$2
  for _ in $(seq 1 50); do
    if screen | grep -qF -- "$what"; then pass "$label"; return 0; fi
    sleep 0.2
  done
  fail "$label: “$what” not on screen:"
}
# On a new official's form (focus on the family name): the three parts of the name, then the position, each in Telex.
type_official() {
  type_text "$1"; keys Tab
  type_text "$2"; keys Tab
  type_text "$3"; keys Tab Tab Tab
  type_text "$4"
}
# Runs a command and records whether it succeeded.
check() {
  local label=$1; shift
  if "$@"; then pass "$label"; else failed=$((failed + 1)); echo "FAIL $label"; fi
}

# The binary (built if missing; an absolute path), a data folder and this run's own tmux server, both gone at exit
# with the folders named in CLEANUP. $1 names the run (the server's socket; the session unless SESSION is set).
e2e_setup() {
  BIN=${BIN:-.build/debug/giamsat-tui}
  [ -x "$BIN" ] || swift build
  BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
  DATA=$(mktemp -d)
  SOCKET="giamsat-$1-$$"
  SESSION=${SESSION:-$1}
  trap 'tmux -L "$SOCKET" kill-server 2>/dev/null || true; rm -rf "$DATA" ${CLEANUP:-}' EXIT
}

# Starts a fresh 80×24 pane (its own server) running `env LANG=C.UTF-8 GIAMSAT_TODAY=… GIAMSAT_USER=… $1`; the pane
# stays a minute after the app exits, showing "EXITED status". $1 may begin with more VAR=value pairs (TERM=…).
start_pane() {
  tmux -L "$SOCKET" kill-server 2>/dev/null || true
  sleep 0.2
  tmux -L "$SOCKET" -f /dev/null new-session -d -s "$SESSION" -x 80 -y 24 \
    "env LANG=C.UTF-8 GIAMSAT_TODAY=${TODAY:-2026-11-23} GIAMSAT_USER='Cán bộ E2E' $1; echo EXITED \$?; sleep 60"
}
