#!/usr/bin/env bash
# Opens every document and spreadsheet the app produces in LibreOffice (issue 18): the built binary writes them from the
# fixtures, one soffice call converts them all to PDF, pdftotext reads them back, and scripts/office-check.py checks the
# words, the figures, the page setup and what must never be there. Page 1 of the yearly report is rendered to
# .build/office-check/bao-cao-nam.png (committed as docs/images/bao-cao-nam.png). Needs libreoffice-writer-nogui,
# libreoffice-calc-nogui, poppler-utils, python3-openpyxl, fonts-liberation (`make test` installs them).
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/debug/giamsat-tui}
[ -x "$BIN" ] || swift build --product giamsat-tui
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
OUT=.build/office-check
rm -rf "$OUT"; mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
export GIAMSAT_TODAY=2026-12-02 GIAMSAT_USER="Nguyễn Lan" LANG=C.UTF-8
PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT

for tool in soffice pdftotext pdftoppm; do
  command -v $tool >/dev/null || { echo "office-check: $tool is missing (make test installs it)"; exit 1; }
done
PY=python3; [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import openpyxl' 2>/dev/null && PY=/usr/bin/python3

run() { "$BIN" "$@" >>"$OUT/commands.log" 2>&1 || { echo "FAIL giamsat-tui $*"; tail -3 "$OUT/commands.log"; }; }

# Tân Hòa: a plan with its team and findings, a named denouncer, recommendations.
T="$OUT/tan-hoa"; run --data "$T/data" import Tests/Fixtures/tan-hoa-documents.json
D="$T/docs"
run --data "$T/data" doc report --year 2026 --out "$D/bao-cao-nam-2026.docx"
run --data "$T/data" doc report --year 2026 --period h1 --out "$D/bao-cao-6-thang.docx"
run --data "$T/data" doc plan KH-2026-01 --out "$D/ke-hoach.docx"
run --data "$T/data" doc team KH-2026-01 --out "$D/quyet-dinh-doan.docx"
run --data "$T/data" doc results KH-2026-01 --out "$D/bao-cao-ket-qua.docx"
run --data "$T/data" doc recommendation KN-2026-0001 --out "$D/kien-nghi.docx"
run --data "$T/data" doc reminder KN-2026-0001 --out "$D/don-doc.docx"
run --data "$T/data" doc forward PA-2026-0001 --out "$D/chuyen-don.docx"
run --data "$T/data" doc receipt PA-2026-0001 --include-identity --out "$D/bien-nhan.docx"
run --data "$T/data" doc reply PA-2026-0001 --include-identity --out "$D/tra-loi.docx"
# Issue 21: the recommendation still unanswered, reported to the level above (after its reminder, 07).
run --data "$T/data" doc report-upward KN-2026-0001 --out "$D/bao-cao-cap-tren.docx"
# A reprint keeps its number.
run --data "$T/data" doc plan KH-2026-01 --reprint --force --out "$D/ke-hoach.docx"
# A residence review meeting (issue 21): its summary, and one letter per member reviewed to their workplace party cell.
run --data "$T/data" doc meeting HN-2026-01 --out "$D/hoi-nghi-gop-y.docx"
run --data "$T/data" doc meeting-letters HN-2026-01
cp "$T"/data/van-ban/nhan-xet-*.docx "$D"/ 2>>"$OUT/commands.log"
for s in letters officials plans recommendations register; do run --data "$T/data" doc sheet $s --out "$D/sheet-$s.xlsx"; done
run --data "$T/data" tally --year 2026 --format xlsx --out "$D/so-lieu-2026.xlsx"
"$BIN" --data "$T/data" tally --year 2026 --format json > "$D/so-lieu-2026.json" 2>>"$OUT/commands.log"
"$BIN" --data "$T/data" register --year 2026 > "$D/register.txt" 2>>"$OUT/commands.log"

# Mù Cang Chải: the seeds' figures.
M="$OUT/mu-cang-chai"; run --data "$M/data" import Tests/Fixtures/mu-cang-chai-2019-2021.json
run --data "$M/data" doc report --from 2019-01-01 --to 2021-06-30 --out "$M/docs/bao-cao.docx"
run --data "$M/data" tally --from 2019-01-01 --to 2021-06-30 --format xlsx --out "$M/docs/so-lieu.xlsx"
"$BIN" --data "$M/data" tally --from 2019-01-01 --to 2021-06-30 --format json > "$M/docs/so-lieu.json" 2>>"$OUT/commands.log"

# One LibreOffice run for every file (its own profile: an office open on the desk does not take it over).
mkdir -p "$OUT/pdf"
start=$(date +%s)
soffice "-env:UserInstallation=file://$PROFILE" --headless --convert-to pdf --outdir "$OUT/pdf" \
  "$D"/*.docx "$D"/*.xlsx "$M"/docs/*.docx "$M"/docs/*.xlsx > "$OUT/soffice.log" 2>&1
echo "LibreOffice converted $(ls "$OUT/pdf" | wc -l) files in $(( $(date +%s) - start )) s"
for pdf in "$OUT"/pdf/*.pdf; do pdftotext -layout "$pdf" "${pdf%.pdf}.txt"; done
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$OUT/pdf/bao-cao-nam-2026.pdf" "$OUT/bao-cao-nam"

exec "$PY" scripts/office-check.py "$OUT"
