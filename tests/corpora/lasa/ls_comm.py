"""Community files: five layouts a 八廓 community clerk uses, rotated over the months each community sends."""
from ls_grid import Sheet, cn_month, miss, multi, val
from ls_world import NAME, PERIOD, COMM
from ls_writers import save

CI = [  # indicator, Chinese label, unit, Tibetan gloss
    ("petitions_received", "受理群众诉求", "件", "མང་ཚོགས་ཀྱི་རེ་བ།"),
    ("petitions_resolved", "诉求办结", "件", "ཐག་གཅོད།"),
    ("disputes_mediated", "调处矛盾纠纷", "起", "རྩོད་གཞི་སེལ་བ།"),
    ("jobs_created", "新增就业岗位", "个", "ལས་གནས་གསར་པ།"),
    ("people_employed", "实现就业", "人", "ལས་ཞུགས།"),
    ("people_assisted", "走访慰问困难群众", "人", "འཚམས་འདྲི།"),
    ("goods_distributed", "发放慰问品", "件", "བརྩེ་སྐྱོང་དངོས་པོ།"),
    ("cultural_activities", "群众文体活动", "场", "རིག་གཞུང་བྱེད་སྒོ།"),
    ("lectures_held", "“四讲四爱”宣讲", "次", "གསལ་བཤད།"),
    ("security_cases", "发生治安案件", "起", "སྲིད་བདེའི་དོན་རྐྱེན།"),
    ("volunteer_person_times", "志愿服务", "人次", "དང་བླངས་ཞབས་ཞུ།"),
    ("free_health_checks", "免费健康体检", "人", "འཕྲོད་བསྟེན་བརྟག་དཔྱད།"),
]
TIB_MONTH = {"2025-10": "藏历木蛇年八月", "2025-11": "藏历木蛇年九月", "2025-12": "藏历木蛇年十月",
             "2026-01": "藏历木蛇年十一月", "2026-02": "藏历木蛇年十二月", "2026-03": "藏历火马年正月",
             "2026-04": "藏历火马年二月"}
PHONE = {c: f"0891-632{i}{(i * 37 + 105) % 1000:03d}" for i, (c, _, _) in enumerate(COMM)}
CLERK = ["次仁卓玛", "扎西", "拉巴次仁", "央金", "格桑曲珍", "白玛", "尼玛顿珠"]


def style_of(i, j, k):
    """Mostly plain numbers; now and then Tibetan digits, 约, 余 or full-width."""
    x = (i * 7 + j * 3 + k) % 13
    return {0: "bo", 5: "yue", 9: "fw"}.get(x, "n")


def schedule():
    out = []
    for i, (code, short, _) in enumerate(COMM):
        for j, m in enumerate(PERIOD):
            if (i + j) % 2 == 0:
                out.append((i, j, code, short, m))
    return out


def _missing(i, j, ind):
    return (i, j, ind) in {(3, 3, "security_cases"), (5, 5, "disputes_mediated"), (0, 6, "free_health_checks")}


def _cell(sh, r, c, i, j, code, m, k, ind, unit=""):
    if _missing(i, j, ind):
        return miss(sh, r, c, code, m, ind, "待核")
    st = style_of(i, j, k)
    if st == "n":
        return val(sh, r, c, code, m, ind)
    return val(sh, r, c, code, m, ind, st, unit if st in ("fw", "bo") and k % 2 else "")


