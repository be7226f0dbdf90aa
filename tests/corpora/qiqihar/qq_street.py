"""The 大民街道 departments' monthly tables (one month, all 11 communities each)."""
import os

from qq_out import Sheet, save, ref
from qq_world import COMM

CN = "〇一二三四五六七八九"
SHORT = {"230202007001": "新鹤城", "230202007002": "新汇", "230202007003": "晨光", "230202007004": "联心",
         "230202007200": "明星", "230202007201": "爱国", "230202007202": "三合", "230202007203": "新光",
         "230202007204": "大民社区", "230202007205": "五福玛", "230202007206": "永光"}


def stem(path):
    return os.path.splitext(os.path.basename(path))[0]


def dibao(L, path, month, fix=None, title_extra=""):
    """民政: transposed — communities across (vertical short names), indicators down; payout in 万元 by the row label."""
    s = Sheet("低保" + month[5:].lstrip("0") + "月")
    y = month[:4]
    s.put(0, 0, f"大民街道城市低保动态管理月报{title_extra}")
    s.merge(0, 0, 0, 13)
    s.put(1, 0, f"统计月份：{y}年{int(month[5:])}月　　　　民政办（残联）　　　　录入：小郑")
    s.put(2, 0, "项　目")
    s.put(2, 1, "单位")
    for j, (c, _, _) in enumerate(COMM):
        s.put(2, 2 + j, "\n".join(SHORT[c]))
    s.put(2, 13, "全街")
    rows = [("低保户", "户", "dibao_households", 1), ("保障人口", "人", "dibao_persons", 1),
            ("当月发放低保金", "万元", "dibao_payout_yuan", 10000)]
    for i, (lab, unit, ind, div) in enumerate(rows):
        s.put(3 + i, 0, lab)
        s.put(3 + i, 1, unit)
        tot = 0
        for j, (c, _, _) in enumerate(COMM):
            key = (c, month, ind)
            val = L.w[key]
            if fix and key in fix:
                val = fix[key]
            raw = round(val / div, 4) if div > 1 else val
            cell = s.put(3 + i, 2 + j, raw)
            role = "correction" if fix and key in fix else "primary"
            L.rec(key, path, s.name, cell, raw, role, value=val)
            tot += raw
        s.put(3 + i, 13, round(tot, 4))
    s.put(7, 0, "注：低保金按万元填报，保留四位小数；永光村为涉农社区，按城市低保口径统计。")
    save(path, [s], "openpyxl")


def safety(L, path, month):
    """平安: 上月 | 本月 pairs per indicator under a merged band; cases as 「2起」 text; one 「待核」."""
    s = Sheet("Sheet1")
    s.put(0, 0, f"{month[:4]}年{int(month[5:])}月份大民街道群防群治（平安龙沙）工作统计")
    s.merge(0, 0, 0, 7)
    s.row(1, 0, ["序", "社区", "巡逻队员（人）", None, "平安信息员（人）", None, "治安案件", None])
    s.merge(1, 2, 1, 3)
    s.merge(1, 4, 1, 5)
    s.merge(1, 6, 1, 7)
    s.row(2, 0, [None, None, "上月", "本月", "上月", "本月", "上月", "本月"])
    prev = f"{int(month[:4]) - (month[5:] == '01')}-{12 if month[5:] == '01' else int(month[5:]) - 1:02d}"
    for i, (c, _, name) in enumerate(COMM):
        r = 3 + i
        s.put(r, 0, i + 1)
        s.put(r, 1, name)
        for k, ind in enumerate(["patrol_members", "informants", "security_cases"]):
            s.put(r, 2 + 2 * k, L.w.get((c, prev, ind), 0) or 0)
            v = L.w[(c, month, ind)]
            if ind == "security_cases":
                if i == 6:
                    cell = s.put(r, 3 + 2 * k, "待核")
                    L.ign((c, month, ind), path, s.name, cell, "待核")
                    continue
                raw = f"{v}起"
                cell = s.put(r, 3 + 2 * k, raw)
            else:
                raw = v
                cell = s.put(r, 3 + 2 * k, v)
            L.rec((c, month, ind), path, s.name, cell, raw)
    s.put(15, 0, "综治中心（网格化服务管理中心）　　报送时间：下月5日前")
    save(path, [s], "xlwt")


def jobs(L, path, month):
    """就业 (GBK CSV): each indicator with 本月 and 1—N月累计 columns; loans in 万元 with the unit only in line 2."""
    s = Sheet(stem(path))
    m = int(month[5:])
    s.put(0, 0, f"大民街道劳动保障事务所{month[:4]}年{m}月就业再就业台账")
    s.row(1, 0, ["", "", "单位：个", "", "单位：个", "", "单位：人", "", "单位：场", "单位：万元"])
    s.row(2, 0, ["社区", "代码", "新增岗位本月", f"新增岗位1-{m}月累计", "其中公益岗本月", f"公益岗1-{m}月累计",
                 "就业人数本月", f"就业人数1-{m}月累计", "培训场次", "创业担保贷款"])
    for i, (c, _, name) in enumerate(COMM):
        r = 3 + i
        s.put(r, 0, name)
        s.put(r, 1, c[-3:])
        for k, ind in enumerate(["jobs_created", "public_welfare_jobs", "people_employed"]):
            v = L.w[(c, month, ind)]
            cell = s.put(r, 2 + 2 * k, v)
            L.rec((c, month, ind), path, s.name, cell, v)
            s.put(r, 3 + 2 * k, v + 7 * (m - 1) + i)
        v = L.w[(c, month, "training_sessions")]
        L.rec((c, month, "training_sessions"), path, s.name, s.put(r, 8, v), v)
        v = L.w[(c, month, "micro_loans_yuan")]
        raw = f"{v / 10000:g}"
        L.rec((c, month, "micro_loans_yuan"), path, s.name, s.put(r, 9, raw), raw)
    save(path, [s], "csv", "gbk")


