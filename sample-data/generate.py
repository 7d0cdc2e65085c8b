#!/usr/bin/env python3
"""Makes sample-data/vi-trung-2021-2026.json: one fictitious commune of the Mekong delta as its office sees it on
2 December 2026.

Xã Vị Trung keeps its own records since 2021. On 1 July 2025 the former communes Xã Vị Bình and Xã Vị Đông were
merged into it: their records (2021 – June 2025) are in the file as `merge-commune` leaves them — `commune.formerUnits`,
each merged record with `former` (its former commune and code), its code kept when free here and otherwise the next
of this commune's series, references moved with it. After the merger the commune goes on in its own series. Every
year has plans with teams and findings, feedback, recommendations with outcomes and residence reviews; the records
received lately are still being handled, so the worklist of 2 December 2026 has the length of a real one. Each
feedback summary is written for its channel and its kind (no "hội nghị" that was a phone call).

Deterministic (fixed seed): run again and the file is byte-identical. Reporters and officials are invented; units and
positions follow the seed reports (../shared/seeds).

    python3 sample-data/generate.py [OUT.json] [--parts DIR]

`--parts DIR` also writes what the merger was made of — the commune's own records before it (before.json), the two
former communes' bundles (vi-binh.json, vi-dong.json) and its own records after it (after.json) — so that
`init`, `import before.json`, `merge-commune --merged-on 01/07/2025 vi-binh.json vi-dong.json`, `import after.json`
can be checked to give the same records (Tests/CLITests/SampleMergeCLITests.swift).
"""
import copy
import datetime as dt
import json
import os
import random
import sys

R = random.Random(124)

TODAY = dt.date(2026, 12, 2)
LAST_RECEIVED = dt.date(2026, 11, 30)
MERGED_ON = dt.date(2025, 7, 1)
RESOLUTION = "1668/NQ-UBTVQH15"

COMMUNE = {"code": "vi-trung", "name": "Xã Vị Trung", "district": "Huyện Vị Thủy", "province": "Thành phố Cần Thơ"}
LOCALITIES = [
    ("AP01", "Ấp 1"), ("AP02", "Ấp 2"), ("AP03", "Ấp 3"), ("AP04", "Ấp 4"), ("AP05", "Ấp 5"),
    ("AP06", "Ấp Vị Hiếu"), ("AP07", "Ấp Vị Phú"), ("AP08", "Ấp Vị Đông"), ("AP09", "Ấp Thạnh Lợi"),
]
FORMER = [
    {"code": "vi-binh", "name": "Xã Vị Bình", "district": "Huyện Vị Thủy",
     "localities": [("AP01", "Ấp Vị Bình"), ("AP02", "Ấp Vị Lợi"), ("AP03", "Ấp 10")]},
    {"code": "vi-dong", "name": "Xã Vị Đông", "district": "Huyện Vị Thủy",
     "localities": [("AP01", "Ấp Vị Hòa"), ("AP02", "Ấp Vị Hưng"), ("AP03", "Ấp 11")]},
]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Thạch", "Danh", "Châu", "Đinh"]
MIDDLE_M = ["Văn", "Minh", "Hoàng", "Thanh", "Hữu", "Quốc", "Công", "Đức", "Trung"]
MIDDLE_F = ["Thị", "Ngọc", "Thị Kim", "Thị Mỹ", "Thanh", "Thị Bích"]
GIVEN_M = ["Đình", "Dinh", "Hùng", "Dũng", "Phúc", "Nam", "Sơn", "Trường", "Khánh", "Bình", "Đức", "Tuấn", "Lợi", "Tâm", "Hòa", "Út", "Hải", "Quang"]
GIVEN_F = ["Lan", "Hoa", "Thảo", "Hạnh", "Linh", "Trinh", "Nhung", "Diễm", "Hằng", "Yến", "Ngân", "Thủy"]

