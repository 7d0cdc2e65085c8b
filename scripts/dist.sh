#!/usr/bin/env bash
# `make dist`: giamsat-tui for a computer without Swift. Builds the release binary with the Swift runtime and
# Foundation linked in (its own scratch path, so `make run`'s .build is left as it is), then packs the same files as
#   dist/giamsat-tui_VERSION_ARCH.deb      apt install ./giamsat-tui_*.deb
#   dist/giamsat-tui_VERSION_ARCH.tar.gz   tar -xzf giamsat-tui_*.tar.gz --strip-components=1 -C /usr/local
# VERSION is what the built program's --version says (Sources/giamsat-tui/Version.swift, its one place).
# DIST_VERSION=… packs the same program under another package version (scripts/test-deb.sh upgrades to one);
# DIST_SKIP_BUILD=1 packs the program already built; DIST_FAST=1 packs with gzip instead of xz (a 27 MB .deb
# instead of 18 MB, in 5 s instead of 40 to 75 s on two cores: for tests, not for offices).
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
SCRATCH=${DIST_SCRATCH:-.build-dist}
OUT=${DIST_OUT:-dist}
ARCH=$(dpkg --print-architecture)
# Files get the last commit's time, so that two packs of the same commit are the same bytes.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
say() { echo "dist: $*"; }

if [ "${DIST_SKIP_BUILD:-0}" != 1 ]; then
  $SWIFT build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product giamsat-tui
fi
BIN=$SCRATCH/release/giamsat-tui
VERSION=${DIST_VERSION:-$("$BIN" --version)}
NAME=giamsat-tui_${VERSION}_${ARCH}

# Nothing from the toolchain may be loaded: the desk that installs this has no Swift.
if ldd "$BIN" | grep -E 'swift|/opt/|not found'; then
  echo "dist: $BIN still loads the libraries above; it would not start without a Swift toolchain" >&2
  exit 1
fi

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ROOT=$STAGE/root
DOC=$ROOT/usr/share/doc/giamsat-tui
DATA=$ROOT/usr/share/giamsat-tui
mkdir -p "$ROOT/usr/bin" "$ROOT/usr/share/man/man1" "$ROOT/usr/share/applications" "$DOC" "$DATA/former-communes" \
  "$ROOT/usr/share/bash-completion/completions" "$ROOT/usr/share/zsh/vendor-completions" "$ROOT/usr/share/fish/vendor_completions.d"
# Debian ships programs without their symbols; the Swift metadata they run on is kept.
strip --strip-unneeded -o "$ROOT/usr/bin/giamsat-tui" "$BIN"
INSTALLED=$ROOT/usr/bin/giamsat-tui

# The manual page and the completions come from ArgumentParser, so they say what --help says. The page is made by
# ArgumentParser's own manual generator (what its generate-manual plugin runs) from the program's
# --experimental-dump-help, built from the checkout this build used. The plugin itself is not used: `swift package`
# takes no --static-swift-stdlib, so it would link the program again without it in this build folder.
GENERATOR=$SCRATCH/generate-manual/debug/generate-manual
$SWIFT build --package-path "$SCRATCH/checkouts/swift-argument-parser" --scratch-path "$SCRATCH/generate-manual" \
  --product generate-manual >"$STAGE/generator.log" 2>&1 || { cat "$STAGE/generator.log" >&2; exit 1; }
# The generator drops every character outside ASCII (its escaping loop reads `where character.isASCII`), which
# would leave the Vietnamese half of every line without its letters. So it reads the program's help tree with each
# such character as a placeholder, {{U+1ED9}}, and the page gets them back as groff's \[u1ED9].
# (An empty line, a paragraph break in the help, becomes mdoc's .Pp.)
printf '#!/bin/sh\n"%s" "$@" | perl -CSD -pe %s\n' "$(realpath "$INSTALLED")" \
  "'s/([^\\x00-\\x7f])/sprintf(\"{{U+%04X}}\", ord(\$1))/ge'" >"$STAGE/dump-help"
