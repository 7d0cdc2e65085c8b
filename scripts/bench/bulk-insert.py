#!/usr/bin/env python3
"""The floor for `import` in `make bench`: the same rows, search text and audit rows that the app
writes for a bundle, bulk-inserted by Python's sqlite3 module (executemany, one transaction) into a
database that `giamsat-tui init` created. No checks, no upserts: what a bare loader costs.

usage: bulk-insert.py BUNDLE.json DATABASE
"""
import datetime
import json
import re
import sqlite3
import sys
import unicodedata

EPOCH = datetime.date(1970, 1, 1)


def fold(text):
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if not 0x300 <= ord(c) <= 0x36F)
    return kept.replace("đ", "d").replace("Đ", "D").lower()


def tokens(text):
    return " ".join(t for t in re.split(r"[^\w]+", fold(text)) if t)


def main(bundle_path, database_path):
    with open(bundle_path, encoding="utf-8") as f:
        bundle = json.load(f)
    db = sqlite3.connect(database_path)
    db.execute("PRAGMA foreign_keys = ON")
    now = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
    with db:
        db.executemany("INSERT INTO locality(code, name, kind, sort_key) VALUES (?, ?, ?, ?)",
                       ((l["code"], l["name"], l["kind"], fold(l["name"])) for l in bundle["localities"]))
        officials = bundle["officials"]
        names = {}
        rows = []
        for o in officials:
            names[o["code"]] = " ".join(n for n in (o["familyName"], o["middleName"], o["givenName"]) if n)
            rows.append((o["code"], o["familyName"], o["middleName"], o["givenName"], o.get("gender"), o.get("birthYear"),
                         o["position"], o["unit"], o["category"], o["partyMember"], o["partyCell"], o.get("residence"),
                         o["status"], fold(f'{o["givenName"]} {o["middleName"]} {o["familyName"]}')))
        db.executemany("""INSERT INTO official(code, family_name, middle_name, given_name, gender, birth_year, position, unit,
                          category, party_member, party_cell, residence, status, sort_key)
                          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows)
        db.executemany("INSERT INTO official_search(rowid, text) SELECT id, ? FROM official WHERE code = ?",
                       ((tokens(f'{o["code"]} {names[o["code"]]} {o["position"]} {o["unit"]} {o["partyCell"]}'), o["code"])
                        for o in officials))
        localities = {l["code"]: l["name"] for l in bundle["localities"]}
        feedback, links, steps, search = [], [], [], []
        for number, f in enumerate(bundle["feedback"], start=1):
            received = datetime.date.fromisoformat(f["receivedOn"])
            recency = ((received - EPOCH).days << 32) | number
            history = f["history"]
            status = history[-1]["status"]
            feedback.append((number, f["code"], f["receivedOn"], f["channel"], f["kind"], f["anonymous"], f.get("locality"),
                             f.get("content"), f["summary"], f["notes"], f["dueOn"], status,
                             status in ("tiep-nhan", "xem-xet", "da-chuyen"), history[-1]["on"], recency,
                             ", ".join(names.get(o, o) for o in f["officials"])))
            links += [(f["code"], i, o) for i, o in enumerate(f["officials"])]
            steps += [(f["code"], i, h["status"], h["on"], h["by"], h["note"], h.get("to", "")) for i, h in enumerate(history)]
            text = " ".join([f["code"], f["summary"]] + [names.get(o, "") for o in f["officials"]] + [localities.get(f.get("locality"), "")])
            search.append((recency, tokens(text)))
        db.executemany("""INSERT INTO feedback(id, code, received_on, channel, kind, anonymous, locality, content, summary, notes,
                          due_on, status, is_open, status_on, recency, official_names)
                          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", feedback)
        db.executemany("INSERT INTO feedback_official(feedback, position, official) VALUES (?, ?, ?)", links)
        db.executemany("""INSERT INTO feedback_history(feedback, seq, status, on_date, by, note, to_body)
                          VALUES (?, ?, ?, ?, ?, ?, ?)""", steps)
        db.executemany("INSERT INTO feedback_search(rowid, text) VALUES (?, ?)", search)
        db.executemany("INSERT INTO audit(at, by, entity, code, field, old, new) VALUES (?, 'bench', ?, ?, 'created', '', '')",
                       [(now, "official", o["code"]) for o in officials] + [(now, "feedback", f["code"]) for f in bundle["feedback"]])
    db.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