HEADS = [
    ("Bí thư Đảng ủy xã", "Đảng ủy xã Vị Trung"), ("Chủ tịch UBND xã", "UBND xã Vị Trung"),
    ("Trưởng Công an xã", "Công an xã Vị Trung"), ("Hiệu trưởng", "Trường THCS Vị Trung"),
    ("Hiệu trưởng", "Trường Tiểu học Vị Trung 1"), ("Trưởng Trạm Y tế", "Trạm Y tế xã Vị Trung"),
    ("Giám đốc", "Hợp tác xã Nông nghiệp Vị Trung"), ("Chỉ huy trưởng", "Ban Chỉ huy Quân sự xã"),
    ("Bí thư Chi bộ ấp", "Chi bộ Ấp 1"), ("Bí thư Chi bộ ấp", "Chi bộ Ấp Vị Hiếu"),
    ("Trưởng ấp", "Ấp 3"), ("Trưởng ấp", "Ấp Thạnh Lợi"), ("Chủ tịch HĐND xã", "HĐND xã Vị Trung"),
    ("Hiệu trưởng", "Trường Mẫu giáo Hoa Sen"),
]
KEY = [
    ("Phó Bí thư Thường trực Đảng ủy", "Đảng ủy xã Vị Trung"), ("Phó Chủ tịch UBND xã", "UBND xã Vị Trung"),
    ("Phó Chủ tịch UBND xã", "UBND xã Vị Trung"), ("Phó Chủ tịch HĐND xã", "HĐND xã Vị Trung"),
    ("Chủ tịch Hội Nông dân", "Hội Nông dân xã"), ("Chủ tịch Hội Liên hiệp Phụ nữ", "Hội LHPN xã"),
    ("Bí thư Đoàn xã", "Đoàn TNCS Hồ Chí Minh xã"), ("Chủ tịch Hội Cựu chiến binh", "Hội CCB xã"),
    ("Phó Trưởng Công an xã", "Công an xã Vị Trung"), ("Công chức Địa chính - Xây dựng", "UBND xã Vị Trung"),
    ("Công chức Tư pháp - Hộ tịch", "UBND xã Vị Trung"), ("Công chức Tài chính - Kế toán", "UBND xã Vị Trung"),
    ("Chủ nhiệm Ủy ban Kiểm tra Đảng ủy", "Đảng ủy xã Vị Trung"), ("Phó Hiệu trưởng", "Trường THCS Vị Trung"),
    ("Công chức Văn hóa - Xã hội", "UBND xã Vị Trung"), ("Phó Chỉ huy trưởng Quân sự", "Ban Chỉ huy Quân sự xã"),
    ("Công chức Văn phòng - Thống kê", "UBND xã Vị Trung"), ("Trưởng ban Tuyên giáo", "Đảng ủy xã Vị Trung"),
]
MEMBERS = [
    ("Giáo viên", "Trường THCS Vị Trung"), ("Giáo viên", "Trường Tiểu học Vị Trung 1"), ("Y sĩ", "Trạm Y tế xã Vị Trung"),
    ("Đảng viên", "Chi bộ Ấp 2"), ("Đảng viên", "Chi bộ Ấp 4"), ("Đảng viên", "Chi bộ Ấp Vị Phú"),
    ("Phó trưởng ấp", "Ấp 5"), ("Công an viên", "Công an xã Vị Trung"), ("Kế toán", "Hợp tác xã Nông nghiệp Vị Trung"),
    ("Nhân viên", "UBND xã Vị Trung"), ("Đảng viên", "Chi bộ Ấp Vị Đông"), ("Cán bộ không chuyên trách", "UBND xã Vị Trung"),
]
CHANNELS = ["truc-tiep", "hom-thu", "thu-dien-tu", "duong-day-nong", "van-ban", "hoi-nghi", "chuyen-den", "khac"]
KINDS = ["phan-anh", "kien-nghi", "khieu-nai", "to-cao"]
CONTENTS = ["suy-thoai-tw4", "dao-duc-cong-vu", "neu-guong", "noi-cu-tru", "khac"]
STAFF = ["Trần Thị Mỹ Linh", "Nguyễn Hoàng Phúc"]
BODIES = ["Ủy ban Kiểm tra Đảng ủy xã", "UBND xã Vị Trung", "Ủy ban Kiểm tra Huyện ủy Vị Thủy",
          "Thanh tra huyện Vị Thủy", "Công an huyện Vị Thủy"]
# After the two-tier reform (1 July 2025) there is no district: matters go to the commune's or the city's bodies.
BODIES_2025 = ["Ủy ban Kiểm tra Đảng ủy xã", "UBND xã Vị Trung", "Ủy ban Kiểm tra Thành ủy Cần Thơ",
               "Thanh tra thành phố Cần Thơ", "Công an xã Vị Trung"]

