"""Street-office files, part B (S8–S13)."""
import random

import cs_grid
from cs_common import code, name, table, trad
from cs_grid import Sheet, val
from cs_world import COMMUNITIES
from cs_writers import save

SHORTS = [c[0] for c in COMMUNITIES]


def s8_semicolon():
    """2026-01 平安建设: a CSV with ; separators (GBK); 治安案件 「无」; 消防检查 outside."""
    m = "2026-01"
    sh = Sheet("csv")
    sh.put(0, 0, "银盆岭街道平安建设工作月报（2026年1月）")
    sh.row(1, 0, ["社区", "群防群治巡逻队员（人）", "平安信息员（人）", "治安案件（起）", "消防安全检查（家次）",
                  "邻里纠纷调解（起）", "备注"])
    rnd = random.Random(21)
    for i, s in enumerate(SHORTS):
        cd, r = code(s), 2 + i
        sh.put(r, 0, name(s, "sq"))
        val(sh, r, 1, cd, m, "patrol_members", style="t")
        val(sh, r, 2, cd, m, "informants", style="t")
        val(sh, r, 3, cd, m, "security_cases", style="wu")
        sh.put(r, 4, str(rnd.randint(10, 60)))
        val(sh, r, 5, cd, m, "disputes_mediated", style="t")
        if i == 3:
            sh.put(r, 6, "春节前开展消防安全大排查；1月20日联合派出所夜巡")
    sh.put(2 + len(SHORTS), 0, "报送：银盆岭街道综治中心（平安办）  2026年2月3日")
    save("batch1/银盆岭街道平安建设月报（2026年1月）.csv", [sh], "csv-semi",
         ["csv_semicolon", "csv_gbk", "numbers_as_text", "wu_is_zero", "fire_check_outside", "footer_date_trap"],
         (2026, 2, 3, 17, 2))


def s9_pivot():
    """2025-12 党建: a 明细 sheet and a pivot-like 汇总 sheet repeating its values (not to be counted twice)."""
    m = "2025-12"
    det = Sheet("明细")
    det.put(0, 0, "银盆岭街道2025年12月社区党建工作统计（明细）")
    det.row(1, 0, ["序号", "社区", "党组织名称", "在册党员（名）", "在职党员进社区报到（名）", "党员结对帮扶（对）",
                   "流动党员（名）"])
    rnd = random.Random(22)
    for i, s in enumerate(SHORTS):
        cd, r = code(s), 2 + i
        det.row(r, 0, [i + 1, name(s, "sq"), name(s, "dw")])
        val(det, r, 3, cd, m, "party_members")
        det.put(r, 4, rnd.randint(40, 160))
        val(det, r, 5, cd, m, "pairings")
        det.put(r, 6, rnd.randint(2, 15))
    piv = Sheet("汇总")
    piv.row(0, 0, ["社区", "(全部)"])
    piv.row(2, 0, ["行标签", "求和项:在册党员（名）", "求和项:党员结对帮扶（对）"])
    for i, s in enumerate(sorted(SHORTS)):
        cd, r = code(s), 3 + i
        piv.put(r, 0, name(s, "sq"))
        val(piv, r, 1, cd, m, "party_members", role="duplicate")
        val(piv, r, 2, cd, m, "pairings", role="duplicate")
    r = 3 + len(SHORTS)
    piv.row(r, 0, ["总计", sum(cs_grid.W.v[(code(s), m, "party_members")] for s in SHORTS),
                   sum(cs_grid.W.v[(code(s), m, "pairings")] for s in SHORTS)])
    save("batch1/银盆岭街道2025年12月党建工作统计.xlsx", [det, piv], "openpyxl",
         ["pivot_summary_repeats_detail", "party_unit_names", "baodao_outside", "liudong_outside", "xlsx_openpyxl"],
         (2026, 1, 8, 9, 15))


def s10_pages():
    """2026-02 summary: the header repeated every four communities (a printed layout pasted back), 第N页 lines."""
    m = "2026-02"
    sh = Sheet("汇总表")
    sh.merge(0, 0, 0, 13, "银盆岭街道2026年2月社区工作数据汇总表")
    hdr = ["社区", "常住户数", "常住人口", "流动人口", "受理诉求", "办结诉求", "实现就业", "低保户数", "低保人数",
           "注册志愿者", "志愿服务人次", "文体活动", "老年人体检", "走访慰问"]
    inds = ["households", "residents", "floating_population", "petitions_received", "petitions_resolved",
            "people_employed", "dibao_households", "dibao_persons", "volunteers", "volunteer_person_times",
            "cultural_activities", "free_health_checks", "people_assisted"]
    units = ["单位", "户", "人", "人", "件", "件", "人", "户", "人", "人", "人次", "场", "人", "人"]
    r, page = 1, 1
    for i, s in enumerate(SHORTS):
        if i % 4 == 0:
            if i:
                sh.put(r, 0, f"第{page}页  共3页")
                r += 1
                page += 1
            sh.row(r, 0, hdr)
            sh.row(r + 1, 0, units)
            r += 2
        cd = code(s)
        sh.put(r, 0, name(s, "sq"))
        for j, ind in enumerate(inds):
            style = "k" if ind in ("residents", "households", "volunteers") and i % 2 else "n"
            val(sh, r, 1 + j, cd, m, ind, style=style)
        r += 1
    sh.put(r, 0, f"第{page}页  共3页")
    sh.put(r + 1, 0, "银盆岭街道党政综合办公室 制表  2026年3月4日")
    save("batch1/银盆岭街道2026年2月社区工作数据汇总表.xls", [sh], "xlwt",
         ["header_repeated_every_page", "units_row", "page_footer_lines", "thousands_text_mixed", "xls"],
         (2026, 3, 4, 14, 0))


