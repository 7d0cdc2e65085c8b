"""Checks what LibreOffice read from the app's documents (scripts/office-check.sh writes them). Prints one line per
check and closes with 'N passed, M failed'; exits 1 on any failure."""
import json, os, re, sys, zipfile

import openpyxl

out = sys.argv[1]
passed = failed = 0


def check(ok, label):
    global passed, failed
    if ok:
        passed += 1
        print("ok   " + label)
    else:
        failed += 1
        print("FAIL " + label)


def text(name):
    path = os.path.join(out, "pdf", name + ".txt")
    if not os.path.exists(path):
        check(False, name + ".pdf was made by LibreOffice")
        return ""
    # pdftotext -layout spreads columns apart: one space between words for the checks.
    return re.sub(r"\s+", " ", open(path, encoding="utf-8").read())


def has(name, *needles):
    t = text(name)
    for n in needles:
        check(n in t, f"{name}: “{n}”")
    return t


T = os.path.join(out, "tan-hoa", "docs")
M = os.path.join(out, "mu-cang-chai", "docs")
header = ["ỦY BAN MTTQ VIỆT NAM", "XÃ TÂN HÒA", "BAN THƯỜNG TRỰC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Tân Hòa, ngày 02 tháng 12 năm 2026", "Nơi nhận:", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"]

# Every document: the header block, its number and date, its kind; numbers follow on in the order written.
has("bao-cao-nam-2026", *header, "Số: 01/BC-MTTQ-BTT", "BÁO CÁO", "I. ĐẶC ĐIỂM TÌNH HÌNH", "III. KẾT QUẢ THỰC HIỆN",
    "so với cùng kỳ", "góp ý cho 2 đảng viên", "2/2 địa bàn", "[Nêu ưu điểm.]", "V. PHƯƠNG HƯỚNG, KIẾN NGHỊ", "PHỤ LỤC")
has("bao-cao-6-thang", *header, "Số: 02/BC-MTTQ-BTT", "6 tháng đầu năm 2026")
has("ke-hoach", *header, "Số: 03/KH-MTTQ-BTT", "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "III. ĐỐI TƯỢNG GIÁM SÁT",
    "VI. THÀNH PHẦN ĐOÀN GIÁM SÁT", "Trần Văn Bình", "VII. TỔ CHỨC THỰC HIỆN")
has("quyet-dinh-doan", *header, "Số: 04/QĐ-MTTQ-BTT", "QUYẾT ĐỊNH", "Về việc thành lập Đoàn giám sát",
    "Phạm Thị Hoa, Trưởng đoàn", "Ngô Văn Khải, đại diện Hội Cựu chiến binh xã", "Đặng Thị Mai, đại diện Hội Liên hiệp Phụ nữ xã")
has("bao-cao-ket-qua", *header, "Số: 05/BC-MTTQ-BTT", "Trần Văn Bình, Bí thư Đảng ủy xã", "Gương mẫu, sâu sát cơ sở.",
    "Chưa kịp thời trả lời kiến nghị của cử tri ấp 2.", "Lê Thị Cúc", "Công khai tài chính đầy đủ.",
    "Kiến nghị Ban Thường vụ Đảng ủy xã Tân Hòa")
has("kien-nghi", *header, "Số: 06/MTTQ-BTT", "V/v kiến nghị qua giám sát", "Kính gửi: Ban Thường vụ Đảng ủy xã Tân Hòa")
has("don-doc", *header, "Số: 07/MTTQ-BTT", "V/v đôn đốc trả lời kiến nghị", "06/MTTQ-BTT")
forward = has("chuyen-don", *header, "Số: 08/PC-MTTQ-BTT", "PHIẾU CHUYỂN ĐƠN", "Kính gửi: Ủy ban Kiểm tra Đảng ủy xã", "Lê Thị Cúc")
receipt = has("bien-nhan", "Số: 09/GBN-MTTQ-BTT", "GIẤY BIÊN NHẬN", "Võ Thị Quyên", "Rạch Sậy")
has("tra-loi", "Số: 10/MTTQ-BTT", "Kính gửi: Ông (bà) Võ Thị Quyên")
has("bao-cao-cap-tren", *header, "Số: 11/BC-MTTQ-BTT", "BÁO CÁO", "Về việc kiến nghị chưa được trả lời bằng văn bản",
    "Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long", "văn bản kiến nghị số 06/MTTQ-BTT",
    "văn bản đôn đốc số 07/MTTQ-")

# A residence meeting's summary and its letter to the member's workplace party cell (issue 21).
has("hoi-nghi-gop-y", *header, "Số: 12/BC-MTTQ-BTT", "Tổng hợp kết quả hội nghị góp ý đảng viên nơi cư trú năm 2026", "Ấp 1",
    "17/10/2026", "Phan Văn Tám", "52/58", "Trần Văn Bình", "Nhận xét: Tốt")
has("nhan-xet-hn-2026-01-dt-0001", *header, "Số: 13/MTTQ-BTT", "V/v nhận xét đảng viên nơi cư trú năm 2026",
    "Kính gửi: Chi bộ cơ quan", "Trần Văn Bình", "Nhận xét chung: Tốt")

# The reporter: in the receipt and the reply only (asked for, audited), never in the forwarding slip or a spreadsheet.
secrets = ["Võ Thị Quyên", "Quyên", "Rạch Sậy", "0918", "456 789", "456789"]
for name in ["chuyen-don", "sheet-letters", "sheet-officials", "sheet-plans", "sheet-recommendations", "sheet-register", "so-lieu-2026"]:
    t = text(name)
    check(t != "" and not any(s in t for s in secrets), f"{name}: no part of the sender's name, address or phone")
for path in [os.path.join(T, "chuyen-don.docx"), os.path.join(T, "sheet-letters.xlsx")]:
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist())
    check(not any(s in xml for s in secrets), os.path.basename(path) + ": no part of the identity in its XML")