# What a record is about, by kind: (content area, the matter, with {o} for the official).
MATTERS = {
    "phan-anh": [
        ("dao-duc-cong-vu", "{o} có thái độ hách dịch, gây khó khăn khi người dân làm thủ tục chứng thực"),
        ("suy-thoai-tw4", "{o} uống rượu trong giờ làm việc"),
        ("noi-cu-tru", "{o} ít tham gia sinh hoạt tại chi bộ nơi cư trú"),
        ("neu-guong", "gia đình {o} lấn chiếm hành lang kênh thủy lợi"),
        ("suy-thoai-tw4", "{o} tổ chức đám cưới con linh đình, mời nhiều khách trong giờ hành chính"),
        ("neu-guong", "{o} thiếu gương mẫu trong việc hiến đất làm đường giao thông nông thôn"),
        ("dao-duc-cong-vu", "việc thu quỹ không đúng quy định tại ấp do {o} chỉ đạo"),
    ],
    "kien-nghi": [
        ("dao-duc-cong-vu", "làm rõ việc {o} sử dụng xe công vào việc riêng"),
        ("dao-duc-cong-vu", "công khai danh sách hỗ trợ sau lũ do {o} lập"),
        ("dao-duc-cong-vu", "xem xét việc {o} chậm xử lý đơn tranh chấp ranh đất"),
        ("suy-thoai-tw4", "xem xét việc xét hộ nghèo thiếu công khai, có dấu hiệu thiên vị người quen của {o}"),
    ],
    "khieu-nai": [
        ("dao-duc-cong-vu", "việc {o} giải quyết hồ sơ trợ cấp chậm so với quy định"),
        ("dao-duc-cong-vu", "việc {o} từ chối xác nhận hồ sơ vay vốn hộ cận nghèo"),
        ("khac", "việc {o} lập biên bản thu hồi đất làm đường nội đồng không đúng diện tích"),
    ],
    "to-cao": [
        ("suy-thoai-tw4", "{o} nhận tiền khi xác nhận hồ sơ đất đai"),
        ("suy-thoai-tw4", "{o} vi phạm quy định về xây dựng nhà ở trên đất nông nghiệp"),
        ("suy-thoai-tw4", "{o} vay tiền của người dân không trả"),
    ],
}
VERB = {"phan-anh": "phản ánh", "kien-nghi": "kiến nghị", "khieu-nai": "khiếu nại", "to-cao": "tố cáo"}
# How the matter reached the office, said the way the ledger says it.
CHANNEL_TEXT = {
    "truc-tiep": "Công dân đến trụ sở Ủy ban MTTQ xã {v} {m}",
    "hom-thu": "Qua hòm thư góp ý, người dân {v} {m}",
    "thu-dien-tu": "Thư điện tử gửi Ủy ban MTTQ xã {v} {m}",
    "duong-day-nong": "Người dân gọi đường dây nóng {v} {m}",
    "van-ban": "Đơn {v} {m}",
    "hoi-nghi": "Tại hội nghị nhân dân {place}, người dân {v} {m}",
    "chuyen-den": "{body} chuyển đến đơn {v} {m}",
    "khac": "Qua Ban Công tác Mặt trận {place}, người dân {v} {m}",
}
# Channels a kind comes by: a complaint is a letter or a visit, never a remark at a meeting.
CHANNELS_BY_KIND = {
    "phan-anh": ["truc-tiep", "hom-thu", "thu-dien-tu", "duong-day-nong", "van-ban", "hoi-nghi", "khac"],
    "kien-nghi": ["truc-tiep", "hom-thu", "thu-dien-tu", "duong-day-nong", "van-ban", "hoi-nghi", "chuyen-den"],
    "khieu-nai": ["truc-tiep", "van-ban", "chuyen-den"],
    "to-cao": ["truc-tiep", "hom-thu", "thu-dien-tu", "duong-day-nong", "van-ban", "chuyen-den"],
}
# The first records show every channel and every kind.
FIRST = [("truc-tiep", "phan-anh"), ("hom-thu", "to-cao"), ("thu-dien-tu", "kien-nghi"), ("duong-day-nong", "phan-anh"),
         ("van-ban", "khieu-nai"), ("hoi-nghi", "kien-nghi"), ("chuyen-den", "to-cao"), ("khac", "phan-anh")]
FINDINGS_GOOD = ["Gương mẫu, giữ mối liên hệ tốt với nơi cư trú", "Thực hiện tốt chuẩn mực đạo đức công vụ",
                 "Tác phong gần dân, giải quyết kịp thời kiến nghị của cử tri"]
FINDINGS_BAD = ["Còn chậm trong giải quyết thủ tục hành chính", "Chưa thường xuyên sinh hoạt tại nơi cư trú",
                "Có lúc còn nóng nảy khi tiếp công dân"]
TEAM = [{"name": "Trương Thị Ngọc Hân", "organization": "Hội Liên hiệp Phụ nữ xã"},
        {"name": "Lâm Văn Chiến", "organization": "Hội Cựu chiến binh xã"},
        {"name": "Mai Thanh Tú", "organization": "Đoàn TNCS Hồ Chí Minh xã"}]


def day(d):
    return d.isoformat()


def date(text):
    return dt.date.fromisoformat(text)


def person(gender):
    fam = R.choice(FAMILY)
    mid = R.choice(MIDDLE_M if gender == "nam" else MIDDLE_F)
    given = R.choice(GIVEN_M if gender == "nam" else GIVEN_F)
    return fam, mid, given


def name(o):
    return " ".join(p for p in (o["familyName"], o["middleName"], o["givenName"]) if p)


def official(code, category, role, localities):
    gender = "nu" if R.random() < 0.35 else "nam"
    fam, mid, given = person(gender)
    position, unit = role
    party = category != "can-bo-dang-vien" or R.random() < 0.8
    status = "dang-cong-tac" if R.random() < 0.9 else R.choice(["nghi-huu", "chuyen-cong-tac"])
    loc = R.choice(localities)
    return {"code": code, "familyName": fam, "middleName": mid, "givenName": given, "gender": gender,
            "birthYear": R.randint(1962, 1995), "position": position, "unit": unit, "category": category, "partyMember": party,
            "partyCell": (R.choice(["Chi bộ cơ quan Đảng - Đoàn thể", "Chi bộ UBND", "Chi bộ Công an", f"Chi bộ {loc[1]}"]) if party else ""),
            "residence": loc[0], "status": status}


def officials():
    out = []
    spec = [("nguoi-dung-dau", HEADS, 14), ("can-bo-chu-chot", KEY, 18), ("can-bo-dang-vien", MEMBERS * 3, 32)]
    n = 0
    for category, roles, count in spec:
        for i in range(count):
            n += 1
            o = official(f"DT-{n:04d}", category, roles[i % len(roles)], LOCALITIES)
            # Two officials whose names differ only by their marks (the search finds both without accents).
            if n == 1:
                o.update(familyName="Nguyễn", middleName="Văn", givenName="Đình", gender="nam")
            if n == 20:
                o.update(familyName="Lê", middleName="Quốc", givenName="Dinh", gender="nam")
            out.append(o)
    return out


