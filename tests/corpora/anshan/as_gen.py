"""铁东区·大孤山街道 corpus: world, writers and files (one module)."""
import csv
import datetime
import io
import os
import random
import re
import zipfile

import openpyxl
import xlsxwriter
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 4, 2, 8, 30, 0)
COMM = [("210302015001", "白楼社区", "白楼"), ("210302015002", "东红楼社区", "东红楼"),
        ("210302015003", "西红楼社区", "西红楼"), ("210302015004", "十中社区", "十中"),
        ("210302015005", "高山社区", "高山"), ("210302015006", "千医社区", "千医"),
        ("210302015007", "上石桥社区", "上石桥"), ("210302015011", "温泉社区", "温泉")]
MONTHS = ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]
CN = {1: "一", 2: "二", 3: "三", 10: "十", 11: "十一", 12: "十二"}
CAP = {1: "壹", 2: "贰", 3: "叁", 10: "拾", 11: "拾壹", 12: "拾贰"}
A_IND = ["dibao_households", "dibao_persons", "dibao_payout_yuan", "people_assisted", "goods_distributed"]
B_IND = ["patrol_members", "informants", "security_cases", "disputes_mediated"]
C_IND = ["households", "residents", "party_members", "volunteers", "volunteer_person_times", "cultural_activities"]


class Rec:
    def __init__(self):
        self.cells, self.ignore, self.bad, self.files = [], [], [], []

    def t(self, code, per, ind, val, f, sheet, cell, raw, role="primary"):
        self.cells.append(dict(key=(code, per, ind), value=val, file=f, sheet=sheet, cell=cell, raw=str(raw), role=role))

    def ig(self, code, per, ind, f, sheet, cell, raw):
        self.ignore.append(dict(key=(code, per, ind), file=f, sheet=sheet, cell=cell, raw=str(raw)))


R = Rec()


def ref(r, c):
    s, c = "", c + 1
    while c:
        c, m = divmod(c - 1, 26)
        s = chr(65 + m) + s
    return f"{s}{r + 1}"


def world():
    rng = random.Random(20260215)
    V = {}
    for code, _, _ in COMM:
        hh = rng.randint(1800, 4200)
        res = int(hh * rng.uniform(2.1, 2.6))
        dh = rng.randint(18, 70)
        pm = rng.randint(120, 420)
        vol = rng.randint(300, 900)
        pat, inf = rng.randint(20, 60), rng.randint(8, 30)
        for i, p in enumerate(MONTHS):
            hh += rng.randint(-6, 8); res += rng.randint(-15, 20); dh += rng.choice([-1, 0, 0, 1])
            pm += rng.choice([0, 0, 1, 2]); vol += rng.randint(0, 12)
            winter = p[5:] in ("12", "01", "02")
            dp = int(dh * rng.uniform(1.4, 1.9))
            v = dict(dibao_households=dh, dibao_persons=dp, dibao_payout_yuan=dp * rng.choice([763, 763, 780]),
                     people_assisted=rng.randint(10, 60) + (30 if winter else 0),
                     goods_distributed=rng.randint(20, 90) + (120 if p == "2026-01" else 0),
                     patrol_members=pat + (8 if winter else 0), informants=inf,
                     security_cases=rng.randint(0, 6), disputes_mediated=rng.randint(2, 18),
                     households=hh, residents=res, party_members=pm, volunteers=vol,
                     volunteer_person_times=rng.randint(150, 600) + (300 if p == "2026-03" else 0),
                     cultural_activities=rng.randint(2, 9) + (4 if p == "2026-02" else 0))
            for k, x in v.items():
                V[(code, p, k)] = x
    return V


