"""The communities' own monthly reports: five layouts over single months, and one 秋冬 three-month sheet."""
from qq_out import Sheet, save, ref
from qq_world import COMM, MONTHS

CN = "〇一二三四五六七八九"
FW = str.maketrans("0123456789", "０１２３４５６７８９")
SET = ["petitions_received", "petitions_resolved", "disputes_mediated", "people_employed", "zero_employment_households",
       "training_sessions", "free_health_checks", "people_assisted", "goods_distributed", "cultural_activities",
       "lectures_held", "volunteer_person_times", "patrol_members", "security_cases", "staff", "micro_loans_yuan"]
LAB = {  # indicator: (unit written, wording A, wording B)
    "petitions_received": ("件", "居民诉求受理", "接诉（件数）"),
    "petitions_resolved": ("件", "其中办结", "诉求办妥了的"),
    "disputes_mediated": ("起", "调处矛盾纠纷", "化解纠纷"),
    "people_employed": ("人", "实现就业（含灵活就业）", "就业上岗人数"),
    "zero_employment_households": ("户", "零就业家庭（月末）", "零就业户"),
    "training_sessions": ("场", "技能培训", "办培训班"),
    "free_health_checks": ("人", "老年人免费查体", "查体人数"),
    "people_assisted": ("人", "走访慰问困难群众", "帮扶人数"),
    "goods_distributed": ("件", "发放米面油等慰问品", "慰问物资"),
    "cultural_activities": ("场", "文体活动（冰雪、秧歌）", "文化活动"),
    "lectures_held": ("次", "政策宣讲/法治讲座", "宣讲"),
    "volunteer_person_times": ("人次", "志愿服务（扫雪、清冰）", "志愿者出勤人次"),
    "patrol_members": ("人", "红袖标巡逻队员", "巡逻队员"),
    "security_cases": ("起", "治安案件（派出所立案）", "发案"),
    "staff": ("人", "社区工作者在岗", "社工"),
    "micro_loans_yuan": ("元", "创业担保贷款", "创业贷款"),
}
VARIANT = {"230202007001": "新鹤城社区", "230202007002": "新汇社区居委会", "230202007003": "晨光社区",
           "230202007004": "联心社区", "230202007200": "明星社区村委会", "230202007201": "爱国社区",
           "230202007202": "三合社区", "230202007203": "新光社区", "230202007204": "大民社区居委会",
           "230202007205": "五福马社区", "230202007206": "永光社区"}


def cnyear(y):
    return "".join(CN[int(d)] for d in y)


def cnmonth(m):
    return ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"][m - 1]


def cnnum(n):
    if n < 10:
        return CN[n] if n else "零"
    t, u = divmod(n, 10)
    return ("十" if t == 1 else CN[t] + "十") + (CN[u] if u else "")


def layout_a(L, path, c, month, name):
    """vertical list, 上月 column BEFORE 本月, units in their own column, remarks column."""
    s = Sheet(f"{int(month[5:])}月")
    s.put(0, 0, f"{name}{month[:4]}年{int(month[5:])}月工作数据上报表")
    s.row(1, 0, ["项目", "计量单位", "上月数", "本月数", "备注"])
    i = MONTHS.index(month)
    for k, ind in enumerate(SET):
        u, a, _ = LAB[ind]
        r = 2 + k
        s.row(r, 0, [a, u])
        if i:
            pv = L.w.get((c, MONTHS[i - 1], ind))
            s.put(r, 2, pv if pv is not None else "/")
        v = L.w[(c, month, ind)]
        L.rec((c, month, ind), path, s.name, s.put(r, 3, v), v)
        if ind == "volunteer_person_times":
            s.put(r, 4, "雪后当天组织清雪")
    save(path, [s], "openpyxl")


def layout_b(L, path, c, month, name):
    """a form: two label/value pairs per row; the period in Chinese numerals in the title only."""
    s = Sheet("报表")
    y, m = month[:4], int(month[5:])
    s.put(0, 0, f"{name}{cnyear(y)}年{cnmonth(m)}月份工作情况统计")
    s.merge(0, 0, 0, 3)
    s.put(1, 0, f"填报单位：{name}（盖章）")
    for k, ind in enumerate(SET):
        u, _, b = LAB[ind]
        r, col = 2 + k // 2, (k % 2) * 2
        s.put(r, col, f"{b}（{u}）")
        v = L.w[(c, month, ind)]
        L.rec((c, month, ind), path, s.name, s.put(r, col + 1, v), v)
    s.put(11, 0, "书记：　　　主任：　　　填表：")
    save(path, [s], "xlwt")