def former_officials(unit):
    short = unit["name"].replace("Xã ", "")
    roles = [("nguoi-dung-dau", ("Bí thư Đảng ủy xã", f"Đảng ủy xã {short}")), ("nguoi-dung-dau", ("Chủ tịch UBND xã", f"UBND xã {short}")),
             ("can-bo-chu-chot", ("Phó Chủ tịch UBND xã", f"UBND xã {short}")), ("can-bo-chu-chot", ("Chủ tịch Hội Nông dân", f"Hội Nông dân xã {short}")),
             ("can-bo-chu-chot", ("Công chức Địa chính - Xây dựng", f"UBND xã {short}")), ("can-bo-dang-vien", ("Giáo viên", f"Trường Tiểu học {short}")),
             ("can-bo-dang-vien", ("Đảng viên", f"Chi bộ {unit['localities'][0][1]}")), ("can-bo-dang-vien", ("Trưởng ấp", unit["localities"][1][1]))]
    return [official(f"DT-{i + 1:04d}", category, role, unit["localities"]) for i, (category, role) in enumerate(roles)]


def plan(code, year, kind, title, unit, issued, start, end, status, supervised, number_suffix="KH-MTTQ-BTT"):
    ptype, form = kind
    rec = {"code": code, "documentNumber": f"{R.randint(10, 240)}/{number_suffix}", "issuedOn": day(issued), "title": title,
           "basis": "Quy định 124-QĐ/TW ngày 02/02/2018; Chương trình phối hợp giám sát năm " + str(year),
           "year": year, "type": ptype, "form": form, "contents": sorted(R.sample(CONTENTS[:4], 2), key=CONTENTS.index),
           "team": {"decisionNumber": f"{R.randint(10, 240)}/QĐ-MTTQ-BTT", "lead": "Phùng Văn Hậu", "members": TEAM},
           "startOn": day(start), "endOn": day(end), "targetUnits": [unit],
           "supervised": [{"official": o["code"],
                           "findings": ("Ưu điểm: " + R.choice(FINDINGS_GOOD) + ". Hạn chế: " + R.choice(FINDINGS_BAD))
                           if status in ("hoan-thanh", "da-bao-cao") else ""} for o in supervised],
           "status": status}
    if status in ("hoan-thanh", "da-bao-cao"):
        rec["reportedOn"] = day(end + dt.timedelta(days=R.randint(7, 20)))
    return rec


TITLES = [
    (("thuong-xuyen", "doan-giam-sat"), "Giám sát việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt năm {y}"),
    (("chuyen-de", "doan-giam-sat"), "Giám sát chuyên đề việc thực hiện Quy định 124-QĐ/TW tại {u}"),
    (("chuyen-de", "nghien-cuu-van-ban"), "Giám sát việc thực hiện trách nhiệm nêu gương theo Quy định 08-QĐi/TW năm {y}"),
    (("dot-xuat", "phan-anh"), "Giám sát đột xuất theo phản ánh của nhân dân về cán bộ {u}"),
    (("thuong-xuyen", "hoi-nghi"), "Giám sát qua hội nghị góp ý đảng viên nơi cư trú năm {y}"),
    (("chuyen-de", "phoi-hop"), "Phối hợp Ủy ban Kiểm tra Đảng ủy giám sát việc chấp hành quy định về đạo đức công vụ năm {y}"),
]


def plans(offs):
    """Three a year. The old ones are done; one of 2022 was cancelled; one of 2024 was issued and never carried out
    (still "đã ban hành": on the worklist); in 2026 the autumn team is still out past its dates and the last plan of
    the year is issued for December."""
    out = []
    k = 0
    for y in range(2021, 2027):
        statuses = {2022: ["hoan-thanh", "huy", "hoan-thanh"], 2024: ["hoan-thanh", "da-bao-cao", "ban-hanh"],
                    2025: ["hoan-thanh", "hoan-thanh", "da-bao-cao"], 2026: ["hoan-thanh", "dang-giam-sat", "ban-hanh"]}
        for j in range(3):
            k += 1
            kind, title = TITLES[(k - 1) % len(TITLES)]
            unit = R.choice(["UBND xã Vị Trung", "Trường THCS Vị Trung", "Trạm Y tế xã Vị Trung", "Công an xã Vị Trung"])
            status = statuses.get(y, ["hoan-thanh"] * 3)[j]
            if y == 2026 and j > 0:
                issued = [dt.date(2026, 10, 20), dt.date(2026, 11, 25)][j - 1]
                start = issued + dt.timedelta(days=[21, 15][j - 1])
                end = start + dt.timedelta(days=[10, 5][j - 1])
            else:
                issued = dt.date(y, 2 + 3 * j, R.randint(3, 25))
                start = issued + dt.timedelta(days=R.randint(15, 30))
                end = start + dt.timedelta(days=R.randint(2, 6))
            sup = R.sample([o for o in offs if o["category"] != "can-bo-dang-vien"], 4)
            out.append(plan(f"KH-{y}-{j + 1:02d}", y, kind, title.format(y=y, u=unit), unit, issued, start, end, status, sup))
    return out


