"""World, recorder and all files of the 路北区·文化路街道 corpus."""
import random

from ts_io import Sheet, ref, save

COMM = [("130203002001", "富强楼"), ("130203002002", "山西南里"), ("130203002003", "山西北里"),
        ("130203002004", "北新里"), ("130203002005", "煤医里"), ("130203002007", "新华里"),
        ("130203002008", "华岩南里"), ("130203002009", "华岩东里"), ("130203002010", "煤研分院"),
        ("130203002011", "曙光楼"), ("130203002013", "华岩联合"), ("130203002016", "健康楼"),
        ("130203002017", "文化楼"), ("130203002018", "机场路南楼"), ("130203002019", "馨秀园"),
        ("130203002020", "紫金广场"), ("130203002021", "逸翠园")]
# clerk variants: short, old / typo names a careful reader can still resolve with the registry
VARIANT = {"华岩南里": "华岩南", "华岩东里": "华岩东", "山西南里": "山西南", "山西北里": "山西北里小区",
           "煤研分院": "煤研院", "机场路南楼": "机场南楼", "紫金广场": "紫金", "华岩联合": "华联",
           "逸翠园": "逸翠圆", "馨秀园": "馨秀苑", "富强楼": "富强", "健康楼": "健康", "文化楼": "文化楼"}
