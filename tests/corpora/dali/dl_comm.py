"""Community and village returns (the 居委会 / 村委会 clerks' own forms)."""
import os

from dl_core import CODE, MONTHS, Sheet, record, ignore, save

CN_MONTH = {"2025-09": "九月", "2025-10": "十月", "2025-11": "十一月", "2025-12": "十二月",
            "2026-01": "元月", "2026-02": "二月", "2026-03": "三月"}
# local wordings of the item column (项目) in the 项目/本月/上月/备注 form
ITEMS = [("households", "常住户数", "户"), ("residents", "常住人口（含白族、汉族等）", "人"),
         ("party_members", "“苍洱先锋”党员数", "名"), ("pairings", "党员“一帮一”结对", "对"),
         ("cultural_activities", "文体活动（打歌、霸王鞭等）", "场"), ("lectures_held", "院坝宣讲", "次"),
         ("volunteer_person_times", "“洱海卫士”志愿服务", "人次"), ("petitions_received", "收到群众诉求", "件"),
         ("petitions_resolved", "其中已办结", "件"), ("people_assisted", "走访慰问困难群众", "人")]
REMARK = {"2025-09": "含中秋“月亮会”游园", "2025-10": "国庆古城旅游高峰，志愿者上街劝导", "2025-11": "洱海护水巡河",
          "2025-12": "冬季防火宣传", "2026-01": "元旦慰问", "2026-02": "春节走访、接本主", "2026-03": "三月街民族节筹备"}
PLAN = [  # community, month, writer, file name, encoding
    ("兴国社区", "2025-09", "openpyxl", "batch1/兴国社区2025年9月工作报表.xlsx", None),
    ("兴国社区", "2025-10", "openpyxl", "batch1/兴国社区2025年10月工作报表.xlsx", None),
    ("兴国社区", "2025-11", "openpyxl", "batch1/兴国社区2025年11月工作报表.xlsx", None),
    ("龙祥社区", "2025-10", "xlwt", "batch1/龙祥社区25年10月份月报.xls", None),
    ("龙祥社区", "2025-12", "xlwt", "batch1/龙祥社区25年12月份月报.xls", None),
    ("龙祥社区", "2026-02", "xlwt", "batch1/龙祥社区26年2月份月报.xls", None),
    ("万花社区", "2025-11", "odfpy", "batch1/万花社区-2025.11-月报表.ods", None),
    ("万花社区", "2025-12", "odfpy", "batch1/万花社区-2025.12-月报表.ods", None),
    ("万花社区", "2026-01", "odfpy", "batch1/万花社区-2026.01-月报表.ods", None),
    ("榆华社区", "2025-12", "csv", "batch1/榆华社区2025年12月报表.csv", "utf-8"),
    ("榆华社区", "2026-01", "csv", "batch1/榆华社区2026年元月报表.csv", "utf-8"),
    ("榆华社区", "2026-03", "csv", "batch1/榆华社区2026年3月报表.csv", "utf-8"),
    ("荷花社区", "2026-01", "xlsxwriter", "batch1/荷花社区二〇二六年一月统计.xlsx", None),
    ("荷花社区", "2026-02", "xlsxwriter", "batch1/荷花社区二〇二六年二月统计.xlsx", None),
    ("荷花社区", "2026-03", "xlsxwriter", "batch1/荷花社区二〇二六年三月统计.xlsx", None),
    ("龙泉社区", "2025-09", "csv", "batch1/龙泉社区9月报表(2025).csv", "utf-8-sig"),
    ("龙泉社区", "2025-10", "csv", "batch1/龙泉社区10月报表(2025).csv", "utf-8-sig"),
    ("龙泉社区", "2026-03", "csv", "batch1/龙泉社区3月报表(2026).csv", "utf-8-sig"),
]


def prev(m):
    i = MONTHS.index(m)
    return MONTHS[i - 1] if i else None


def kv_form(W, name, m, rel, writer, enc, role="primary", changed=None, title_extra=""):
    """项目 | 本月 | 上月 | 备注 ; units glued to the numbers in some communities' forms."""
    code = CODE[name]
    y, mm = m.split("-")
    sname = f"{int(mm)}月" if writer != "csv" else os.path.splitext(os.path.basename(rel))[0]
    sh = Sheet(sname)
    sh.put(0, 0, f"大理市太和街道{name}{y}年{CN_MONTH[m]}工作情况统计{title_extra}")
    sh.put(1, 0, "填报单位：" + name + "居民委员会（盖章）")
    sh.put(1, 3, "报送时间：次月5日前")
    for c, h in enumerate(["项目", "本月", "上月", "备注"]):
        sh.put(2, c, h)
    glue = name in ("龙祥社区", "龙泉社区")
    v, pv = W[(code, m)], (W[(code, prev(m))] if prev(m) else None)
    for i, (ind, label, unit) in enumerate(ITEMS):
        r = 3 + i
        sh.put(r, 0, label if glue else f"{label}（{unit}）")
        val = v[ind] if not changed or ind not in changed else changed[ind]
        cellv = f"{val}{unit}" if glue else val
        sh.put(r, 1, cellv)
        record(rel, sname, r, 1, code, m, ind, val, str(cellv), role)
        if pv:
            sh.put(r, 2, f"{pv[ind]}{unit}" if glue else pv[ind])
        else:
            sh.put(r, 2, "—")
        if ind == "cultural_activities":
            sh.put(r, 3, REMARK[m])
        if ind == "petitions_resolved":
            sh.put(r, 3, "办结率" + f"{100 * val / v['petitions_received']:.1f}%")
    n = 3 + len(ITEMS)
    sh.put(n, 0, "分管领导：")
    sh.put(n, 2, "填表人：")
    feats = ["community_file", "item_current_previous_remark_columns", "previous_month_column", "remark_cells"]
    if glue:
        feats.append("units_glued_to_numbers")
    return sh, feats


