#!/usr/bin/env python3
"""Writes an XLSX of N information systems in Khiên's import layout, owned by the demo province's
agencies, the way a province's inventory spreadsheet looks (Vietnamese names, a mix of types and
levels, some with approved levels and decisions). Usage: generate_systems.py N out.xlsx [prefix]"""
import random
import sys

from openpyxl import Workbook

OWNERS = [f"H57.{i:02d}" for i in range(1, 20)] + [f"H57.P{i:02d}" for i in range(1, 22)] \
    + [f"H57.X{i:02d}" for i in range(1, 20)]
KINDS = ["Cổng thông tin điện tử", "Hệ thống quản lý văn bản", "Phần mềm một cửa điện tử",
         "Hệ thống thư điện tử", "Cơ sở dữ liệu chuyên ngành", "Hệ thống camera giám sát",
         "Phần mềm kế toán", "Hệ thống hội nghị truyền hình", "Mạng nội bộ (LAN)", "Cổng dịch vụ công"]
TYPES = ["Phục vụ hoạt động nội bộ", "Phục vụ người dân, doanh nghiệp", "Hạ tầng dùng chung",
         "Điều khiển công nghiệp", "Loại khác"]
HEADERS = ["code", "name", "ownerCode", "operatorCode", "type", "eGovernment", "publicServiceLevel",
           "personalDataSubjects", "proposedLevel", "approvedLevel", "decisionNumber", "decisionDate",
           "approverCode", "status"]


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    prefix = sys.argv[3] if len(sys.argv) > 3 else "BENCH"
    rnd = random.Random(2026)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Hệ thống thông tin")
    ws.append(HEADERS)
    for i in range(count):
        owner = rnd.choice(OWNERS)
        level = rnd.choice([1, 2, 2, 3, 3, 4])
        approved = level if rnd.random() < 0.6 else None
        ws.append([
            f"{prefix}.{i:05d}", f"{rnd.choice(KINDS)} số {i + 1} của {owner}", owner, None,
            rnd.choice(TYPES), "Có" if rnd.random() < 0.5 else "Không",
            rnd.choice([None, 2, 3, 4]), rnd.choice([None, 500, 12000, 250000]), level,
            approved, f"{100 + i}/QĐ-UBND" if approved else None,
            f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/2025" if approved else None,
            "H57" if approved else None, "Đang vận hành",
        ])
    wb.save(out)


if __name__ == "__main__":
    main()