chmod +x "$STAGE/dump-help"
mkdir "$STAGE/manual"
"$GENERATOR" "$STAGE/dump-help" --date "$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)" --output-directory "$STAGE/manual"
perl -pe 's/\{\{U\+([0-9A-F]+)\}\}/\\[u$1]/g; s/^$/.Pp/' "$STAGE/manual/giamsat-tui.1" >"$STAGE/giamsat-tui.1"
gzip -9n <"$STAGE/giamsat-tui.1" >"$ROOT/usr/share/man/man1/giamsat-tui.1.gz"
"$INSTALLED" --generate-completion-script bash >"$ROOT/usr/share/bash-completion/completions/giamsat-tui"
"$INSTALLED" --generate-completion-script zsh >"$ROOT/usr/share/zsh/vendor-completions/_giamsat-tui"
"$INSTALLED" --generate-completion-script fish >"$ROOT/usr/share/fish/vendor_completions.d/giamsat-tui.fish"
cp packaging/giamsat-tui.desktop "$ROOT/usr/share/applications/"

# The guides (with the pages they link to), and the sample communes in share/giamsat-tui, where the first start
# looks for them beside the program (and where no path-exclude of /usr/share/doc in a slim system takes them
# away); the guides name them as /usr/share/doc/giamsat-tui/vi-trung-2021-2026.json, a link to there.
cp README.md docs/huong-dan-su-dung.md docs/user-guide.md docs/formats.md docs/security.md "$DOC/"
cp sample-data/vi-trung-2021-2026.json "$DATA/"
cp sample-data/former-communes/* "$DATA/former-communes/"
ln -s ../../giamsat-tui/vi-trung-2021-2026.json "$DOC/vi-trung-2021-2026.json"
ln -s ../../giamsat-tui/former-communes "$DOC/former-communes"

find "$ROOT" -type d -exec chmod 0755 {} +
find "$ROOT" -type f -exec chmod 0644 {} +
chmod 0755 "$INSTALLED"

# Debian's names for the libraries the program loads, with their lowest versions.
mkdir -p "$STAGE/shlibs/debian"
printf 'Source: giamsat-tui\n\nPackage: giamsat-tui\nArchitecture: any\n' >"$STAGE/shlibs/debian/control"
DEPENDS=$(cd "$STAGE/shlibs" && dpkg-shlibdeps -O "$INSTALLED" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$DEPENDS" ] || { echo "dist: dpkg-shlibdeps found no dependencies" >&2; exit 1; }

mkdir -p "$ROOT/DEBIAN" "$OUT"
(cd "$ROOT" && find usr -type f -print0 | sort -z | xargs -0 md5sum) >"$ROOT/DEBIAN/md5sums"
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@DEPENDS@/$DEPENDS/" \
    -e "s/@INSTALLED_SIZE@/$(du -sk "$ROOT/usr" | cut -f1)/" packaging/control.in >"$ROOT/DEBIAN/control"
chmod 0644 "$ROOT/DEBIAN/control" "$ROOT/DEBIAN/md5sums"
find "$ROOT" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
if [ "${DIST_FAST:-0}" = 1 ]; then COMPRESS="-Zgzip -z6" GZIP_LEVEL=-6; else COMPRESS="-Zxz -z6" GZIP_LEVEL=-9; fi
# shellcheck disable=SC2086
dpkg-deb --root-owner-group $COMPRESS --build "$ROOT" "$OUT/$NAME.deb" >/dev/null

# The same files for other Linux systems, under giamsat-tui-VERSION/{bin,share}.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
    --transform "s,^\\.,giamsat-tui-$VERSION," -C "$ROOT/usr" -cf - . | gzip "$GZIP_LEVEL" -n >"$OUT/$NAME.tar.gz"

say "$OUT/$NAME.deb ($(du -h "$OUT/$NAME.deb" | cut -f1)), $OUT/$NAME.tar.gz; program $(du -h "$INSTALLED" | cut -f1); Depends: $DEPENDS"
