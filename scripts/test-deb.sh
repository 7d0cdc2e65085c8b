#!/usr/bin/env bash
# The package installed as on a commune office's desk: into a clean Debian with no Swift (debootstrap into a
# folder, entered with chroot), by a user with no data yet. There: --version, the first start's message, init,
# import of the packaged sample, tally --year 2026 (the same figures as on the build machine), the manual page,
# the bash and fish completions of `giamsat-tui ta<Tab>`, the keyboard interface in tmux at 80×24; then a newer
# package installed over it, and the data still there.
#
# The clean system is made once and kept in $GIAMSAT_TEST_CACHE (/var/cache/giamsat-tui-test), one folder per
# suite and package list, made again after 30 days; each run works on a copy of it. Needs root; when this machine
# cannot run it (not root, no debootstrap, no Debian mirror in apt's sources) it says so in one line and passes.
set -euo pipefail
cd "$(dirname "$0")/.."
START=$SECONDS
skip() { echo "test-deb: skipped, $*"; exit 0; }
step() { echo "test-deb: $* ($((SECONDS - START)) s)"; }

[ "$(id -u)" -eq 0 ] || skip "it needs root for debootstrap and chroot"
command -v dpkg-deb >/dev/null || skip "this is not a Debian system"
# debootstrap, and what scripts/dist.sh packs with (dpkg-shlibdeps, strip), installed when missing.
make --no-print-directory install-missing PACKAGES="debootstrap dpkg-dev binutils" >/dev/null 2>&1 || true
command -v debootstrap >/dev/null || skip "debootstrap cannot be installed here"

# The same Debian release and mirror as this machine's apt (its sources.list*), never a mirror named here.
SUITE=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
[ -n "$SUITE" ] || skip "/etc/os-release names no Debian release"
mirror() {
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk -v suite="$SUITE" '
      function emit() { if (uri != "" && (" " suites " ") ~ (" " suite " ") && uri !~ /security/) print uri; uri = ""; suites = "" }
      /^URIs:/ { uri = $2 } /^Suites:/ { sub(/^Suites: */, ""); suites = $0 } /^[ \t]*$/ { emit() } END { emit() }' "$f"
  done
  sed -e 's/\[[^]]*\]//' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
    awk -v suite="$SUITE" '$1 == "deb" && $3 == suite && $2 !~ /security/ { print $2 }'
  return 0
}
MIRROR=$(mirror | head -n 1) || true
[ -n "$MIRROR" ] || skip "apt's sources name no mirror of Debian $SUITE"

# What the test runs in the clean system, beyond the minimal base (C.UTF-8 is in libc6 itself).
INCLUDE=man-db,bash-completion,tmux,zsh,fish
CACHE=${GIAMSAT_TEST_CACHE:-/var/cache/giamsat-tui-test}
BASE=$CACHE/$SUITE-$(echo "$SUITE $MIRROR $INCLUDE" | md5sum | cut -c1-8)
# The libraries the package depends on are fetched with the clean system, so a run needs no network;
# apt still decides from the package's Depends what it installs.
PRELOAD="libncursesw6 libsqlite3-0"

make_base() {
  rm -rf --one-file-system "$BASE.new"
  mkdir -p "$CACHE"
  if ! debootstrap --variant=minbase --include="$INCLUDE" "$SUITE" "$BASE.new" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1; then
    rm -rf --one-file-system "$BASE.new"
    skip "debootstrap could not make a $SUITE system from $(echo "$MIRROR" | sed 's,^[a-z]*://,,; s,/.*,,') here (see $CACHE/debootstrap.log)"
  fi
  cp /etc/resolv.conf "$BASE.new/etc/resolv.conf" 2>/dev/null || true
  chroot "$BASE.new" apt-get update -qq >>"$CACHE/debootstrap.log" 2>&1
  # shellcheck disable=SC2086
  chroot "$BASE.new" apt-get install -qq -y --download-only $PRELOAD >>"$CACHE/debootstrap.log" 2>&1
  # The office's user, with a home and no data.
  chroot "$BASE.new" useradd --create-home --uid 1000 --user-group --shell /bin/bash canbo
  touch "$BASE.new/.giamsat-ready"
  mv "$BASE.new" "$BASE"
}
if [ -z "$(find "$BASE/.giamsat-ready" -mtime -30 2>/dev/null)" ]; then
  # Systems made for an older package list or mirror go, with this one when it is too old.
  for old in "$CACHE"/*-????????; do
    case $old in */run-*) ;; *) if [ -d "$old" ]; then rm -rf --one-file-system "$old"; fi ;; esac
  done
  make_base
  step "clean $SUITE system made with debootstrap in $BASE"