def s11_traditional():
    """2025-10 in traditional characters: headers and names."""
    m = "2025-10"
    sh = Sheet(trad("民生服务"))
    sh.put(0, 0, "銀盆嶺街道2025年10月民生服務統計表")
    sh.row(1, 0, ["序號", "社區", "老年人免費體檢（人）", "走訪慰問困難群眾（人）", "發放慰問物資（件）",
                  "居家養老上門服務（人次）", "低保戶數（戶）", "低保人數（人）"])
    table(sh, 2, 0, [("v", "free_health_checks"), ("v", "people_assisted"), ("v", "goods_distributed"),
                     ("o", 20, 200), ("v", "dibao_households"), ("v", "dibao_persons")], m, form="trad", total="合計")
    sh.put(14, 0, "備註：10月為重陽敬老月，集中開展走訪慰問。")
    save("batch1/銀盆嶺街道2025年10月民生服務統計表.xlsx", [sh], "xlsxwriter",
         ["traditional_chars", "jujia_yanglao_outside", "chongyang_note", "xlsx_xlsxwriter"], (2025, 11, 5, 16, 45))


def s12_elderly():
    """2025-09 为老服务 as WPS .et; 体检覆盖率 outside (not a catalogue rate); 助餐 outside."""
    m = "2025-09"
    sh = Sheet("为老服务")
    sh.merge(0, 0, 0, 7, "银盆岭街道为老服务工作统计表")
    sh.put(1, 0, "统计时段：2025年9月1日—9月30日")
    sh.row(2, 0, ["序号", "社区", "65岁以上老年人体检（人）", "体检覆盖率", "走访慰问困难群众（人）",
                  "发放慰问物资（件）", "居家养老上门服务（人次）", "老年助餐（人次）"])
    rnd = random.Random(24)
    for i, s in enumerate(SHORTS):
        cd, r = code(s), 3 + i
        sh.row(r, 0, [i + 1, name(s, "short")])
        val(sh, r, 2, cd, m, "free_health_checks")
        sh.put(r, 3, f"{rnd.randint(25, 70)}%")
        val(sh, r, 4, cd, m, "people_assisted")
        val(sh, r, 5, cd, m, "goods_distributed")
        sh.put(r, 6, rnd.randint(30, 300))
        sh.put(r, 7, rnd.randint(100, 900))
    save("batch1/银盆岭街道2025年9月为老服务统计.et", [sh], "xlwt-et",
         ["wps_et", "period_as_date_span", "coverage_rate_outside", "meal_outside", "short_names"], (2025, 10, 10, 11, 0))


def s13_wanyuan():
    """2026-01 就业和社会救助: 低保金 and 创业担保贷款 in 万元 columns; 公益性岗位占比 (derived) as text %."""
    m = "2026-01"
    sh = Sheet("1月")
    sh.merge(0, 0, 0, 10, "银盆岭街道就业和社会救助月报")
    sh.put(1, 0, "所属期：2026年1月")
    sh.put(1, 9, "金额单位：万元")
    sh.row(2, 0, ["社区", "新增就业岗位（个）", "其中：公益性岗位（个）", "公益性岗位占比", "失业再就业（人）",
                  "城镇新增就业（人）", "零就业家庭（户）", "职业技能培训（场）", "创业担保贷款", "低保", "低保金"])
    sh.row(3, 9, ["（户/人）", "（万元）"])
    rnd = random.Random(25)
    for i, s in enumerate(SHORTS):
        cd, r = code(s), 4 + i
        sh.put(r, 0, name(s, "sq"))
        val(sh, r, 1, cd, m, "jobs_created")
        val(sh, r, 2, cd, m, "public_welfare_jobs")
        a, b = cs_grid.W.v[(cd, m, "public_welfare_jobs")], cs_grid.W.v[(cd, m, "jobs_created")]
        sh.put(r, 3, f"{100 * a / b:.1f}%")
        sh.put(r, 4, rnd.randint(1, 8))
        val(sh, r, 5, cd, m, "people_employed")
        val(sh, r, 6, cd, m, "zero_employment_households")
        val(sh, r, 7, cd, m, "training_sessions")
        val(sh, r, 8, cd, m, "micro_loans_yuan", div=10000, fmt="0.00")
        cs_grid.pair(sh, r, 9, cd, m)
        val(sh, r, 10, cd, m, "dibao_payout_yuan", div=10000, fmt="0.0000")
    sh.put(5 + len(SHORTS), 0, "注：失业再就业为城镇新增就业中的失业人员再就业部分。")
    save("batch1/银盆岭街道2026年1月就业和社会救助月报.xlsx", [sh], "openpyxl",
         ["wanyuan_units_by_line", "pair_hu_ren", "share_text_percent", "reemployment_part", "xlsx_openpyxl"],
         (2026, 2, 6, 10, 10))


def build():
    for f in (s8_semicolon, s9_pivot, s10_pages, s11_traditional, s12_elderly, s13_wanyuan):
        f()