def former_plans(unit, offs):
    short = unit["name"].replace("Xã ", "")
    out = []
    for y in (2023, 2024):
        issued = dt.date(y, 4, R.randint(3, 25))
        start = issued + dt.timedelta(days=R.randint(15, 30))
        end = start + dt.timedelta(days=R.randint(2, 5))
        kind, title = TITLES[0] if y == 2023 else TITLES[1]
        out.append(plan(f"KH-{y}-01", y, kind, title.format(y=y, u=f"UBND xã {short}"), f"UBND xã {short}", issued, start, end,
                        "hoan-thanh", R.sample([o for o in offs if o["category"] != "can-bo-dang-vien"], 2)))
    return out


def history_path(age, old):
    """The steps a record has been through by 2 December 2026, by how long ago it came: the recent ones are still
    being handled, a few of the last year's were left behind (overdue), the older ones are closed."""
    if age < 12:
        return R.choice(["tiep-nhan"] * 3 + ["xem-xet"])
    if age < 30:
        return R.choice(["tiep-nhan"] + ["xem-xet"] * 3 + ["da-chuyen"] * 2 + ["co-ket-qua"])
    if age < 60:
        return R.choice(["xem-xet", "da-chuyen"] + ["co-ket-qua"] * 2 + ["da-tra-loi"] * 4)
    if not old and age < 365 and R.random() < 0.05:
        return R.choice(["xem-xet", "da-chuyen"])  # left behind: overdue
    return R.choice(["da-tra-loi"] * 5 + ["co-ket-qua", "khong-co-co-so", "trung-lap", "luu"])


def feedback_records(offs, localities, dates, code_of, bodies_of, place_name, old=False):
    """Feedback received on `dates`; `code_of(date)` gives each its code. `old`: a former commune's, all closed."""
    out = []
    for i, received in enumerate(dates):
        code = code_of(received)
        if i < len(FIRST) and not old:
            channel, kind = FIRST[i]
        else:
            kind = R.choices(KINDS, [6, 3, 1, 2])[0]
            channel = R.choice(CHANNELS_BY_KIND[kind])
        o = R.choice(offs)
        area, matter = R.choice(MATTERS[kind])
        title = f"{'ông' if o['gender'] == 'nam' else 'bà'} {name(o)} ({o['position']})"
        text = CHANNEL_TEXT[channel].format(v=VERB[kind], m=matter.format(o=title), place=place_name(o["residence"]),
                                            body=R.choice(["UBND xã", "Đảng ủy xã", "Thanh tra"]))
        summary = text[0].upper() + text[1:]
        anonymous = channel == "hom-thu" or (kind != "khieu-nai" and R.random() < 0.25)
        rec = {"code": code, "receivedOn": day(received), "channel": channel, "kind": kind, "anonymous": anonymous}
        if not anonymous:
            g = R.choice(["nam", "nu"])
            fam, mid, given = person(g)
            rec["reporter"] = {"name": f"{fam} {mid} {given}", "address": place_name(R.choice(localities)[0]),
                               "phone": "09" + "".join(str(R.randint(0, 9)) for _ in range(8))}
        rec["officials"] = [o["code"]]
        rec["locality"] = o["residence"]
        rec["content"] = area
        rec["summary"] = summary
        rec["notes"] = ""
        rec["dueOn"] = day(received + dt.timedelta(days=30))
        hist = [{"status": "tiep-nhan", "on": day(received), "by": R.choice(STAFF), "note": ""}]
        path = history_path((TODAY - received).days, old)
        d = received

        def step(status, **extra):
            # A step is never after the day the sample stands on: a record caught up by it stops there.
            nonlocal d
            d = d + dt.timedelta(days=R.randint(1, 6))
            if d > LAST_RECEIVED:
                return False
            hist.append({"status": status, "on": day(d), "by": R.choice(STAFF), "note": extra.pop("note", ""), **extra})
            return True

        bodies = bodies_of(received)
        forwarded = R.random() < 0.4
        if path == "xem-xet":
            step("xem-xet")
        elif path == "da-chuyen":
            step("da-chuyen", to=R.choice(bodies))
        elif path in ("co-ket-qua", "da-tra-loi"):
            ok = step("da-chuyen", to=R.choice(bodies)) if forwarded else step("xem-xet")
            ok = ok and step("co-ket-qua", note=R.choice(["Đã xác minh, có cơ sở một phần", "Đã kiểm điểm, rút kinh nghiệm", "Đã xử lý theo quy định"]))
            if ok and path == "da-tra-loi":
                step("da-tra-loi", note="Đã trả lời bằng văn bản" if not anonymous else "Đã thông báo tại hội nghị ấp")
        elif path == "khong-co-co-so":
            step("xem-xet") and step("khong-co-co-so", note="Xác minh không có cơ sở")
        elif path == "trung-lap":
            if out:
                step("trung-lap", duplicateOf=out[-1]["code"])
            else:
                step("luu", note="Không đủ thông tin để xác minh")
        elif path == "luu":
            step("luu", note="Đơn không rõ nội dung, không đủ cơ sở xử lý")
        rec["history"] = hist
        out.append(rec)
    return out


def received_dates(start, end, count):
    span = (end - start).days
    return sorted(start + dt.timedelta(days=R.randint(0, span)) for _ in range(count))


