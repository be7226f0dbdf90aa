"""Community files: one 居委会, one month (or three months across), each in its own clerk's way."""
from gz_core import MONTHS, Sheet, fullwidth, save
from gz_world import SHORT

ITEMS = [("petitions_received", "受理居民诉求", "件"), ("petitions_resolved", "办结诉求", "件"),
         ("disputes_mediated", "调解纠纷", "起"), ("free_health_checks", "老人免费体检", "人"),
         ("people_assisted", "走访帮扶困难群众", "人"), ("goods_distributed", "发放慰问品", "件"),
         ("cultural_activities", "文体活动", "场"), ("lectures_held", "政策宣讲", "次"),
         ("volunteer_person_times", "志愿服务", "人次"), ("security_cases", "治安案件", "起")]
CAPM = {"2025-09": "2025年玖月", "2025-10": "二〇二五年十月", "2025-11": "2025年11月份", "2025-12": "25年12月",
        "2026-01": "2026年元月", "2026-02": "2026.2", "2026-03": "2026年3月份"}
IGN = {("360702001007", "2026-02", "security_cases"): "待派出所核实",
       ("360702001013", "2026-03", "lectures_held"): "/", ("360702001004", "2025-12", "disputes_mediated"): "待核"}
NOTE = {"people_assisted": "含春节前“送温暖”", "cultural_activities": "含客家擂茶会", "goods_distributed": "米、油、脐橙"}


def form_vertical(code, m, sh, c0=0, r0=0, numfmt=None, remarks=True):
    sh.row(r0, c0, ["序号", "工作项目", "计量", "本月", "备注"])
    for i, (ind, lab, unit) in enumerate(ITEMS):
        r = r0 + 1 + i
        sh.row(r, c0, [i + 1, lab, unit])
        if (code, m, ind) in IGN:
            sh.ign(r, c0 + 3, code, m, ind, IGN[(code, m, ind)])
            continue
        sh.val(r, c0 + 3, code, m, ind, fmt=numfmt)
        if remarks and ind in NOTE and m in ("2026-01", "2026-02"):
            sh.put(r, c0 + 4, NOTE[ind])


def label_pairs(code, m, sh, r0):
    """a form grid: label | value | label | value, the unit inside the value text 「12件」."""
    for i, (ind, lab, unit) in enumerate(ITEMS):
        r, c = r0 + i // 2, (i % 2) * 2
        sh.put(r, c, lab + "：")
        sh.val(r, c + 1, code, m, ind, fmt=lambda v, u=unit: f"{v}{u}")