else
  step "clean $SUITE system reused from $BASE"
fi

# The packages: this commit's, and the same program packed as a newer version to upgrade to.
# (Packed with gzip, which takes seconds where xz takes a minute; `make dist` packs the same files with xz.)
# The static release build is a second full build of the dependencies (10 to 11 minutes on two busy cores): it is
# kept beside the clean system, so that later runs on this machine, from any clone, build only what changed.
export DIST_SCRATCH=${GIAMSAT_TEST_BUILD:-$CACHE/build-dist}
PACK_LOG=$CACHE/dist-$$.log
pack() { if ! env DIST_FAST=1 "$@" scripts/dist.sh >"$PACK_LOG" 2>&1; then cat "$PACK_LOG"; exit 1; fi; rm -f "$PACK_LOG"; }
pack
ARCH=$(dpkg --print-architecture)
PROGRAM=$DIST_SCRATCH/release/giamsat-tui
VERSION=$("$PROGRAM" --version)
NEWER=$VERSION+test1
pack DIST_SKIP_BUILD=1 DIST_VERSION="$NEWER"
DEB=dist/giamsat-tui_${VERSION}_$ARCH.deb
NEWER_DEB=dist/giamsat-tui_${NEWER}_$ARCH.deb
step "packages $DEB and $NEWER_DEB built"

# A copy of the clean system for this run, with /proc and a terminal device of its own; all gone at exit.
WORK=$CACHE/run-$$
SOCKET=giamsat-deb-$$
SESSION=deb
remove_run() {
  local work=$1
  for mount in dev/pts proc; do if mountpoint -q "$work/$mount"; then umount -l "$work/$mount"; fi; done
  # Never remove through a mount that is still there.
  if ! grep -qF " $work/" /proc/mounts; then rm -rf --one-file-system "$work"; fi
}
cleanup() {
  tmux -L "$SOCKET" kill-server 2>/dev/null || true
  remove_run "$WORK"
}
# A run that was killed before its cleanup leaves its copy behind: removed when its process is gone.
for stale in "$CACHE"/run-*; do
  if [ -d "$stale" ] && ! kill -0 "${stale##*-}" 2>/dev/null; then remove_run "$stale"; fi
done
trap cleanup EXIT
cp -a "$BASE" "$WORK"
mount -t proc proc "$WORK/proc"
mount -t devpts -o newinstance,ptmxmode=0666,mode=0620 devpts "$WORK/dev/pts"
ln -sf pts/ptmx "$WORK/dev/ptmx"
cp "$DEB" "$NEWER_DEB" "$WORK/tmp/"
step "copy of the clean system ready"

passed=0
failed=0
as_root() { chroot "$WORK" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "$@"; }
# The office's user; a fixed day so that the figures match the build machine's.
as_user() {
  chroot --userspec=1000:1000 "$WORK" env -i HOME=/home/canbo USER=canbo LOGNAME=canbo PATH=/usr/bin:/bin \
    LANG=C.UTF-8 TERM=xterm-256color GIAMSAT_TODAY=2026-11-23 "$@"
}
quietly() { "$@" >/dev/null; }
# tmux-lib.sh drives a tmux server: here, the one inside the clean system, as its user.
tmux() { as_user tmux "$@"; }
source scripts/tmux-lib.sh
# A text in (or, refute_out, a pattern not in) the output of a command; records a pass, or a failure with the output.
expect_out() {
  local label=$1 what=$2 out=$3
  if grep -qF -- "$what" <<<"$out"; then pass "$label"; else failed=$((failed + 1)); echo "FAIL $label: “$what” not in:"; sed 's/^/     | /' <<<"$out"; fi
}
refute_out() {
  local label=$1 pattern=$2 out=$3
  if ! grep -qE -- "$pattern" <<<"$out"; then pass "$label"; else failed=$((failed + 1)); echo "FAIL $label: “$pattern” in:"; sed 's/^/     | /' <<<"$out"; fi
}