def community_files(W):
    for name, m, writer, rel, enc in PLAN:
        sh, feats = kv_form(W, name, m, rel, writer, enc)
        save(rel, [sh], writer, feats, encoding=enc or "utf-8")


def guanyi_transposed(W):
    """关迤社区: one sheet for the whole 2025—2026 reporting year; months down, items across, 年度累计 beside."""
    rel = "batch1/关迤社区2025—2026年度月报汇总（9月至3月）.xlsx"
    code = CODE["关迤社区"]
    sh = Sheet("九至三月")
    inds = [("households", "户数", "户"), ("residents", "人口", "人"), ("party_members", "党员", "名"),
            ("cultural_activities", "文体活动", "场"), ("lectures_held", "宣讲", "次"),
            ("volunteer_person_times", "志愿服务", "人次"), ("petitions_received", "诉求受理", "件"),
            ("petitions_resolved", "诉求办结", "件"), ("disputes_mediated", "调解纠纷", "起"),
            ("people_assisted", "帮扶群众", "人")]
    sh.merge(0, 0, 0, 12, "关迤社区（古城片区）2025—2026年度月报汇总")
    sh.put(1, 0, "年")
    sh.put(1, 1, "月")
    for j, (_, lab, unit) in enumerate(inds):
        sh.put(1, 2 + j, lab)
        sh.put(2, 2 + j, unit)
    sh.put(1, 12, "志愿服务年度累计")
    sh.put(2, 12, "人次")
    cum = 0
    for i, m in enumerate(MONTHS):
        r = 3 + i
        sh.put(r, 1, CN_MONTH[m])
        v = W[(code, m)]
        for j, (ind, _, _) in enumerate(inds):
            sh.put(r, 2 + j, v[ind])
            record(rel, sh.name, r, 2 + j, code, m, ind, v[ind], str(v[ind]))
        cum = (0 if m == "2026-01" else cum) + v["volunteer_person_times"]
        sh.put(r, 12, cum)
    sh.merge(3, 0, 6, 0, "2025年")
    sh.merge(7, 0, 9, 0, "2026年")
    sh.put(10, 0, "注：1月起累计数重新从元月起算；“元月”即1月。")
    save(rel, [sh], "openpyxl", ["community_file", "transposed_months_down_rows", "chinese_month_words", "yuanyue_for_january",
                                  "year_in_merged_left_column", "units_in_second_header_row", "ytd_column_reset_in_january"])


VIL_A = [("households", "户数"), ("residents", "人口"), ("party_members", "党员"), ("staff", "村“两委”及专职人员")]
VIL_B = [("cultural_activities", "文体活动场次"), ("volunteer_person_times", "志愿服务人次"),
         ("people_assisted", "帮扶人数"), ("disputes_mediated", "调解纠纷起数")]
VIL_NAMES_A = ["温泉村", "刘官厂村", "洱滨村", "太和村", "大庄村"]
VIL_NAMES_B = ["大庄", "太和", "洱滨", "刘官厂", "温泉"]