def build():
    plan = [  # (code suffix, month, style, writer, ext)
        ("001", "2025-09", "vertical", "openpyxl", "xlsx"), ("001", "2026-02", "fullwidth", "xlsxwriter", "xlsx"),
        ("002", "2025-10", "pairs", "xlwt", "xls"), ("003", "2025-11", "offset", "openpyxl", "xlsx"),
        ("003", "2026-01", "vertical", "odfpy", "ods"), ("004", "2025-12", "csv", "csv-gbk", "csv"),
        ("005", "2026-03", "pairs", "openpyxl", "xlsx"), ("006", "2025-09", "fullwidth", "odfpy", "ods"),
        ("007", "2026-02", "vertical", "xlwt", "xls"), ("008", "2025-11", "vertical", "xlsxwriter", "xlsx"),
        ("009", "2026-01", "offset", "xlsxwriter", "xlsx"), ("010", "2025-12", "pairs", "odfpy", "ods"),
        ("011", "2026-03", "csv", "csv-utf8", "csv"), ("012", "2025-10", "vertical", "openpyxl", "xlsx"),
        ("013", "2026-02", "pairs", "openpyxl", "xlsx"), ("014", "2025-11", "fullwidth", "xlwt", "xls"),
    ]
    for suf, m, style, writer, ext in plan:
        code = "360702001" + suf
        short = SHORT[code]
        per = CAPM[m]
        y, mo = m.split("-")
        if style == "vertical":
            sh = Sheet(f"{int(mo)}月")
            sh.merge(0, 0, 0, 4, f"{short}居委会{per}工作情况统计")
            form_vertical(code, m, sh, r0=1)
            sh.put(12, 0, "填报人：            联系电话：0797-82xxxxx")
            feats = ["community_file", "vertical_form", "remarks_in_cells", "period_" + style]
        elif style == "fullwidth":
            sh = Sheet("报表")
            sh.put(0, 0, f"{short}居委会 {per} 月报")
            form_vertical(code, m, sh, r0=2, numfmt=fullwidth, remarks=False)
            sh.put(13, 0, "（数字为全角输入）")
            feats = ["community_file", "fullwidth_digit_text"]
        elif style == "pairs":
            sh = Sheet(f"{y}年{int(mo)}月")
            sh.merge(0, 0, 0, 3, f"{short}居民委员会月度工作数据")
            label_pairs(code, m, sh, 2)
            feats = ["community_file", "label_value_pairs_two_per_row", "unit_inside_value", "period_only_in_sheet_name"]
        elif style == "offset":
            sh = Sheet("Sheet1")
            sh.merge(0, 0, 0, 3, f"{short}居委会{per}工作小结")
            sh.merge(1, 0, 8, 3, "本月围绕“宋城红”党建品牌，开展文明创建、老旧小区改造入户宣传、"
                                 "防范电信诈骗宣传等工作，具体数据见右表。")
            sh.put(1, 6, f"附表：{per}主要数据")
            form_vertical(code, m, sh, c0=6, r0=2, remarks=False)
            feats = ["community_file", "text_block_left_table_right_at_G", "period_" + style]
        else:
            sh = Sheet("csv")
            sh.row(0, 0, [f"{short}居委会", per, None, None, None])
            form_vertical(code, m, sh, r0=1, remarks=(writer == "csv-gbk"))
            feats = ["community_file", writer, "title_in_first_row_cells"]
        name = {"vertical": f"{short}居委会{per}工作统计", "fullwidth": f"{short}居委会{y}年{int(mo)}月月报",
                "pairs": f"{short}居民委员会{y}年{int(mo)}月数据", "offset": f"{short}{per}工作小结",
                "csv": f"{short}居委会{y}{mo}报表"}[style]
        save(f"batch1/{name}.{ext}", [sh], writer, feats)
    three_months()


def three_months():
    """两个居委会 send one file for a quarter's three months across, stocks unchanged written 「〃」."""
    for suf, months, writer, ext in (("011", MONTHS[1:4], "openpyxl", "xlsx"), ("013", MONTHS[4:7], "odfpy", "ods")):
        code = "360702001" + suf
        sh = Sheet("季度")
        mos = [int(m[5:]) for m in months]
        y = months[0][:4]
        sh.merge(0, 0, 0, 4, f"{SHORT[code]}居委会{months[0][:4]}年{mos[0]}—{mos[-1]}月分月数据（{'四' if y == '2025' else '一'}季度）")
        sh.row(1, 0, ["项目"] + [f"{x}月" for x in mos] + ["说明"])
        inds = ITEMS[:3] + ITEMS[6:8] + [("staff", "社区工作者", "人"), ("party_members", "党员", "人")]
        from gz_core import W
        for i, (ind, lab, unit) in enumerate(inds):
            r = 2 + i
            sh.put(r, 0, f"{lab}（{unit}）")
            for j, m in enumerate(months):
                prev = W["v"].get((code, months[j - 1], ind)) if j else None
                if (code, m, ind) in IGN:
                    sh.ign(r, 1 + j, code, m, ind, IGN[(code, m, ind)])
                elif ind in ("staff", "party_members") and prev == W["v"][(code, m, ind)]:
                    sh.val(r, 1 + j, code, m, ind, fmt=lambda v: "〃")
                else:
                    sh.val(r, 1 + j, code, m, ind)
        sh.put(2 + len(inds) - 2, 4, "〃 表示同左")
        save(f"batch1/{SHORT[code]}居委会{y}年{mos[0]}-{mos[-1]}月数据.{ext}", [sh], writer,
             ["community_file", "months_across", "ditto_mark_same_as_left", "quarter_label_in_title"])
