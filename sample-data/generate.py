#!/usr/bin/env python3
"""Makes sample-data/vi-trung-2021-2026.json: one fictitious commune of Hậu Giang.

Deterministic (fixed seed): run again and the file is byte-identical. Reporters and
officials are invented; units and positions follow the seed reports (../shared/seeds).
"""
import datetime as dt
import json
import random
import sys

R = random.Random(124)

COMMUNE = {"code": "vi-trung", "name": "Xã Vị Trung", "district": "Huyện Vị Thủy", "province": "Tỉnh Hậu Giang"}
LOCALITIES = [
    ("AP01", "Ấp 1"), ("AP02", "Ấp 2"), ("AP03", "Ấp 3"), ("AP04", "Ấp 4"), ("AP05", "Ấp 5"),
    ("AP06", "Ấp Vị Hiếu"), ("AP07", "Ấp Vị Phú"), ("AP08", "Ấp Vị Đông"), ("AP09", "Ấp Thạnh Lợi"),
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
SUMMARIES = [
    "Phản ánh {o} có thái độ hách dịch, gây khó khăn khi người dân làm thủ tục chứng thực",
    "Người dân gọi đường dây nóng phản ánh {o} nhận tiền khi xác nhận hồ sơ đất đai",
    "Qua đường dây nóng, bà con ấp phản ánh việc xét hộ nghèo thiếu công khai, có dấu hiệu thiên vị người quen của {o}",
    "Kiến nghị làm rõ việc {o} sử dụng xe công vào việc riêng",
    "Phản ánh {o} uống rượu trong giờ làm việc",
    "Tố cáo {o} vi phạm quy định về xây dựng nhà ở trên đất nông nghiệp",
    "Phản ánh {o} ít tham gia sinh hoạt tại chi bộ nơi cư trú",
    "Khiếu nại việc {o} giải quyết hồ sơ trợ cấp chậm so với quy định",
    "Kiến nghị {o} công khai danh sách hỗ trợ sau lũ",
    "Phản ánh gia đình {o} lấn chiếm hành lang kênh thủy lợi",
    "Phản ánh {o} tổ chức đám cưới con linh đình, mời nhiều khách trong giờ hành chính",
    "Tố cáo {o} vay tiền của người dân không trả",
    "Phản ánh {o} thiếu gương mẫu trong việc hiến đất làm đường giao thông nông thôn",
    "Kiến nghị xem xét việc {o} chậm xử lý đơn tranh chấp ranh đất",
    "Phản ánh việc thu quỹ không đúng quy định tại ấp do {o} chỉ đạo",
]
FINDINGS_GOOD = ["Gương mẫu, giữ mối liên hệ tốt với nơi cư trú", "Thực hiện tốt chuẩn mực đạo đức công vụ",
                 "Tác phong gần dân, giải quyết kịp thời kiến nghị của cử tri"]
FINDINGS_BAD = ["Còn chậm trong giải quyết thủ tục hành chính", "Chưa thường xuyên sinh hoạt tại nơi cư trú",
                "Có lúc còn nóng nảy khi tiếp công dân"]


def day(d):
    return d.isoformat()


def person(gender):
    fam = R.choice(FAMILY)
    mid = R.choice(MIDDLE_M if gender == "nam" else MIDDLE_F)
    given = R.choice(GIVEN_M if gender == "nam" else GIVEN_F)
    return fam, mid, given


def officials():
    out = []
    spec = [("nguoi-dung-dau", HEADS), ("can-bo-chu-chot", KEY), ("can-bo-dang-vien", MEMBERS * 3)]
    n = 0
    for category, roles in spec:
        count = {"nguoi-dung-dau": 14, "can-bo-chu-chot": 18, "can-bo-dang-vien": 32}[category]
        for i in range(count):
            n += 1
            gender = "nu" if R.random() < 0.35 else "nam"
            fam, mid, given = person(gender)
            if n == 1:
                fam, mid, given, gender = "Nguyễn", "Văn", "Đình", "nam"
            if n == 20:
                fam, mid, given, gender = "Lê", "Quốc", "Dinh", "nam"
            position, unit = roles[i % len(roles)]
            party = category != "can-bo-dang-vien" or R.random() < 0.8
            status = "dang-cong-tac" if R.random() < 0.9 else R.choice(["nghi-huu", "chuyen-cong-tac"])
            loc = R.choice(LOCALITIES)[0]
            out.append({"code": f"DT-{n:04d}", "familyName": fam, "middleName": mid, "givenName": given,
                        "gender": gender, "birthYear": R.randint(1962, 1995), "position": position, "unit": unit,
                        "category": category, "partyMember": party,
                        "partyCell": (R.choice(["Chi bộ cơ quan Đảng - Đoàn thể", "Chi bộ UBND", "Chi bộ Công an", f"Chi bộ {dict(LOCALITIES)[loc]}"]) if party else ""),
                        "residence": loc, "status": status})
    return out


def name(o):
    return " ".join(p for p in (o["familyName"], o["middleName"], o["givenName"]) if p)


def plans(offs):
    out = []
    titles = [
        ("thuong-xuyen", "doan-giam-sat", "Giám sát việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt năm {y}"),
        ("chuyen-de", "doan-giam-sat", "Giám sát chuyên đề việc thực hiện Quy định 124-QĐ/TW tại {u}"),
        ("chuyen-de", "nghien-cuu-van-ban", "Giám sát việc thực hiện trách nhiệm nêu gương theo Quy định 08-QĐi/TW năm {y}"),
        ("dot-xuat", "phan-anh", "Giám sát đột xuất theo phản ánh của nhân dân về cán bộ {u}"),
        ("thuong-xuyen", "hoi-nghi", "Giám sát qua hội nghị góp ý đảng viên nơi cư trú năm {y}"),
        ("chuyen-de", "phoi-hop", "Phối hợp Ủy ban Kiểm tra Đảng ủy giám sát việc chấp hành quy định về đạo đức công vụ năm {y}"),
    ]
    statuses = ["hoan-thanh"] * 9 + ["da-bao-cao", "dang-giam-sat", "huy"]
    k = 0
    for y in range(2021, 2025):
        for j in range(3):
            k += 1
            ptype, form, title = titles[(k - 1) % len(titles)]
            unit = R.choice(["UBND xã Vị Trung", "Trường THCS Vị Trung", "Trạm Y tế xã Vị Trung", "Công an xã Vị Trung"])
            issued = dt.date(y, 2 + 3 * j, R.randint(3, 25))
            start = issued + dt.timedelta(days=R.randint(10, 30))
            end = start + dt.timedelta(days=R.randint(2, 6))
            status = statuses[(k * 5) % len(statuses)] if y < 2024 else ["hoan-thanh", "dang-giam-sat", "ban-hanh"][j]
            sup = R.sample([o for o in offs if o["category"] != "can-bo-dang-vien"], 4)
            plan = {"code": f"KH-{y}-{j + 1:02d}", "documentNumber": f"{R.randint(10, 240)}/KH-MTTQ-BTT",
                    "issuedOn": day(issued), "title": title.format(y=y, u=unit),
                    "basis": "Quy định 124-QĐ/TW ngày 02/02/2018; Chương trình phối hợp giám sát năm " + str(y),
                    "year": y, "type": ptype, "form": form,
                    "contents": sorted(R.sample(CONTENTS[:4], 2), key=CONTENTS.index),
                    "team": {"decisionNumber": f"{R.randint(10, 240)}/QĐ-MTTQ-BTT", "lead": "Phùng Văn Hậu",
                             "members": [{"name": "Trương Thị Ngọc Hân", "organization": "Hội Liên hiệp Phụ nữ xã"},
                                         {"name": "Lâm Văn Chiến", "organization": "Hội Cựu chiến binh xã"},
                                         {"name": "Mai Thanh Tú", "organization": "Đoàn TNCS Hồ Chí Minh xã"}]},
                    "startOn": day(start), "endOn": day(end), "targetUnits": [unit],
                    "supervised": [{"official": o["code"],
                                    "findings": ("Ưu điểm: " + R.choice(FINDINGS_GOOD) + ". Hạn chế: " + R.choice(FINDINGS_BAD)) if status in ("hoan-thanh", "da-bao-cao") else ""}
                                   for o in sup],
                    "status": status}
            if status in ("hoan-thanh", "da-bao-cao"):
                plan["reportedOn"] = day(end + dt.timedelta(days=R.randint(7, 20)))
            out.append(plan)
    return out


def feedback(offs):
    out = []
    start = dt.date(2021, 1, 4)
    end = dt.date(2026, 11, 16)
    span = (end - start).days
    dates = sorted(start + dt.timedelta(days=R.randint(0, span)) for _ in range(250))
    per_year = {}
    for i, received in enumerate(dates):
        per_year[received.year] = per_year.get(received.year, 0) + 1
        code = f"PA-{received.year}-{per_year[received.year]:04d}"
        channel = CHANNELS[i % len(CHANNELS)] if i < 16 else R.choice(CHANNELS)
        kind = KINDS[i % len(KINDS)] if i < 8 else R.choice(KINDS)
        o = R.choice(offs)
        summary = R.choice(SUMMARIES).format(o=f"ông/bà {name(o)} ({o['position']})")
        if channel == "duong-day-nong" and "đường dây nóng" not in summary:
            summary = "Qua đường dây nóng: " + summary[0].lower() + summary[1:]
        anonymous = channel == "hom-thu" or R.random() < 0.25
        rec = {"code": code, "receivedOn": day(received), "channel": channel, "kind": kind, "anonymous": anonymous}
        if not anonymous:
            g = R.choice(["nam", "nu"])
            fam, mid, given = person(g)
            rec["reporter"] = {"name": f"{fam} {mid} {given}", "address": R.choice(LOCALITIES)[1] + ", xã Vị Trung",
                               "phone": "09" + "".join(str(R.randint(0, 9)) for _ in range(8))}
        rec["officials"] = [o["code"]]
        rec["locality"] = o["residence"]
        rec["content"] = R.choice(CONTENTS)
        rec["summary"] = summary
        rec["notes"] = ""
        due = received + dt.timedelta(days=30)
        rec["dueOn"] = day(due)
        by = R.choice(STAFF)
        hist = [{"status": "tiep-nhan", "on": day(received), "by": by, "note": ""}]
        age = (end - received).days
        if i < 8:
            path = ["tiep-nhan", "xem-xet", "da-chuyen", "co-ket-qua", "da-tra-loi", "khong-co-co-so", "trung-lap", "luu"][i]
        elif age < 45:
            path = R.choice(["tiep-nhan", "xem-xet", "da-chuyen", "co-ket-qua"])
        elif R.random() < 0.06:
            path = R.choice(["tiep-nhan", "xem-xet", "da-chuyen"])  # left behind: overdue
        else:
            path = R.choice(["da-tra-loi"] * 5 + ["co-ket-qua", "khong-co-co-so", "trung-lap", "luu"])
        d = received

        def step(status, **extra):
            nonlocal d
            d = d + dt.timedelta(days=R.randint(1, 6))
            hist.append({"status": status, "on": day(d), "by": R.choice(STAFF), "note": extra.pop("note", ""), **extra})

        forwarded = R.random() < 0.4
        if path == "xem-xet":
            step("xem-xet")
        elif path == "da-chuyen":
            step("da-chuyen", to=R.choice(BODIES))
        elif path in ("co-ket-qua", "da-tra-loi"):
            if forwarded:
                step("da-chuyen", to=R.choice(BODIES))
            else:
                step("xem-xet")
            step("co-ket-qua", note=R.choice(["Đã xác minh, có cơ sở một phần", "Đã kiểm điểm, rút kinh nghiệm", "Đã xử lý theo quy định"]))
            if path == "da-tra-loi":
                step("da-tra-loi", note="Đã trả lời bằng văn bản" if not anonymous else "Đã thông báo tại hội nghị ấp")
        elif path == "khong-co-co-so":
            step("xem-xet")
            step("khong-co-co-so", note="Xác minh không có cơ sở")
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


def recommendations(offs, fbs, pls):
    out = []
    by_code = {o["code"]: o for o in offs}
    resolved = [f for f in fbs if f["history"][-1]["status"] in ("co-ket-qua", "da-tra-loi")]
    measures = ["khong-vi-pham", "nhac-nho", "kiem-diem", "khien-trach", "canh-cao", "cach-chuc", "khai-tru", "buoc-thoi-viec", "khac"]
    weights = [5, 7, 8, 9, 4, 2, 1, 1, 1]
    from_plans = [p for p in pls if p["status"] in ("hoan-thanh", "da-bao-cao")]
    sources = R.sample(resolved, 40 - len(from_plans)) + from_plans
    sources.sort(key=lambda s: s.get("receivedOn") or s.get("startOn"))
    per_year = {}
    for i, src in enumerate(sources):
        if "receivedOn" in src:
            base = dt.date.fromisoformat(src["history"][-1]["on"])
            official = src["officials"][0]
        else:
            base = dt.date.fromisoformat(src["reportedOn"])
            official = src["supervised"][0]["official"]
        sent = base + dt.timedelta(days=R.randint(2, 12))
        per_year[sent.year] = per_year.get(sent.year, 0) + 1
        rec = {"code": f"KN-{sent.year}-{per_year[sent.year]:04d}", "source": src["code"],
               "to": R.choice(["Ban Thường vụ Đảng ủy xã", "Ủy ban Kiểm tra Đảng ủy xã", "UBND xã Vị Trung", "Ủy ban Kiểm tra Huyện ủy Vị Thủy"]),
               "sentOn": day(sent),
               "content": f"Đề nghị xem xét, làm rõ và xử lý trách nhiệm của {name(by_code[official])} theo quy định",
               "response": "cho-tra-loi"}
        if i < 36:
            rec["response"] = R.choice(["da-tra-loi", "da-khac-phuc"])
            measure = measures[i] if i < len(measures) else R.choices(measures, weights)[0]
            rec["outcome"] = {"official": official, "measure": measure,
                              "decidedOn": day(sent + dt.timedelta(days=R.randint(15, 60))),
                              "decidedBy": R.choice(["Ủy ban Kiểm tra Đảng ủy xã", "Ban Thường vụ Đảng ủy xã", "Ủy ban Kiểm tra Huyện ủy Vị Thủy", "Chủ tịch UBND xã"])}
        out.append(rec)
    out.sort(key=lambda r: r["code"])
    return out


def reviews(offs):
    out = []
    members = [o for o in offs if o["partyMember"]]
    for y in range(2021, 2026):
        for o in members:
            if R.random() < 0.85:
                a = R.choices(["tot", "co-han-che", "khong-y-kien"], [80, 8, 12])[0]
                out.append({"year": y, "locality": o["residence"], "official": o["code"], "assessment": a,
                            "opinions": {"tot": "Gương mẫu, tham gia tốt các phong trào ở ấp",
                                         "co-han-che": "Ít tham gia sinh hoạt, họp tổ nhân dân",
                                         "khong-y-kien": ""}[a]})
    return out


def main():
    offs = officials()
    pls = plans(offs)
    fbs = feedback(offs)
    bundle = {"format": "giamsat-bundle", "version": 1, "commune": COMMUNE,
              "localities": [{"code": c, "name": n, "kind": "ap"} for c, n in LOCALITIES],
              "officials": offs, "plans": pls, "feedback": fbs,
              "recommendations": recommendations(offs, fbs, pls), "residenceReviews": reviews(offs)}
    path = sys.argv[1] if len(sys.argv) > 1 else "sample-data/vi-trung-2021-2026.json"
    with open(path, "w", encoding="utf-8") as f:
        json.dump(bundle, f, ensure_ascii=False, indent=2)
        f.write("\n")


main()