def layout_c(L, path, c, month, name):
    """UTF-8 CSV without BOM, one wide row: headers with units in brackets, the period written 「25年10月」."""
    s = Sheet(path.split("/")[-1][:-4])
    s.row(0, 0, ["报送单位", "所属期"] + [f"{LAB[i][2]}[{LAB[i][0]}]" for i in SET])
    s.row(1, 0, [name, f"{month[2:4]}年{int(month[5:])}月"])
    for k, ind in enumerate(SET):
        v = L.w[(c, month, ind)]
        L.rec((c, month, ind), path, s.name, s.put(1, 2 + k, v), v)
    save(path, [s], "csv", "utf-8")


def layout_d(L, path, c, month, name):
    """ods; small counts in Chinese numerals (「十二」), larger ones in full-width digits, one 「暂缺」."""
    s = Sheet(f"{month[:4]}-{month[5:]}")
    s.put(0, 0, f"{name} 月度台账")
    s.row(1, 0, ["指标", "数值", "口径说明"])
    for k, ind in enumerate(SET):
        u, a, _ = LAB[ind]
        r = 2 + k
        s.put(r, 0, a)
        v = L.w[(c, month, ind)]
        if ind == "zero_employment_households" and L.w.get((c, month, "dibao_households")) is not None and k == 4 and month == "2026-02":
            cell = s.put(r, 1, "暂缺")
            L.ign((c, month, ind), path, s.name, cell, "暂缺")
            continue
        raw = cnnum(v) + u if v < 100 and ind != "micro_loans_yuan" else str(v).translate(FW) + u
        L.rec((c, month, ind), path, s.name, s.put(r, 1, raw), raw)
        s.put(r, 2, "月末数" if ind in ("zero_employment_households", "patrol_members", "staff") else "本月发生")
    save(path, [s], "odfpy")


def layout_e(L, path, c, month, name):
    """xlsxwriter; indicators across in two header rows (domain band + item), money 「￥12万」, a 1—N月累计 row."""
    s = Sheet("Sheet1")
    s.put(0, 0, f"龙沙区大民街道{name}　{month[:4]}年第{int(month[5:])}期月报")
    bands = [("诉求", 3), ("就业", 3), ("为老", 3), ("文化", 2), ("志愿平安", 3), ("其他", 2)]
    col = 1
    for b, n in bands:
        s.put(1, col, b)
        if n > 1:
            s.merge(1, col, 1, col + n - 1)
        col += n
    s.put(2, 0, "行次")
    s.put(3, 0, "本月")
    s.put(4, 0, "本年累计")
    for k, ind in enumerate(SET):
        s.put(2, 1 + k, LAB[ind][1])
        v = L.w[(c, month, ind)]
        raw = f"￥{v / 10000:g}万" if ind == "micro_loans_yuan" else v
        L.rec((c, month, ind), path, s.name, s.put(3, 1 + k, raw), raw)
        s.put(4, 1 + k, "—" if ind in ("zero_employment_households", "patrol_members", "staff") else v * int(month[5:]))
    s.put(6, 0, f"注：本月报每月一期，第{int(month[5:])}期即{int(month[5:])}月；“本年累计”为估报数。")
    save(path, [s], "xlsxwriter")


LAYOUTS = [layout_a, layout_b, layout_c, layout_d, layout_e]
EXT = {layout_a: "xlsx", layout_b: "xls", layout_c: "csv", layout_d: "ods", layout_e: "xlsx"}
NAMEFMT = ["{n}{y}年{m}月工作数据上报表", "{n}{y}年{m}月份工作情况", "{n}_{y}{mm}", "{n}{y}年{m}月台账", "{n}{y}年第{m}期月报"]


def singles(L):
    out = []
    for i in range(18):
        c = COMM[i % 11][0]
        month = MONTHS[(i * 3 + i // 11) % 7]
        f = LAYOUTS[i % 5]
        n = VARIANT[c]
        nm = NAMEFMT[i % 5].format(n=n, y=month[:4], m=int(month[5:]), mm=month[5:])
        path = f"batch1/{nm}.{EXT[f]}"
        f(L, path, c, month, n)
        out.append((path, f.__name__))
    return out


def autumn(L, path, c, months, name):
    """three months side by side, headed only 「9月 10月 11月」 with the year in the title; a 合计 column."""
    s = Sheet("秋冬季")
    s.put(0, 0, f"{name}{months[0][:4]}年秋冬季（{int(months[0][5:])}—{int(months[-1][5:])}月）工作量统计")
    s.row(1, 0, ["工作内容", "单位"] + [f"{int(m[5:])}月" for m in months] + ["合计"])
    for k, ind in enumerate(SET[:14]):
        r = 2 + k
        s.row(r, 0, [LAB[ind][1], LAB[ind][0]])
        tot = 0
        for j, m in enumerate(months):
            v = L.w[(c, m, ind)]
            L.rec((c, m, ind), path, s.name, s.put(r, 2 + j, v), v)
            tot += v
        s.put(r, 5, "—" if ind == "zero_employment_households" else tot)
    save(path, [s], "openpyxl")