# The register lists every document once; the reprint kept 03.
register = open(os.path.join(T, "register.txt"), encoding="utf-8").read()
numbers = re.findall(r"^(\d\d)/", register, re.M)
check(numbers == [f"{n:02d}" for n in range(1, 14)], f"register: 01…13 once each ({numbers})")
has("sheet-register", "SỔ ĐĂNG KÝ VĂN BẢN ĐI", "03/KH-MTTQ-BTT", "04/QĐ-MTTQ-BTT", "01/BC-MTTQ-BTT")
has("sheet-letters", "SỔ THEO DÕI ĐƠN THƯ", "PA-2026-0001", "(giữ bí mật)", "Ủy ban Kiểm tra")
has("sheet-officials", "Trần Văn Bình", "Lê Thị Cúc")
has("sheet-plans", "KH-2026-01", "171/KH-MTTQ-BTT")
has("sheet-recommendations", "KN-2026-0001", "Ban Thường vụ")

# Mù Cang Chải: the seeds' figures written out in the report.
has("bao-cao", "tiếp nhận 151 phản ánh, đơn thư", "106 đảng viên bị xử lý kỷ luật đảng", "30 người đứng đầu",
    "khiển trách 16, cảnh cáo 8, cách chức 1, khai trừ khỏi Đảng 5", "HUYỆN MÙ CANG CHẢI")


# The spreadsheets read back with openpyxl equal `tally --format json`.
def sheet_figures(path):
    ws = openpyxl.load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r and r[0] in ("Mục", "Section"))
    values = [r[2] for r in rows[head + 1:] if r and r[1] is not None]
    return ws, rows[head], values


def json_figures(t):
    """The tally JSON's counts in the order of the app's figures (the same order as the spreadsheet's rows)."""
    out = [t["plans"]["total"], *t["plans"]["byForm"].values(), *t["plans"]["byType"].values(),
           t["supervisedOfficials"]["total"], *t["supervisedOfficials"]["byCategory"].values()]
    f = t["feedback"]
    out += [f["received"], f["anonymous"], f["resolved"], f["pending"], f["overdue"], *f["byChannel"].values(),
            *f["byKind"].values(), *f["byContent"].values(), *f["byStatus"].values()]
    return out


for path, js in [(os.path.join(T, "so-lieu-2026.xlsx"), os.path.join(T, "so-lieu-2026.json")),
                 (os.path.join(M, "so-lieu.xlsx"), os.path.join(M, "so-lieu.json"))]:
    ws, head, values = sheet_figures(path)
    tally = json.load(open(js, encoding="utf-8"))
    check(all(isinstance(v, int) for v in values), os.path.basename(path) + ": every figure is a number")
    check(ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "9" and ws.page_setup.fitToHeight in (1, "1"),
          os.path.basename(path) + ": A4 landscape, one page")
    check(len(head) >= 4 and "Cùng kỳ" in str(head[3]), os.path.basename(path) + ": the year before beside the period")
    total = sum(values)
    flat = []

    def walk(v):
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, int):
            flat.append(v)
    # Every count of the JSON appears in the sheet, and the named ones sit where they should.
    fig = json_figures(tally)
    check(values[:len(fig)] == fig, os.path.basename(path) + f": the first {len(fig)} figures equal tally --format json")
    d = tally["discipline"]
    check(d["total"] in values and d["heads"]["total"] in values, os.path.basename(path) + ": discipline and heads as in the JSON")
    check(tally["recommendations"]["total"] in values and tally["residenceReviews"]["officials"] in values,
          os.path.basename(path) + ": recommendations and reviews as in the JSON")
ws, head, values = sheet_figures(os.path.join(M, "so-lieu.xlsx"))
check(151 in values and 106 in values and 30 in values, "so-lieu.xlsx (Mù Cang Chải): 151, 106, 30")

# Page setup and fonts from the .docx XML.
for name in ["bao-cao-nam-2026", "ke-hoach", "chuyen-don"]:
    with zipfile.ZipFile(os.path.join(T, name + ".docx")) as z:
        doc = z.read("word/document.xml").decode()
        styles = z.read("word/styles.xml").decode()
    m = re.search(r'<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"', doc)
    top, right, bottom, left = map(int, m.groups()) if m else (0, 0, 0, 0)
    mm = lambda tw: tw * 25.4 / 1440
    check('<w:pgSz w:w="11906" w:h="16838"/>' in doc, name + ": A4")
    check(20 <= round(mm(top)) <= 25 and 20 <= round(mm(bottom)) <= 25 and 30 <= round(mm(left)) <= 35 and 15 <= round(mm(right)) <= 20,
          f"{name}: margins {mm(top):.0f}/{mm(bottom):.0f}/{mm(left):.0f}/{mm(right):.0f} mm")
    check('w:ascii="Times New Roman"' in styles and re.search(r'<w:sz w:val="2[678]"/>', styles) is not None,
          name + ": Times New Roman 13–14 pt")
    check("<w:titlePg/>" in doc, name + ": page numbers from page 2")
pdfinfo = os.popen(f"pdffonts '{os.path.join(out, 'pdf', 'bao-cao-nam-2026.pdf')}'").read()
check("LiberationSerif" in pdfinfo or "Times" in pdfinfo, "the PDF uses Times New Roman or its metric twin")
check(os.path.getsize(os.path.join(out, "bao-cao-nam.png")) > 10000, "page 1 of the yearly report rendered: " + os.path.join(out, "bao-cao-nam.png"))

print(f"office-check: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