check "the .tar.gz holds the .deb's files" test "$(dpkg-deb --fsys-tarfile "$DEB" | tar -t | grep -v '/$' | sed 's,^\./usr/,,' | sort)" \
  = "$(tar -tzf "${DEB%.deb}.tar.gz" | grep -v '/$' | sed 's,^giamsat-tui-[^/]*/,,' | sort)"
# The office has no Swift: nothing of a toolchain is in the clean system.
refute_out "the clean system has no Swift" . "$(as_root sh -c 'command -v swift; ls -d /opt/swift /usr/lib/swift' 2>/dev/null)"
out=$(as_root apt-get install -y "/tmp/$(basename "$DEB")" 2>&1) || true
expect_out "apt install ./$(basename "$DEB") in the clean system" "Setting up giamsat-tui ($VERSION)" "$out"
check "the libraries of its Depends are installed" test "$(as_root dpkg-query -W -f='${db:Status-Status} ' libncursesw6 libsqlite3-0)" = "installed installed "
out=$(as_root ldd /usr/bin/giamsat-tui 2>&1)
refute_out "ldd: every library found, none from a toolchain" "not found|swift" "$out"
echo "$out" | sed 's/^/     ldd: /'

out=$(as_user giamsat-tui --version 2>&1) || true
check "giamsat-tui --version says $VERSION" test "$out" = "$VERSION"
expect_out "--help names --version" "--version" "$(as_user giamsat-tui --help 2>&1)"
# The first start, with no data yet: one line on what to do, naming the packaged sample, exit 1.
status=0
out=$(as_user giamsat-tui 2>&1 </dev/null) || status=$?
check "giamsat-tui with no data exits 1" test "$status" = 1
expect_out "… and says to run init or import" "chưa có dữ liệu ở /home/canbo/.local/share/giamsat" "$out"
expect_out "… and names the packaged sample" "giamsat-tui import /usr/share/giamsat-tui/vi-trung-2021-2026.json" "$out"
expect_out "the Vietnamese guide says how to load the sample" "giamsat-tui import /usr/share/doc/giamsat-tui/vi-trung-2021-2026.json" \
  "$(as_user cat /usr/share/doc/giamsat-tui/huong-dan-su-dung.md)"

# On a terminal, the same first start opens the setup, which offers the packaged sample; Esc leaves it, nothing written.
start_pane "giamsat-tui"
expect "Thiết lập lần đầu" "on a terminal, the first start opens the setup"
expect "Dùng xã mẫu" "… which offers the packaged sample"
keys Escape
expect "EXITED 0" "… and Esc leaves it"
check "… with nothing written" test ! -e "$WORK/home/canbo/.local/share/giamsat/giamsat.sqlite"