def party(L, path, month):
    """党建+志愿 (ods): two tables stacked on one sheet, each with its own title; the second lists communities in another order."""
    s = Sheet(f"{int(month[5:])}月")
    s.put(0, 0, f"“鹤城先锋”党建引领 {month[:4]}年{int(month[5:])}月统计（党建办）")
    s.row(1, 0, ["社区", "在册党员", "结对帮扶（对）"])
    for i, (c, _, name) in enumerate(COMM):
        s.put(2 + i, 0, name)
        for k, ind in enumerate(["party_members", "pairings"]):
            v = L.w[(c, month, ind)]
            L.rec((c, month, ind), path, s.name, s.put(2 + i, 1 + k, v), v)
    s.put(15, 0, "“鹤城雪亮”志愿服务 同月统计（新时代文明实践所）")
    s.row(16, 0, ["社区", "注册志愿者数", "服务人次（含扫雪清冰）"])
    for i, (c, _, name) in enumerate(reversed(COMM)):
        s.put(17 + i, 0, SHORT[c])
        for k, ind in enumerate(["volunteers", "volunteer_person_times"]):
            v = L.w[(c, month, ind)]
            L.rec((c, month, ind), path, s.name, s.put(17 + i, 1 + k, v), v)
    save(path, [s], "odfpy")


def petitions(L, path, month):
    """民情 (xlsxwriter): table placed at F8 under a block of notes; counts written 「38件」; resolved with a remark."""
    s = Sheet("接诉即办")
    y, m = month[:4], int(month[5:])
    yc = "".join(CN[int(d)] for d in y)
    s.put(0, 0, f"{yc}年{'一二三四五六七八九十'[m - 1] if m <= 10 else '十' + '一二'[m - 11]}月 大民街道“接诉即办”情况通报")
    for i, t in enumerate(["说明：", "1. 受理数含12345、网格员上门、“接诉即办”小程序；", "2. 办结数以居民回访满意为准；",
                           "3. 供暖诉求单列在供暖办台账，不在本表。"]):
        s.put(2 + i, 0, t)
    s.row(7, 5, ["社区名称", "受理", "办结", "调解纠纷"])
    for i, (c, _, name) in enumerate(COMM):
        r = 8 + i
        s.put(r, 5, name if i % 3 else name.replace("社区", "居委会"))
        rv = L.w[(c, month, "petitions_received")]
        L.rec((c, month, "petitions_received"), path, s.name, s.put(r, 6, f"{rv}件"), f"{rv}件")
        dv = L.w[(c, month, "petitions_resolved")]
        raw = f"{dv}件" if i % 4 else f"{dv}件（余{rv - dv}件转下月）"
        L.rec((c, month, "petitions_resolved"), path, s.name, s.put(r, 7, raw), raw)
        mv = L.w[(c, month, "disputes_mediated")]
        L.rec((c, month, "disputes_mediated"), path, s.name, s.put(r, 8, mv), mv)
    save(path, [s], "xlsxwriter")


def basics(L, path, month):
    """基本情况 (UTF-8 BOM CSV): one indicator per row, community codes as column keys — long format."""
    s = Sheet(stem(path))
    s.row(0, 0, ["月份", "社区编码", "社区", "项目", "数量", "备注"])
    r = 1
    lab = {"households": ("常住户", "户"), "residents": ("常住人口", "人"), "floating_population": ("流动人口登记", "人"),
           "staff": ("社工在岗", "名")}
    for c, reg, _ in COMM:
        for ind, (t, u) in lab.items():
            v = L.w[(c, month, ind)]
            s.row(r, 0, [f"{month[:4]}.{month[5:]}", c, reg, t, f"{v}{u}", "冬季供暖期" if ind == "residents" else ""])
            L.rec((c, month, ind), path, s.name, ref(r, 4), f"{v}{u}")
            r += 1
    save(path, [s], "csv", "utf-8-sig")


def elders(L, path, month):
    """为老 (openpyxl): two side-by-side half tables (communities 1–6 left, 7–11 right), each with its own headers."""
    s = Sheet(f"{month[:4]}年{int(month[5:])}月")
    s.put(0, 0, f"“暖冬行动”为老助残服务月报（{month[:4]}年{int(month[5:])}月）")
    hdr = ["社区", "免费查体（人）", "走访帮扶（人）", "慰问品（件）"]
    s.row(1, 0, hdr)
    s.row(1, 5, hdr)
    for i, (c, _, name) in enumerate(COMM):
        col, r = (0, 2 + i) if i < 6 else (5, 2 + i - 6)
        s.put(r, col, name)
        for k, ind in enumerate(["free_health_checks", "people_assisted", "goods_distributed"]):
            v = L.w[(c, month, ind)]
            L.rec((c, month, ind), path, s.name, s.put(r, col + 1 + k, v), v)
    s.put(9, 0, "慰问品含米、面、油、棉帽、手闷子（棉手套）。")
    save(path, [s], "openpyxl")