def recommendation_records(offs, fbs, pls, count, code_of, bodies):
    """Recommendations that arose from resolved feedback and reported plans; those sent lately still wait for an
    answer, two of them past the 20 days."""
    out = []
    by_code = {o["code"]: o for o in offs}
    resolved = [f for f in fbs if f["history"][-1]["status"] in ("co-ket-qua", "da-tra-loi")]
    from_plans = [p for p in pls if p["status"] in ("hoan-thanh", "da-bao-cao")]
    sources = R.sample(resolved, max(0, count - len(from_plans))) + from_plans
    sources.sort(key=lambda s: (s.get("receivedOn") or s.get("startOn"), s["code"]))
    measures = ["khong-vi-pham", "nhac-nho", "kiem-diem", "khien-trach", "canh-cao", "cach-chuc", "khai-tru", "buoc-thoi-viec", "khac"]
    weights = [5, 7, 8, 9, 4, 2, 1, 1, 1]
    for i, src in enumerate(sources):
        if "receivedOn" in src:
            base = date(src["history"][-1]["on"])
            official_code = src["officials"][0]
        else:
            base = date(src["reportedOn"])
            official_code = src["supervised"][0]["official"]
        sent = min(base + dt.timedelta(days=R.randint(2, 12)), LAST_RECEIVED)
        rec = {"code": code_of(sent), "source": src["code"], "to": R.choice(bodies(sent)), "sentOn": day(sent),
               "content": f"Đề nghị xem xét, làm rõ và xử lý trách nhiệm của {name(by_code[official_code])} theo quy định",
               "response": "cho-tra-loi"}
        waited = (TODAY - sent).days
        if waited > 60 or (waited > 30 and R.random() < 0.5):
            rec["response"] = R.choice(["da-tra-loi", "da-khac-phuc"])
            decided = sent + dt.timedelta(days=R.randint(15, 40))
            if decided <= LAST_RECEIVED and R.random() < 0.9:
                measure = measures[i] if i < len(measures) else R.choices(measures, weights)[0]
                if measure in ("khai-tru",) and not by_code[official_code]["partyMember"]:
                    measure = "khien-trach"
                rec["outcome"] = {"official": official_code, "measure": measure, "decidedOn": day(decided),
                                  "decidedBy": R.choice(["Ủy ban Kiểm tra Đảng ủy xã", "Ban Thường vụ Đảng ủy xã", "Chủ tịch UBND xã"])}
        out.append(rec)
    return out


def review_records(offs, years, localities_done=None):
    """Residence reviews of party members who are serving; `localities_done` limits a year still in its season."""
    out = []
    members = [o for o in offs if o["partyMember"] and o["status"] == "dang-cong-tac"]
    for y in years:
        for o in members:
            if localities_done is not None and o["residence"] not in localities_done:
                continue
            if R.random() < 0.85:
                a = R.choices(["tot", "co-han-che", "khong-y-kien"], [80, 8, 12])[0]
                out.append({"year": y, "locality": o["residence"], "official": o["code"], "assessment": a,
                            "opinions": {"tot": "Gương mẫu, tham gia tốt các phong trào ở ấp",
                                         "co-han-che": "Ít tham gia sinh hoạt, họp tổ nhân dân", "khong-y-kien": ""}[a]})
    return out


# Meetings draw from their own generator, so that adding them left every other record of the sample as it was.
RM = random.Random(213)
CHAIRS = ["Nguyễn Văn Tư", "Trần Thị Mười", "Lê Văn Bảy", "Huỳnh Văn Sáu", "Võ Thị Năm", "Danh Sơn", "Thạch Thị Sa Rên"]


def meeting_records(reviews, first=None):
    """One residence review meeting per village and year that has reviews (QĐ 213: the village's Front work committee and
    the residence party cell meet once a year), numbered HN-year-01… in village order; `first` gives the first number
    of a year (a series going on after the merged meetings)."""
    out, numbers = [], dict(first or {})
    for y, loc in sorted({(r["year"], r["locality"]) for r in reviews}):
        numbers[y] = numbers.get(y, 0) + 1
        invited = RM.randint(38, 72)
        held = dt.date(y, RM.choice([9, 10, 11]), RM.randint(3, 27))
        if y == TODAY.year and held > TODAY:
            held = TODAY - dt.timedelta(days=RM.randint(5, 40))
        out.append({"code": f"HN-{y}-{numbers[y]:02d}", "year": y, "locality": loc, "heldOn": day(held),
                    "chair": RM.choice(CHAIRS), "present": invited - RM.randint(2, 9), "invited": invited,
                    "minutes": "Hội nghị Ban Công tác Mặt trận và Chi bộ ấp góp ý đảng viên đang công tác nơi cư trú năm "
                               f"{y}; các ý kiến được tổng hợp gửi chi bộ nơi đảng viên công tác."})
    return out


class Series:
    """A commune's code series (PA-year-0001, KN-year-0001): the next free number."""
    def __init__(self, stem, width):
        self.stem, self.width, self.used = stem, width, {}

    def next(self, year):
        n = self.used.get(year, 0) + 1
        self.used[year] = n
        return f"{self.stem}-{year}-{n:0{self.width}d}"

    def take(self, code):
        year, n = code.split("-")[1], int(code.split("-")[2])
        self.used[int(year)] = max(self.used.get(int(year), 0), n)