out=$(as_user giamsat-tui --data /home/canbo/xa-lao-chai init --commune-name "Xã Lao Chải" --province "Tỉnh Lào Cai" 2>&1) || true
expect_out "init makes a commune's data" "Đã tạo dữ liệu cho Xã Lao Chải" "$out"
check "import of the packaged sample (the path the guide gives)" quietly as_user giamsat-tui import /usr/share/doc/giamsat-tui/vi-trung-2021-2026.json
tally=$(as_user giamsat-tui tally --year 2026 2>&1) || true
# The same command on the build machine: the packed program computes the same figures there and here.
HOST_DATA=$(mktemp -d)
GIAMSAT_TODAY=2026-11-23 LANG=C.UTF-8 "$PROGRAM" --data "$HOST_DATA" import sample-data/vi-trung-2021-2026.json >/dev/null
expected=$(GIAMSAT_TODAY=2026-11-23 LANG=C.UTF-8 "$PROGRAM" --data "$HOST_DATA" tally --year 2026 2>&1)
rm -rf "$HOST_DATA"
check "tally --year 2026 gives the build machine's figures ($(wc -l <<<"$tally") lines)" test "$tally" = "$expected"
feedback=$(as_user giamsat-tui list feedback --format tsv 2>/dev/null | wc -l)
# The sample's feedback records, as the list's title counts them (the tsv has a heading line).
records=$((feedback - 1))

out=$(as_user man -P cat giamsat-tui 2>&1) || true
expect_out "man giamsat-tui shows the manual page" "giamsat-tui" "$out"
expect_out "… with the subcommands" "tally" "$out"
expect_out "… in Vietnamese too" "Theo dõi giám sát cán bộ" "$out"
# As bash-completion loads it on the first Tab, then the Tab itself after "giamsat-tui ta".
out=$(as_user bash -c 'source /usr/share/bash-completion/bash_completion
  _completion_loader giamsat-tui
  COMP_WORDS=(giamsat-tui ta); COMP_CWORD=1; COMP_LINE="giamsat-tui ta"; COMP_POINT=${#COMP_LINE}
  "$(complete -p giamsat-tui | sed "s/.*-F \([^ ]*\) .*/\1/")" giamsat-tui ta giamsat-tui
  printf "%s\n" "${COMPREPLY[@]}"' 2>&1) || true
check "bash completes giamsat-tui ta<Tab> to tally" test "$out" = "tally"
check "zsh reads the zsh completion" as_user zsh -n /usr/share/zsh/vendor-completions/_giamsat-tui
expect_out "fish completes giamsat-tui ta<Tab> to tally" "tally" "$(as_user fish -c 'complete -C "giamsat-tui ta"' 2>&1)"
desktop=$(cat "$WORK/usr/share/applications/giamsat-tui.desktop")
expect_out "the menu entry runs in a terminal" "Terminal=true" "$desktop"
expect_out "… with a Vietnamese name" "Name[vi]=" "$desktop"

# The keyboard interface, as the user starts it, in an 80×24 terminal.
start_pane "giamsat-tui"
expect "VIỆC CẦN LÀM" "the interface opens on the dashboard"
keys 2
expect "$records kết quả" "2: the feedback list of the sample ($records records)"
keys 7
expect "Báo cáo số liệu: năm 2026" "7: the report"
keys q
expect "EXITED 0" "q quits"
tmux -L "$SOCKET" kill-server 2>/dev/null || true

# A newer package over this one: the data in the user's home is the user's, the package never touches it.
out=$(as_root apt-get install -y "/tmp/$(basename "$NEWER_DEB")" 2>&1) || true
expect_out "apt installs the newer package over it" "Unpacking giamsat-tui ($NEWER) over ($VERSION)" "$out"
check "dpkg knows the newer version" test "$(as_root dpkg-query -W -f='${Version}' giamsat-tui)" = "$NEWER"
check "the sample's records are still there" test "$(as_user giamsat-tui list feedback --format tsv 2>/dev/null | wc -l)" = "$feedback"
check "… and the same figures" test "$(as_user giamsat-tui tally --year 2026 2>&1)" = "$tally"
check "the other commune's data is still there" quietly as_user giamsat-tui --data /home/canbo/xa-lao-chai check
check "the package owns nothing outside /usr" test -z "$(as_root dpkg -L giamsat-tui | grep -v '^/usr' | grep -v '^/\.$')"
as_root apt-get remove -y giamsat-tui >/dev/null 2>&1
check "apt remove leaves the user's data" test -s "$WORK/home/canbo/.local/share/giamsat/giamsat.sqlite"

step "done"
echo "test-deb: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