MONTHS = ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]
CN = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    """financial capitals for an integer of yuan < 1e6: 壹万贰仟叁佰元整"""
    out, units, zero = "", [(100000, "拾"), (10000, "万"), (1000, "仟"), (100, "佰"), (10, "拾"), (1, "")], False
    if n >= 100000:
        out += CN[n // 100000] + "拾"
        n %= 100000
        if n < 10000:
            out += "万"
    for u, name in units[1:]:
        d = n // u
        n %= u
        if d:
            if zero and out:
                out += "零"
            out += CN[d] + name
            zero = False
        elif out:
            zero = True
    return "人民币" + out + "元整"


class Rec:
    def __init__(self):
        self.cells, self.ignore, self.bad, self.files = [], [], [], []

    def t(self, key, value, file, sheet, cell, raw, role="primary"):
        self.cells.append(dict(key=key, value=value, file=file, sheet=sheet, cell=cell, raw=str(raw), role=role))

    def ig(self, key, file, sheet, cell, raw):
        self.ignore.append(dict(key=key, file=file, sheet=sheet, cell=cell, raw=str(raw)))


REC = Rec()


class World:
    def __init__(self):
        R = random.Random(19760728)
        self.v = {}
        for code, name in COMM:
            hh = R.randint(14, 40) * 5
            pp = hh + R.randint(8, 30)
            pat, vol, pm = R.randint(12, 30), R.randint(180, 520), R.randint(90, 260)
            for i, m in enumerate(MONTHS):
                k = lambda ind: (code, m, ind)  # noqa: E731
                if i and R.random() < 0.4:
                    hh += R.choice([-2, -1, 1, 2])
                    pp += R.choice([-3, -1, 1, 2, 3])
                self.v[k("dibao_households")] = hh // 5
                self.v[k("dibao_persons")] = pp // 5 + hh // 5
                self.v[k("dibao_payout_yuan")] = (pp // 5 + hh // 5) * R.choice([700, 720, 760, 800])
                jc = R.randint(2, 14)
                self.v[k("jobs_created")] = jc
                self.v[k("public_welfare_jobs")] = R.randint(0, min(3, jc))
                self.v[k("people_employed")] = R.randint(1, 12)
                self.v[k("micro_loans_yuan")] = R.choice([0, 0, 100000, 150000, 200000, 300000, 0, 50000])
                pat += R.choice([0, 0, 1, -1])
                self.v[k("patrol_members")] = pat
                self.v[k("security_cases")] = R.choice([0, 0, 1, 0, 2, 1, 0])
                self.v[k("petitions_received")] = pr = R.randint(6, 40)
                self.v[k("petitions_resolved")] = pr - R.randint(0, 4)
                self.v[k("disputes_mediated")] = R.randint(0, 6)
                self.v[k("cultural_activities")] = R.randint(2, 9)
                vol += R.randint(0, 9)
                self.v[k("volunteers")] = vol
                self.v[k("volunteer_person_times")] = R.randint(40, 300)
                self.v[k("party_members")] = pm
        self.R = R
        self.old = {}


def ym(m):
    y, mm = m.split("-")
    return int(y), int(mm)


def prev(m):
    return MONTHS[MONTHS.index(m) - 1] if MONTHS.index(m) else None


MZ = ["dibao_households", "dibao_persons", "dibao_payout_yuan"]
JY = ["jobs_created", "public_welfare_jobs", "people_employed", "micro_loans_yuan"]
PA = ["patrol_members", "security_cases"]


def minzheng(W):
    """7 monthly 民政 files of the street's 社会事务办, each in another clerk's habit."""
    styles = ["openpyxl", "xlwt", "odfpy", "csv-gbk", "xlsxwriter", "csv-bom", "openpyxl"]
    for i, m in enumerate(MONTHS):
        y, mm = ym(m)
        fmt = styles[i]
        ext = {"openpyxl": "xlsx", "xlsxwriter": "xlsx", "xlwt": "xls", "odfpy": "ods"}.get(fmt, "csv")
        rel = f"batch1/文化路街道社会事务办{y}年{mm}月城市低保月报.{ext}"
        sh = Sheet(f"{mm}月低保" if ext != "csv" else "csv")
        feat = ["street_file"]
        if i == 0:   # period as a 26→25 statistical cycle in the title
            sh.merge(0, 0, 0, 4, f"文化路街道城市低保动态管理月报（统计周期：{y}年{mm - 1}月26日—{mm}月25日）")
            sh.row(1, 0, ["序号", "社区名称", "保障户数（户）", "保障人口（人）", "发放保障金（元）"])
            for j, (code, name) in enumerate(COMM):
                sh.row(2 + j, 0, [j + 1, name + "社区居委会"])
                for c, ind in enumerate(MZ):
                    REC.t((code, m, ind), W.v[(code, m, ind)], rel, sh.name, sh.put(2 + j, 2 + c, W.v[(code, m, ind)]), W.v[(code, m, ind)])
            feat += ["stat_cycle_26_to_25_title", "names_full_jwh"]
        elif i == 1:  # communities across, short names, the three indicators down
            sh.put(0, 0, f"{y}年{mm}月 低保情况（社区横排）")
            sh.row(1, 0, ["项目＼社区"] + [n for _, n in COMM])
            labels = ["在保户", "在保人", "保障金(元)"]
            for c, ind in enumerate(MZ):
                sh.put(2 + c, 0, labels[c])
                for j, (code, name) in enumerate(COMM):
                    v = W.v[(code, m, ind)]
                    REC.t((code, m, ind), v, rel, sh.name, sh.put(2 + c, 1 + j, v), v)
            feat += ["transposed_communities_across", "names_short_corner_backslash"]
        elif i == 2:  # payout written only in financial capitals 大写
            sh.put(0, 0, f"城市低保金发放花名汇总  {y}年{mm}月")
            sh.row(1, 0, ["社区", "户数", "人数", "发放金额（大写）"])
            for j, (code, name) in enumerate(COMM):
                sh.put(2 + j, 0, VARIANT.get(name, name))
                for c, ind in enumerate(MZ):
                    v = W.v[(code, m, ind)]
                    raw = daxie(v) if ind == "dibao_payout_yuan" else v
                    REC.t((code, m, ind), v, rel, sh.name, sh.put(2 + j, 1 + c, raw), raw)
            feat += ["amount_in_financial_capitals_daxie", "names_variant_typos"]
        elif i == 3:  # payout in 千元 with one decimal, GBK CSV
            sh.put(0, 0, f"文化路街道{y}年{mm}月低保数据（金额单位：千元）")
            sh.row(1, 0, ["社区", "低保户数", "低保人数", "低保金"])
            for j, (code, name) in enumerate(COMM):
                sh.put(2 + j, 0, name)
                for c, ind in enumerate(MZ):
                    v = W.v[(code, m, ind)]
                    raw = f"{v / 1000:.2f}".rstrip("0").rstrip(".") if ind == "dibao_payout_yuan" else v
                    REC.t((code, m, ind), v, rel, sh.name, ref(2 + j, 1 + c), raw)
                    sh.put(2 + j, 1 + c, raw)
            feat += ["values_qianyuan_thousand_yuan_in_title", "csv_gbk"]
        elif i == 4:  # table floated at F8, a 说明 block on the left
            sh.put(1, 0, f"{y}年{mm}月（腊月前）低保月报")
            sh.row(3, 0, ["说明：", "1.春节前一次性生活补贴另表报送，不含在本表"])
            sh.put(4, 1, "2.采暖季临时救助不计入保障金")
            sh.row(7, 5, ["社区", "户", "人", "元"])
            for j, (code, name) in enumerate(COMM):
                sh.put(8 + j, 5, name + "社区")
                for c, ind in enumerate(MZ):
                    v = W.v[(code, m, ind)]
                    REC.t((code, m, ind), v, rel, sh.name, sh.put(8 + j, 6 + c, v), v)
            sh.row(8 + len(COMM), 5, ["合计", sum(W.v[(c, m, MZ[0])] for c, _ in COMM),
                                      sum(W.v[(c, m, MZ[1])] for c, _ in COMM), sum(W.v[(c, m, MZ[2])] for c, _ in COMM)])
            feat += ["table_floated_F8", "notes_block_left", "units_only_as_header", "total_row"]
        elif i == 5:  # long format, month written 26.2
            sh.row(0, 0, ["月份", "社区", "指标", "数值"])
            r = 1
            lab = {"dibao_households": "低保户数(户)", "dibao_persons": "低保人数(人)", "dibao_payout_yuan": "低保金(元)"}
            for code, name in COMM:
                for ind in MZ:
                    v = W.v[(code, m, ind)]
                    sh.row(r, 0, [f"{y % 100}.{mm}", name])
                    sh.put(r, 2, lab[ind])
                    REC.t((code, m, ind), v, rel, sh.name, sh.put(r, 3, v), v)
                    r += 1
            feat += ["long_format", "month_written_yy_dot_m", "csv_utf8_bom"]
        else:  # communities by code suffix + short name
            sh.put(0, 0, f"低保月报 {y}.{mm:02d}")
            sh.row(1, 0, ["社区编号", "社区", "户数", "人数", "金额(元)"])
            for j, (code, name) in enumerate(COMM):
                sh.row(2 + j, 0, [code[-3:], VARIANT.get(name, name)])
                for c, ind in enumerate(MZ):
                    v = W.v[(code, m, ind)]
                    REC.t((code, m, ind), v, rel, sh.name, sh.put(2 + j, 2 + c, v), v)
            feat += ["community_code_suffix_column", "names_variant_typos", "period_yyyy_dot_mm"]
        save(rel, fmt, [sh])
        REC.files.append(dict(file=rel, format=ext, writer=fmt, features=";".join(feat)))