def merge(bundle, units, parts):
    """What `merge-commune --merged-on 01/07/2025 --resolution … vi-binh.json vi-dong.json` leaves: each record's
    code kept when free, else the next of this commune's series; references moved; `former` on every record."""
    keys = ("localities", "officials", "plans", "feedback", "recommendations", "residenceMeetings")
    existing = {key: {r["code"] for r in bundle[key]} for key in keys}
    taken = {key: set(codes) for key, codes in existing.items()}
    last = {}

    def fresh(key, record):
        if key == "localities":
            stem, width, number = record["code"] + "-", 1, last.get(record["code"] + "-", 1)
        else:
            stem, width = {"officials": ("DT-", 4), "plans": (f"KH-{record.get('year')}-", 2),
                           "feedback": (f"PA-{record.get('receivedOn', '')[:4]}-", 4),
                           "recommendations": (f"KN-{record.get('sentOn', '')[:4]}-", 4),
                           "residenceMeetings": (f"HN-{record.get('year')}-", 2)}[key]
            number = last.get(stem) or max([int(c[len(stem):]) for c in existing[key] if c.startswith(stem)] or [0])
        while True:
            number += 1
            code = stem + str(number).zfill(width)
            if code not in taken[key]:
                last[stem] = number
                return code

    maps = []
    for unit, part in zip(units, parts):
        codes = {}
        for key in keys:
            codes[key] = {}
            for record in part[key]:
                code = record["code"] if record["code"] not in taken[key] else fresh(key, record)
                taken[key].add(code)
                codes[key][record["code"]] = code
        maps.append(codes)
    for unit, part, codes in zip(units, parts, maps):
        loc, off, pla, fee, rec = (codes[k] for k in ("localities", "officials", "plans", "feedback", "recommendations"))
        for record in part["localities"]:
            bundle["localities"].append({**record, "code": loc[record["code"]],
                                         "former": [{"unit": unit["code"], "code": record["code"], "name": record["name"]}]})
        for record in part["officials"]:
            bundle["officials"].append({**record, "code": off[record["code"]], "residence": loc[record["residence"]],
                                        "former": [{"unit": unit["code"], "code": record["code"]}]})
        for record in part["plans"]:
            moved = {**record, "code": pla[record["code"]],
                     "supervised": [{**s, "official": off[s["official"]]} for s in record["supervised"]]}
            bundle["plans"].append({**moved, "former": [{"unit": unit["code"], "code": record["code"]}]})
        for record in part["feedback"]:
            moved = {**record, "code": fee[record["code"]], "officials": [off[o] for o in record["officials"]],
                     "locality": loc[record["locality"]],
                     "history": [{**h, **({"duplicateOf": fee[h["duplicateOf"]]} if "duplicateOf" in h else {})} for h in record["history"]]}
            bundle["feedback"].append({**moved, "former": [{"unit": unit["code"], "code": record["code"]}]})
        for record in part["recommendations"]:
            source = record["source"]
            moved = {**record, "code": rec[record["code"]], "source": pla.get(source) or fee.get(source)}
            if "outcome" in record:
                moved["outcome"] = {**record["outcome"], "official": off[record["outcome"]["official"]]}
            bundle["recommendations"].append({**moved, "former": [{"unit": unit["code"], "code": record["code"]}]})
        for record in part["residenceMeetings"]:
            bundle["residenceMeetings"].append({**record, "code": codes["residenceMeetings"][record["code"]], "locality": loc[record["locality"]],
                                                "former": [{"unit": unit["code"], "code": record["code"]}]})
        for record in part["residenceReviews"]:
            bundle["residenceReviews"].append({**record, "locality": loc[record["locality"]], "official": off[record["official"]],
                                               "former": [{"unit": unit["code"], "code": f"{record['year']}/{record['official']}"}]})
    bundle["commune"]["formerUnits"] = [{"code": u["code"], "name": u["name"], "district": u["district"], "mergedOn": day(MERGED_ON),
                                         "resolution": RESOLUTION} for u in units]


def sort_bundle(bundle):
    for key in ("localities", "officials", "plans", "feedback", "recommendations", "residenceMeetings"):
        bundle.setdefault(key, [])
        bundle[key].sort(key=lambda r: r["code"])
    bundle["residenceReviews"].sort(key=lambda r: (r["year"], r["official"]))
    return bundle