# ---------------------------------------------------------------- writers (grid -> file)
def fix_zip(path):
    """Rewrite a zip container with pinned member dates and pinned document dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    stamp = b"2026-04-02T08:30:00Z"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for info, data in items:
            if info.filename.endswith(".xml"):
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
                data = re.sub(rb"(<(?:meta:creation-date|dc:date)>)[^<]*", rb"\g<1>" + stamp[:-1], data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 4, 2, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def write_book(rel, sheets, writer, merges=None):
    """sheets: list of (name, grid) ; grid: list of rows (values None/str/int/float)."""
    path = os.path.join(HERE, rel)
    merges = merges or {}
    if writer == "openpyxl":
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for name, g in sheets:
            ws = wb.create_sheet(name)
            for r, row in enumerate(g):
                for c, v in enumerate(row):
                    if v is not None and v != "":
                        ws.cell(r + 1, c + 1, v)
            for m in merges.get(name, []):
                ws.merge_cells(m)
        wb.properties.creator = "dgs"
        wb.properties.created = FIXED
        wb.properties.modified = FIXED
        wb.save(path)
        fix_zip(path)
    elif writer == "xlsxwriter":
        wb = xlsxwriter.Workbook(path)
        wb.set_properties({"created": FIXED, "author": "社区"})
        for name, g in sheets:
            ws = wb.add_worksheet(name)
            for r, row in enumerate(g):
                for c, v in enumerate(row):
                    if v is not None and v != "":
                        ws.write(r, c, v)
            for m in merges.get(name, []):
                a, b = m.split(":")
                first = g[int(re.sub(r"\D", "", a)) - 1][ord(a[0]) - 65]
                ws.merge_range(m, first)
        wb.close()
        fix_zip(path)
    elif writer == "xlwt":
        wb = xlwt.Workbook(encoding="utf-8")
        for name, g in sheets:
            ws = wb.add_sheet(name)
            for r, row in enumerate(g):
                for c, v in enumerate(row):
                    if v is not None and v != "":
                        ws.write(r, c, v)
        wb.save(path)
    elif writer == "odfpy":
        doc = OpenDocumentSpreadsheet()
        for name, g in sheets:
            t = Table(name=name)
            for row in g:
                tr = TableRow()
                for v in row:
                    if v is None or v == "":
                        tc = TableCell()
                    elif isinstance(v, (int, float)):
                        tc = TableCell(valuetype="float", value=v)
                        tc.addElement(P(text=str(v)))
                    else:
                        tc = TableCell(valuetype="string")
                        tc.addElement(P(text=str(v)))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.spreadsheet.addElement(t)
        doc.save(path)
        fix_zip(path)


def write_csv(rel, g, enc):
    s = io.StringIO()
    csv.writer(s, lineterminator="\r\n").writerows([["" if v is None else v for v in row] for row in g])
    data = s.getvalue()
    b = data.encode("gbk") if enc == "gbk" else (b"\xef\xbb\xbf" if enc == "utf-8-sig" else b"") + data.encode("utf-8")
    with open(os.path.join(HERE, rel), "wb") as f:
        f.write(b)


def addf(rel, fmt, writer, features):
    R.files.append(dict(file=rel, format=fmt, writer=writer, features=features))


def ym(p):
    return int(p[:4]), int(p[5:])


# ---------------------------------------------------------------- A: 民政科 monthly, communities across columns
def file_a(V, p, batch="batch1", fix=None):
    y, m = ym(p)
    xls = m <= 3
    corr = fix is not None
    ext = "xls" if xls else "xlsx"
    name = (f"大孤山街道民政科{y}年{m}月低保及困难群众帮扶情况" + ("（更正版）" if corr else "") + f".{ext}")
    rel = f"{batch}/{name}"
    sheet = f"{m}月份"
    g = [[f"大孤山街道{y}年{CN[m]}月份城市低保及困难群众帮扶统计" + ("（更正，以此为准）" if corr else "")],
         ["填报科室：民政科（社会事务办）", None, None, None, None, "单位见各行"],
         ["项  目"] + [c[2] for c in COMM] + ["全街合计"]]
    labels = [("dibao_households", "低保户（户）"), ("dibao_persons", "低保人口（人）"),
              ("dibao_payout_yuan", "低保金（万元）" if xls else "低保金发放（元）"),
              ("people_assisted", "帮扶困难群众（人）"), ("goods_distributed", "发放米面油等慰问物资（件）")]
    for ind, lab in labels:
        row = [lab]
        tot = 0
        for j, (code, _, _) in enumerate(COMM):
            v = V[(code, p, ind)]
            if fix and (code, ind) in fix:
                v = fix[(code, ind)]
            tot += v
            shown = round(v / 10000, 4) if (xls and ind == "dibao_payout_yuan") else v
            row.append(shown)
            R.t(code, p, ind, v, rel, sheet, ref(len(g), j + 1), shown, "correction" if corr else "primary")
        row.append(round(tot / 10000, 4) if (xls and ind == "dibao_payout_yuan") else tot)
        g.append(row)
    g.append(["备注：1.低保标准按鞍山市城市低保标准执行；2.春节前（腊月）走访慰问困难职工家属含鞍钢下岗职工；"
              "3.合计栏不含村（大孤山村等村委会另报）。"])
    g.append([None, None, None, None, None, None, "制表：", "审核：", f"{y}.{m}.28"])
    write_book(rel, [(sheet, g)], "xlwt" if xls else "openpyxl", {sheet: ["A1:J1"]} if not xls else None)
    addf(rel, ext, "xlwt" if xls else "openpyxl",
         "street_file;communities_across_columns;short_names;unit_in_row_label;total_column;footnote_row"
         + (";wanyuan_four_decimals" if xls else "") + (";correction_title" if corr else ""))
    return rel, sheet, g


# ---------------------------------------------------------------- B: 综治办 CSV/ODS, two blocks (本月 + 上月)
def file_b(V, p, k):
    y, m = ym(p)
    fmt = ["gbk", "utf-8-sig", "utf-8", "ods", "gbk", "utf-8"][k]
    ext = "ods" if fmt == "ods" else "csv"
    rel = f"batch1/大孤山街道综治办平安建设{y}年{CAP[m]}月份报表.{ext}"
    prev = MONTHS[k - 1] if k else None
    g = [[f"大孤山街道平安建设工作月报（{''.join('〇一二三四五六七八九'[int(d)] for d in str(y))}年{CAP[m]}月份）"],
         ["社区", "巡逻队（人）", "平安信息员（人）", "治安案件（起）", "调处纠纷（起）", "上月调处纠纷（起）", "备注"]]
    notes = {0: "含鞍钢保卫部联防", 3: "冬季供暖期加强夜巡", 6: "与上石桥村联防不重复统计"}
    names = [c[2] + ("社区" if i % 2 else "") for i, c in enumerate(COMM)]
    if k == 2:
        names[2] = "西洪楼"   # a clerk's typo for 西红楼
    for i, (code, _, _) in enumerate(COMM):
        r = len(g)
        row = [names[i]]
        for j, ind in enumerate(B_IND):
            v = V[(code, p, ind)]
            raw = f"{v}起" if (ind == "security_cases" and v == 0) else v
            if ind == "security_cases" and v == 0:
                raw = "0"
            row.append(raw)
            R.t(code, p, ind, v, rel, "平安建设" if ext == "ods" else "", ref(r, j + 1), raw)
        if prev:
            pv = V[(code, prev, "disputes_mediated")]
            row.append(pv)
            R.t(code, prev, "disputes_mediated", pv, rel, "平安建设" if ext == "ods" else "", ref(r, 5), pv, "duplicate")
        else:
            row.append("—")
        row.append(notes.get(i, ""))
        g.append(row)
    g.append(["说明：上月数为上报后核减数，以本月表为准。报送人：综治办"])
    if ext == "ods":
        write_book(rel, [("平安建设", g)], "odfpy")
        w = "odfpy"
    else:
        write_csv(rel, g, fmt)
        w = "csv-" + fmt
    addf(rel, ext, w, "street_file;capital_numeral_month;chinese_numeral_year;last_month_column;remarks_column;mixed_short_names"
         + (";typo_community_name" if k == 2 else ""))


# ---------------------------------------------------------------- C: community files, months down the rows
def file_c(V, i, months, batch="batch1", fix=None):
    code, full, short = COMM[i]
    y0, m0 = ym(months[0]); y1, m1 = ym(months[-1])
    corr = fix is not None
    rel = f"{batch}/{full}{y0}年{m0}月-{y1}年{m1}月工作台账" + ("（更正）" if corr else "")
    writer = ["xlsxwriter", "xlsxwriter", "openpyxl", "odfpy"][i % 4]
    ext = "ods" if writer == "odfpy" else "xlsx"
    rel += "." + ext
    sheet = "台账"
    heads = ["月份", "常住户数", "常住人口", "党员", "注册志愿者（雷锋号）", "志愿服务人次", "志愿服务累计人次",
             "文体活动（大秧歌·冰雪）场次"]
    g = [[f"鞍山市铁东区大孤山街道{full}工作台账（{y0}年{m0}月—{y1}年{m1}月）" + ("更正" if corr else "")],
         ["单位：户、人、人次、场"], heads]
    cum = 0
    pend = []
    for p in months:
        y, m = ym(p)
        r = len(g)
        lab = f"{y}年{m}月" if (m == 1 or p == months[0]) else f"{m}月"
        if i == 1:
            lab = float(f"{y}.{m}")   # typed 2025.10 → Excel keeps 2025.1 (October!)
        row = [lab]
        for j, ind in enumerate(C_IND):
            v = V[(code, p, ind)]
            if fix and (p, ind) in fix:
                v = fix[(p, ind)]
            col = j + 1 if j < 5 else 7
            raw = v
            if ind == "party_members" and i % 2 == 0:
                raw = f"{v}名"
            if ind == "volunteers" and i == 4:
                raw = f"{v}人（郭明义爱心团队）"
            row.append(raw)
            pend.append(("t", code, p, ind, v, r, col, raw))
            if ind == "volunteer_person_times":
                cum += v
                row.append(cum)
                pend.append(("i", code, p, ind, cum, r, 6, cum))
        g.append(row)
    tr = i == 2   # 西红楼 turns the table: months across, items down
    if tr:
        body = g[2:]
        g = g[:2] + [[body[r][c] if c < len(body[r]) else None for r in range(len(body))] for c in range(len(heads))]
    for kind, code_, p, ind, v, r, col, raw in pend:
        rr, cc = (col + 2, r - 2) if tr else (r, col)
        if kind == "t":
            R.t(code_, p, ind, v, rel, sheet, ref(rr, cc), raw, "correction" if corr else "primary")
        else:
            R.ig(code_, p, ind, rel, sheet, ref(rr, cc), raw)
    g.append(["备注：户数、人口以当月末网格员入户核实为准；志愿服务累计人次自台账起始月起算。"])
    g.append(["社区书记：", None, None, "填表人：", None, "联系电话：0412-"])
    write_book(rel, [(sheet, g)], writer, {sheet: ["A1:H1"]} if writer != "odfpy" else None)
    addf(rel, ext, writer, "community_file;months_down_rows;year_only_on_first_and_january;cumulative_column;"
         "unit_line_all_units;brand_in_header" + (";text_numbers_ming" if i % 2 == 0 else "")
         + (";brand_in_cell" if i == 4 else "") + (";month_as_decimal_2025_1_is_october" if i == 1 else "")
         + (";transposed_months_across" if i == 2 else "") + (";correction_title" if corr else ""))


def bad_files():
    # empty workbook
    rel = "batch1/高山社区2026年2月报表.xlsx"
    wb = openpyxl.Workbook(); wb.active.title = "Sheet1"
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    wb.save(os.path.join(HERE, rel)); fix_zip(os.path.join(HERE, rel))
    R.bad.append(dict(file=rel, why="an empty workbook (one blank Sheet1): nothing to load; must be reported"))
    # notes only, no table
    rel = "batch1/千医社区2026年1月工作小结.xlsx"
    write_book(rel, [("小结", [["千医社区2026年1月工作小结"], ["本月开展送温暖、冬季供暖入户巡查，情况良好。"],
                              ["下月计划：元宵节（正月十五）灯会志愿服务。"]])], "openpyxl")
    R.bad.append(dict(file=rel, why="prose only, no table and no figures: must be refused or reported"))
    # another city's 白楼社区 (包头市东河区, 150302007003)
    rel = "batch1/白楼社区2025年12月工作月报（东河区）.csv"
    write_csv(rel, [["内蒙古包头市东河区白楼社区2025年12月工作月报"], ["项目", "数值"], ["常住户数", 2310],
                    ["常住人口", 5402], ["注册志愿者", 366]], "utf-8-sig")
    R.bad.append(dict(file=rel, why="白楼社区 of 包头市东河区 (150302007003), not 鞍山 铁东区: outside the district; must be refused"))
    # lock file
    rel = "batch1/~$温泉社区2026年3月报表.xlsx"
    with open(os.path.join(HERE, rel), "wb") as f:
        f.write(b"\x05dgs  " + bytes(159))
    R.bad.append(dict(file=rel, why="a 165-byte Excel/WPS owner lock file, not a spreadsheet"))
    for b in R.bad:
        addf(b["file"], b["file"].rsplit(".", 1)[1], "bad", "bad_file")


def build():
    V = world()
    for k, p in enumerate(MONTHS):
        if p == "2025-12":
            continue
        file_a(V, p)
    a_rel, a_sheet, _ = file_a(V, "2025-12")
    for k, p in enumerate(MONTHS):
        file_b(V, p, k)
    for i in range(8):
        if i < 4:
            file_c(V, i, MONTHS)
        else:
            file_c(V, i, MONTHS[:3]); file_c(V, i, MONTHS[3:])
    bad_files()
    # corrections
    fa = {("210302015003", "dibao_households"): V[("210302015003", "2025-12", "dibao_households")] + 2,
          ("210302015006", "people_assisted"): V[("210302015006", "2025-12", "people_assisted")] + 11}
    file_a(V, "2025-12", "batch2", fa)
    fc = {("2026-02", "volunteer_person_times"): V[("210302015001", "2026-02", "volunteer_person_times")] - 40}
    file_c(V, 0, MONTHS, "batch2", fc)
    for (code, ind), v in fa.items():
        V[(code, "2025-12", ind)] = v
    for (p, ind), v in fc.items():
        V[("210302015001", p, ind)] = v
    # batch1 cells superseded by batch2 corrections
    ck = {t["key"] for t in R.cells if t["role"] == "correction"}
    for t in R.cells:
        if t["role"] == "primary" and t["key"] in ck:
            t["role"] = "superseded"
    return V