def layout1(i, j, code, short, m, rel, sent, writer="openpyxl", batch_note=None):
    """双语 header: Tibetan line under the Chinese title, Tibetan gloss under each item; 本年累计 column (outside)."""
    sh = Sheet("数据统计")
    sh.put(0, 0, f"八廓街道{short}社区{cn_month(m)}工作数据统计表" + (batch_note or ""))
    sh.put(1, 0, f"བར་སྐོར་ཁྲོམ་ལམ་{short}སྡོད་ཁུལ། {TIB_MONTH[m]}")
    sh.row(2, 0, ["序号", "工作项目 ལས་དོན།", "单位", "本月完成", "本年累计", "备注"])
    r = 3
    for k, (ind, lab, unit, tib) in enumerate(CI):
        sh.row(r, 0, [k + 1, f"{lab}\n{tib}", unit])
        _cell(sh, r, 3, i, j, code, m, k, ind, unit)
        sh.put(r, 4, "—" if m.endswith("-01") else "见台账")
        if _missing(i, j, ind):
            sh.put(r, 5, "派出所/司法所数据未反馈，待核")
        r += 1
    sh.row(r, 0, [len(CI) + 1, "双联户联户单位走访\nཟུང་འབྲེལ་ཁྱིམ་ཚང་།", "户", 40 + i * 3 + j, "—", "不在考核目录"])
    sh.row(r + 1, 0, [len(CI) + 2, "驻居工作队入户", "户", 120 + i * 5 + j * 2, "—", ""])
    sh.put(r + 3, 0, f"填表人：{CLERK[i]}    审核人（社区书记）：{CLERK[(i + 3) % 7]}    联系电话：{PHONE[code]}")
    save(rel, [sh], writer, ["community_file", "bilingual_tibetan_headers", "tibetan_digits", "ytd_column_text",
                             "outside_rows", "footer"], sent)


def layout2(i, j, code, short, m, rel, sent, writer="xlsxwriter", batch_note=None):
    """两栏式: 项目 | 数量 | 项目 | 数量, the twelve items split in two columns side by side."""
    sh = Sheet(f"{int(m[5:])}月")
    sh.put(0, 0, f"{short}社区居委会工作报表" + (batch_note or ""))
    sh.put(1, 0, f"报表时间：{cn_month(m)}（{TIB_MONTH[m]}）")
    sh.row(2, 0, ["项 目", "数 量", "项 目", "数 量"])
    half = len(CI) // 2
    for k, (ind, lab, unit, _) in enumerate(CI):
        r, c = (3 + k, 0) if k < half else (3 + k - half, 2)
        sh.put(r, c, f"{lab}（{unit}）")
        _cell(sh, r, c + 1, i, j, code, m, k, ind, unit)
    sh.put(3 + half, 0, "说明：")
    sh.put(3 + half, 1, "治安案件以八廓派出所通报为准；转经高峰期间志愿服务含“红袖标”执勤。")
    sh.put(5 + half, 0, f"制表：{CLERK[i]}")
    sh.put(5 + half, 2, f"电话：{PHONE[code]}")
    save(rel, [sh], writer, ["community_file", "two_column_pairs", "tibetan_calendar_in_title", "tibetan_digits"],
         sent)


def layout3(i, j, code, short, m, rel, sent, writer="odfpy", batch_note=None):
    """工作简报: one sentence per line, figures inside the sentences; a forecast line that is never a value."""
    sh = Sheet("简报")
    sh.put(0, 0, f"{short}社区{cn_month(m)}工作简报" + (batch_note or ""))
    sh.put(1, 0, f"（{TIB_MONTH[m]}）")
    r = 2
    multi(sh, r, 0, code, m, "一、民情诉求：本月共受理群众诉求{0}件，办结{1}件，调处矛盾纠纷{2}起。",
          ["petitions_received", "petitions_resolved", "disputes_mediated"])
    multi(sh, r + 1, 0, code, m, "二、就业：新增就业岗位{0}个，帮助{1}名居民实现就业。", ["jobs_created", "people_employed"])
    multi(sh, r + 2, 0, code, m, "三、民政帮扶：走访慰问困难群众{0}人，发放慰问品{1}件；组织免费健康体检{2}人。",
          ["people_assisted", "goods_distributed", "free_health_checks"])
    multi(sh, r + 3, 0, code, m, "四、文化宣传：开展群众文体活动{0}场，“四讲四爱”宣讲{1}次。",
          ["cultural_activities", "lectures_held"])
    if _missing(i, j, "security_cases"):
        miss(sh, r + 4, 0, code, m, "security_cases", "五、平安建设：治安案件数待派出所核实后报送。")
    else:
        multi(sh, r + 4, 0, code, m, "五、平安建设：辖区发生治安案件{0}起。", ["security_cases"])
    multi(sh, r + 5, 0, code, m, "六、志愿服务：组织志愿者开展服务{0}人次，转经道文明劝导持续开展。", ["volunteer_person_times"])
    sh.put(r + 6, 0, f"七、下月计划：预计开展文体活动{3 + i}场左右，继续做好转经道秩序维护。")
    sh.put(r + 8, 0, f"{short}社区居委会  {CLERK[i]}（{PHONE[code]}）")
    save(rel, [sh], writer, ["community_file", "sentences_one_per_line", "forecast_line_not_value"], sent)


