#!/usr/bin/env python3
"""Writes mu-cang-chai-2019-2021.json: a fixture that reproduces the seed figures of the
Mù Cang Chải report (../shared/seeds/001_…): from 01/01/2019 to 30/06/2021, 151 letters
received; 106 party members disciplined, of whom 30 heads of party committees — khiển trách 16,
cảnh cáo 08, cách chức 01, khai trừ 05. Records just outside the period, and outcomes that are
not discipline, are there to prove they are left out. Deterministic."""
import datetime as dt
import json
import os

START, END = dt.date(2019, 1, 1), dt.date(2021, 6, 30)
SPAN = (END - START).days
CHANNELS = ["truc-tiep", "hom-thu", "thu-dien-tu", "duong-day-nong", "van-ban", "hoi-nghi", "chuyen-den", "khac"]
KINDS = ["phan-anh", "kien-nghi", "khieu-nai", "to-cao"]
FAMILY = ["Giàng", "Sùng", "Lò", "Hờ", "Mùa", "Thào", "Vàng", "Lý", "Cứ", "Nguyễn"]
GIVEN = ["Dình", "Chứ", "Tủa", "Dế", "Pó", "Sình", "Lử", "Vàng", "Chá", "Tông", "Mai", "Dua"]


def iso(d):
    return d.isoformat()


officials, recommendations, feedback = [], [], []


def official(code, category, position):
    n = len(officials)
    officials.append({"code": code, "familyName": FAMILY[n % len(FAMILY)], "middleName": "A",
                      "givenName": GIVEN[(n * 7) % len(GIVEN)], "position": position,
                      "unit": "Huyện Mù Cang Chải", "category": category, "partyMember": True,
                      "partyCell": "Chi bộ " + str(n % 14 + 1), "status": "dang-cong-tac"})


def outcome(official_code, measure, decided):
    n = len(recommendations) + 1
    recommendations.append({"code": f"KN-{decided.year}-{n:04d}", "to": "Ban Thường vụ Huyện ủy Mù Cang Chải",
                            "sentOn": iso(decided - dt.timedelta(days=20)), "content": "Kết quả xử lý kỷ luật đảng viên",
                            "response": "da-tra-loi",
                            "outcome": {"official": official_code, "measure": measure, "decidedOn": iso(decided),
                                        "decidedBy": "Ủy ban Kiểm tra Huyện ủy"}})


def spread(i, count):
    return START + dt.timedelta(days=(SPAN * i) // max(1, count - 1))


# 30 heads of party committees: khiển trách 16, cảnh cáo 8, cách chức 1, khai trừ 5.
heads = ["khien-trach"] * 16 + ["canh-cao"] * 8 + ["cach-chuc"] * 1 + ["khai-tru"] * 5
for i, measure in enumerate(heads):
    code = f"DT-{i + 1:04d}"
    official(code, "nguoi-dung-dau", "Bí thư Đảng ủy xã" if i % 2 == 0 else "Bí thư Chi bộ")
    outcome(code, measure, spread(i, len(heads)))
# 76 other party members (the report gives no split; this one is an assumption).
others = ["khien-trach"] * 58 + ["canh-cao"] * 12 + ["cach-chuc"] * 2 + ["khai-tru"] * 3 + ["khien-trach"] * 1
for i, measure in enumerate(others):
    code = f"DT-{len(officials) + 1:04d}"
    official(code, "can-bo-dang-vien" if i % 3 else "can-bo-chu-chot", "Đảng viên")
    outcome(code, measure, spread(i, len(others)))
# Left out: lighter outcomes inside the period, discipline just outside it, and buộc thôi việc — an
# administrative measure, counted apart from party discipline (administrativeDiscipline: 1).
for measure, decided in [("nhac-nho", dt.date(2020, 5, 5)), ("kiem-diem", dt.date(2020, 6, 6)),
                         ("khong-vi-pham", dt.date(2021, 1, 8)), ("khien-trach", dt.date(2018, 12, 31)),
                         ("khai-tru", dt.date(2021, 7, 1)), ("buoc-thoi-viec", dt.date(2020, 9, 9))]:
    code = f"DT-{len(officials) + 1:04d}"
    official(code, "nguoi-dung-dau", "Chủ tịch UBND xã")
    outcome(code, measure, decided)

# 151 letters received in the period, from its first day to its last; two just outside.
for i in range(151):
    received = spread(i, 151)
    code = f"PA-{received.year}-{i + 1:04d}"
    feedback.append({"code": code, "receivedOn": iso(received), "channel": CHANNELS[i % 8], "kind": KINDS[i % 4],
                     "officials": [f"DT-{(i % 30) + 1:04d}"], "summary": f"Đơn thư số {i + 1}",
                     "history": [{"status": "tiep-nhan", "on": iso(received), "by": "Văn thư"},
                                 {"status": "da-chuyen", "on": iso(received + dt.timedelta(days=3)), "by": "Văn thư",
                                  "to": "Ủy ban Kiểm tra Huyện ủy"},
                                 {"status": "co-ket-qua", "on": iso(received + dt.timedelta(days=25)), "by": "Văn thư"}]})
feedback[0]["summary"] = "Tố cáo đồng chí Bí thư Đảng ủy xã Lao Chải về vi phạm pháp luật và đạo đức lối sống"
for code, day in [("PA-2018-9001", dt.date(2018, 12, 31)), ("PA-2021-9002", dt.date(2021, 7, 1))]:
    feedback.append({"code": code, "receivedOn": iso(day), "channel": "hom-thu", "kind": "to-cao",
                     "summary": "Ngoài kỳ báo cáo"})

bundle = {"format": "giamsat-bundle", "version": 1,
          "commune": {"code": "mu-cang-chai", "name": "Huyện Mù Cang Chải", "district": "Huyện Mù Cang Chải",
                      "province": "Tỉnh Yên Bái"},
          "localities": [{"code": "BAN01", "name": "Bản Lìm Mông", "kind": "ban"}],
          "officials": officials, "plans": [], "feedback": feedback,
          "recommendations": sorted(recommendations, key=lambda r: r["code"]), "residenceReviews": []}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mu-cang-chai-2019-2021.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(bundle, f, ensure_ascii=False, indent=1)
    f.write("\n")