def village_file(W, m, rel, role="primary", changed=None, title="", feats_extra=()):
    """Two tables stacked on one sheet: 一、基本情况 (村 names in full) then 二、工作开展 (short names, reversed)."""
    y, mm = m.split("-")
    sh = Sheet(f"{y}.{mm}")
    sh.put(0, 0, f"太和街道各村委会{y}年{int(mm)}月工作统计{title}")
    sh.put(1, 0, "一、基本情况")
    for j, (_, lab) in enumerate(VIL_A):
        sh.put(2, 1 + j, lab)
    sh.put(2, 0, "村委会")
    for i, vn in enumerate(VIL_NAMES_A):
        code = CODE[vn + "委会"]
        sh.put(3 + i, 0, vn)
        for j, (ind, _) in enumerate(VIL_A):
            val = (changed or {}).get((vn, ind), W[(code, m)][ind])
            sh.put(3 + i, 1 + j, val)
            record(rel, sh.name, 3 + i, 1 + j, code, m, ind, val, str(val), role)
    sh.put(9, 0, "二、工作开展")
    sh.put(10, 0, "村名")
    for j, (_, lab) in enumerate(VIL_B):
        sh.put(10, 1 + j, lab)
    for i, vn in enumerate(VIL_NAMES_B):
        code = CODE[vn + "村委会"]
        sh.put(11 + i, 0, vn)
        for j, (ind, _) in enumerate(VIL_B):
            val = (changed or {}).get((vn + "村", ind), W[(code, m)][ind])
            if ind == "disputes_mediated" and val == 0:
                sh.put(11 + i, 1 + j, "无")
                record(rel, sh.name, 11 + i, 1 + j, code, m, ind, 0, "无", role)
                continue
            sh.put(11 + i, 1 + j, val)
            record(rel, sh.name, 11 + i, 1 + j, code, m, ind, val, str(val), role)
    sh.put(17, 0, "注：太和村指太和村委会，不是太和街道合计。")
    save(rel, [sh], "xlsxwriter", ["village_file", "two_tables_stacked_one_sheet", "short_village_names_second_table",
                                    "different_row_order_per_table", "wu_means_zero", "period_as_sheet_name_dot"]
         + list(feats_extra))


def village_files(W):
    for m in ("2025-10", "2025-12", "2026-02"):
        y, mm = m.split("-")
        village_file(W, m, f"batch1/太和街道村委会{y}年{int(mm)}月工作统计.xlsx")


def _sign(d):
    return "持平" if d == 0 else (f"+{d}" if d > 0 else f"−{-d}")


def sanhe_files(W):
    """三和社区: a caption block first, the table starting at D7; 上月 | 比上月 (signed text, 持平) | 本月."""
    code = CODE["三和社区"]
    for m in ("2025-11", "2026-01", "2026-03"):
        y, mm = m.split("-")
        rel = f"batch1/三和社区{y}年{int(mm)}月份数据（比上月）.xlsx"
        sh = Sheet(f"{y}年{int(mm)}月")
        sh.put(0, 0, f"三和社区{y}年{int(mm)}月工作亮点")
        sh.put(1, 0, "1. " + REMARK[m] + "；2. 工作图片见附件（共6张）。")
        sh.put(2, 0, "3. 白族大本曲进社区演出，群众反响好。")
        sh.put(5, 3, "数据")
        for c, h in enumerate(["指标", "上月", "比上月", "本月"]):
            sh.put(6, 3 + c, h)
        v, pv = W[(code, m)], W[(code, prev(m))]
        for i, (ind, label, unit) in enumerate(ITEMS):
            r = 7 + i
            sh.put(r, 3, f"{label}/{unit}")
            sh.put(r, 4, pv[ind])
            sh.put(r, 5, _sign(v[ind] - pv[ind]))
            sh.put(r, 6, v[ind])
            record(rel, sh.name, r, 6, code, m, ind, v[ind], str(v[ind]))
        save(rel, [sh], "openpyxl", ["community_file", "caption_block_before_table", "table_starts_at_D7",
                                      "signed_change_column_text", "chiping_for_no_change", "unit_after_slash_in_label"])


def daguanyi_file(W):
    """大关邑社区: 11月 and 12月 side by side on one sheet, each with 本月 and 本年累计 (累计 from 2025-01, not truth)."""
    code = CODE["大关邑社区"]
    rel = "batch1/大关邑社区2025年11-12月报表.xlsx"
    sh = Sheet("11-12月")
    sh.merge(0, 0, 0, 6, "大关邑社区2025年11月、12月报表（本年累计自1月起）")
    flows = [(ind, lab, u) for ind, lab, u in ITEMS if ind not in ("households", "residents", "party_members", "pairings")]
    for k, m in enumerate(("2025-11", "2025-12")):
        c0 = 1 + 3 * k
        sh.merge(1, c0, 1, c0 + 1, f"{int(m[5:])}月")
        sh.put(2, c0, "本月")
        sh.put(2, c0 + 1, "本年累计")
        for i, (ind, lab, u) in enumerate(flows):
            r = 3 + i
            sh.put(r, 0, f"{lab}（{u}）")
            val = W[(code, m)][ind]
            sh.put(r, c0, val)
            record(rel, sh.name, r, c0, code, m, ind, val, str(val))
            jan_aug = 8 * W[(code, "2025-09")][ind] + 3 * (i + 1)  # invented Jan–Aug figures before the corpus
            upto = MONTHS[:MONTHS.index(m) + 1]
            sh.put(r, c0 + 1, jan_aug + sum(W[(code, x)][ind] for x in upto))
    save(rel, [sh], "openpyxl", ["community_file", "two_months_side_by_side", "month_merged_over_pair",
                                  "ytd_column_from_january", "flows_only"])