def layout4(i, j, code, short, m, rel, sent, writer="csv-utf8bom", batch_note=None):
    """Long format from the 社区 系统 export: 社区, 月份, 指标, 数值, 单位 — one line per item."""
    sh = Sheet("x")
    sh.row(0, 0, ["社区名称", "统计月份", "指标名称", "数值", "计量单位", "数据来源"])
    for k, (ind, lab, unit, _) in enumerate(CI):
        r = 1 + k
        sh.row(r, 0, [f"{short}社区", f"{m[:4]}年{int(m[5:])}月", lab])
        if _missing(i, j, ind):
            miss(sh, r, 3, code, m, ind, "待核")
        else:
            val(sh, r, 3, code, m, ind, "t")
        sh.put(r, 4, unit)
        sh.put(r, 5, "网格员采集" if k % 3 else "社区台账")
    sh.row(1 + len(CI), 0, [f"{short}社区", f"{m[:4]}年{int(m[5:])}月", "双联户户长会议", str(2 + j % 3), "次", "社区台账"])
    save(rel, [sh], writer, ["community_file", "long_format_export", "month_column_text", "outside_row"], sent)


def layout5(i, j, code, short, m, rel, sent, writer="xlwt", batch_note=None):
    """One wide row: groups merged over the items, the month's row and a 上月 row under it."""
    from ls_grid import header
    sh = Sheet("Sheet1")
    sh.put(0, 0, f"{short}社区{cn_month(m)}各项工作完成情况" + (batch_note or ""))
    groups = [("民情", CI[0:3]), ("就业", CI[3:5]), ("民政帮扶", [CI[5], CI[6], CI[11]]),
              ("文化宣传", CI[7:9]), ("平安", [CI[9]]), ("志愿", [CI[10]])]
    tree = [("时间", "t")] + [(g, [(f"{lab}\n（{u}）", ind) for ind, lab, u, _ in items]) for g, items in groups]
    leaves = header(sh, 1, 0, tree, 2)
    prev = f"{int(m[:4]) - 1}-12" if m.endswith("-01") else f"{m[:4]}-{int(m[5:]) - 1:02d}"
    sh.put(3, 0, "本月")
    sh.put(4, 0, "上月")
    order = {ind: k for k, (ind, *_r) in enumerate(CI)}
    for c, ind in leaves[1:]:
        _cell(sh, 3, c, i, j, code, m, order[ind], ind)
        val(sh, 4, c, code, prev, ind, role="prevmonth")
    sh.put(6, 0, f"填报：{CLERK[i]}  审核：{CLERK[(i + 2) % 7]}  {PHONE[code]}")
    save(rel, [sh], writer, ["community_file", "wide_one_row", "group_header_merged", "prev_month_row"], sent)


LAYOUTS = [layout1, layout2, layout3, layout4, layout5]
NAMES = ["八廓街道{s}社区{y}年{mm}月工作数据统计表.xlsx", "{s}社区居委会{mm}月份工作报表（{y}）.xlsx",
         "{s}社区{y}年{mm}月工作简报.ods", "{s}社区_{y}{m2}_数据导出.csv", "{s}社区{y}.{mm}工作完成情况.xls"]


def file_name(i, j, short, m, batch="batch1"):
    n = (i + j) % 5
    y, mm = m[:4], str(int(m[5:]))
    return n, f"{batch}/" + NAMES[n].format(s=short, y=y, mm=mm, m2=m[5:])


def sent_of(m):
    y, mo = int(m[:4]), int(m[5:])
    return (y + 1, 1, 4, 10, 0) if mo == 12 else (y, mo + 1, 3, 10, 0)


def build(W):
    for i, j, code, short, m in schedule():
        n, rel = file_name(i, j, short, m)
        if n == 3 and i % 2:   # half the exports are saved again as GBK by WPS
            LAYOUTS[n](i, j, code, short, m, rel, sent_of(m), writer="csv-gbk")
        else:
            LAYOUTS[n](i, j, code, short, m, rel, sent_of(m))