def main():
    args = [a for a in sys.argv[1:]]
    parts_dir = None
    if "--parts" in args:
        parts_dir = args[args.index("--parts") + 1]
        del args[args.index("--parts"):args.index("--parts") + 2]
    path = args[0] if args else "sample-data/vi-trung-2021-2026.json"

    own_names = dict(LOCALITIES)
    offs = officials()
    pls = plans(offs)
    pa, kn = Series("PA", 4), Series("KN", 4)
    bodies = lambda d: BODIES if d < MERGED_ON else BODIES_2025
    # The merged commune has three communes' people: more letters and calls since July 2025.
    before_dates = received_dates(dt.date(2021, 1, 4), MERGED_ON - dt.timedelta(days=1), 190)
    after_dates = received_dates(MERGED_ON, LAST_RECEIVED, 100)
    place = lambda code: own_names.get(code, code)
    fbs_before = feedback_records(offs, LOCALITIES, before_dates, lambda d: pa.next(d.year), bodies, place)

    # The former communes, each a bundle of its own as its office kept it until 30 June 2025.
    parts = []
    for unit in FORMER:
        names = dict(unit["localities"])
        f_offs = former_officials(unit)
        f_pls = former_plans(unit, f_offs)
        series = Series("PA", 4)
        f_fbs = feedback_records(f_offs, unit["localities"], received_dates(dt.date(2021, 2, 1), dt.date(2025, 6, 20), 24),
                                 lambda d, s=series: s.next(d.year), lambda d: BODIES, lambda c, n=names: n.get(c, c), old=True)
        f_kn = Series("KN", 4)
        parts.append({"format": "giamsat-bundle", "version": 1,
                      "commune": {"code": unit["code"], "name": unit["name"], "district": unit["district"], "province": "Tỉnh Hậu Giang"},
                      "localities": [{"code": c, "name": n, "kind": "ap"} for c, n in unit["localities"]],
                      "officials": f_offs, "plans": f_pls, "feedback": f_fbs,
                      "recommendations": recommendation_records(f_offs, f_fbs, f_pls, 5, lambda d, s=f_kn: s.next(d.year), lambda d: BODIES),
                      "residenceReviews": review_records(f_offs, range(2021, 2025))})
        parts[-1]["residenceMeetings"] = meeting_records(parts[-1]["residenceReviews"])

    pls_before = [p for p in pls if p["year"] < 2025 or date(p["issuedOn"]) < MERGED_ON]
    # Numbered in the order they were sent; those sent after the merger go on after the merged ones.
    recs = sorted(recommendation_records(offs, fbs_before, pls_before, 34, lambda d: "", bodies), key=lambda r: (r["sentOn"], r["source"]))
    early_recs = [r for r in recs if date(r["sentOn"]) < MERGED_ON]
    late_recs = [r for r in recs if date(r["sentOn"]) >= MERGED_ON]
    for r in early_recs:
        r["code"] = kn.next(date(r["sentOn"]).year)
    before = {"format": "giamsat-bundle", "version": 1, "commune": dict(COMMUNE), "localities": [{"code": c, "name": n, "kind": "ap"} for c, n in LOCALITIES],
              "officials": offs, "plans": pls_before, "feedback": fbs_before, "recommendations": early_recs,
              "residenceReviews": review_records(offs, range(2021, 2025))}
    before["residenceMeetings"] = meeting_records(before["residenceReviews"])

    bundle = copy.deepcopy(before)
    merge(bundle, FORMER, copy.deepcopy(parts))

    # After the merger: one commune, its own series going on from the highest code of each year (merged ones included).
    for f in bundle["feedback"]:
        pa.take(f["code"])
    for r in bundle["recommendations"]:
        kn.take(r["code"])
    all_offs = bundle["officials"]
    merged_names = {l["code"]: l["name"] for l in bundle["localities"]}
    all_localities = [(l["code"], l["name"]) for l in bundle["localities"]]
    fbs_after = feedback_records(all_offs, all_localities, after_dates, lambda d: pa.next(d.year), bodies,
                                 lambda c: merged_names.get(c, c))
    for r in late_recs:
        r["code"] = kn.next(date(r["sentOn"]).year)
    pls_after = [p for p in pls if p not in pls_before]
    more = sorted(recommendation_records(all_offs, fbs_after, pls_after, 12, lambda d: "", bodies), key=lambda r: (r["sentOn"], r["source"]))
    for r in more:
        r["code"] = kn.next(date(r["sentOn"]).year)
    recs_after = late_recs + more
    # Reviews of 2025 across the merged commune; 2026's season is under way: four villages done by early December.
    reviews_after = review_records(all_offs, [2025]) + review_records(all_offs, [2026], {"AP01", "AP02", "AP03", "AP04"})
    # Each village that reviewed its members held its meeting; the series goes on after the merged meetings of a year.
    taken = {}
    for m in bundle["residenceMeetings"]:
        taken[m["year"]] = max(taken.get(m["year"], 0), int(m["code"].split("-")[2]))
    after = {"format": "giamsat-bundle", "version": 1, "plans": pls_after, "feedback": fbs_after,
             "recommendations": recs_after, "residenceMeetings": meeting_records(reviews_after, taken), "residenceReviews": reviews_after}
    for key in ("plans", "feedback", "recommendations", "residenceMeetings", "residenceReviews"):
        bundle[key] += after[key]
    sort_bundle(bundle)

    def write(data, target):
        with open(target, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.write("\n")

    write(bundle, path)
    if parts_dir:
        os.makedirs(parts_dir, exist_ok=True)
        write(sort_bundle(before), os.path.join(parts_dir, "before.json"))
        for unit, part in zip(FORMER, parts):
            write(sort_bundle(part), os.path.join(parts_dir, unit["code"] + ".json"))
        after_bundle = {"format": "giamsat-bundle", "version": 1, "localities": [], "officials": [], **{k: after[k] for k in after if k not in ("format", "version")}}
        write(sort_bundle(after_bundle), os.path.join(parts_dir, "after.json"))


main()
