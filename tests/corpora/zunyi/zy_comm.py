"""The communities' own monthly returns (9 indicators of the 社区基本情况·民生 sheet), 15 files in 8 layouts."""
from zy_grid import Sheet, _value_role, val
from zy_world import BY_SHORT
from zy_writers import save

IND = ["households", "residents", "floating_population", "staff", "patrol_members", "informants",
       "free_health_checks", "people_assisted", "goods_distributed"]
LAB = {"households": ("辖区总户数", "户"), "residents": ("常住人口", "人"), "floating_population": ("流动人口", "人"),
       "staff": ("社区工作者", "人"), "patrol_members": ("群防群治巡逻队员", "人"), "informants": ("平安信息员", "人"),
       "free_health_checks": ("免费健康体检", "人"), "people_assisted": ("走访慰问困难群众", "人"),
       "goods_distributed": ("发放慰问物资", "件")}
# the 黔北 clerk's own wording in some files
LAB2 = {"households": "住户", "residents": "常住人口数", "floating_population": "外来流动人员",
        "staff": "两委及专职社工", "patrol_members": "义务巡逻队", "informants": "楼栋平安信息员",
        "free_health_checks": "老年人免费体检", "people_assisted": "看望困难户", "goods_distributed": "送米送油等物资"}


def fixed(sh, r, c, code, m, ind, first):
    """「35改37」: the clerk overtyped the first figure in the cell; the figure after 改 is the value."""
    key = (code, m, ind)
    v, role = _value_role(key, None, None)
    sh.put(r, c, f"{first}改{v}")
    sh.rec(r, c, ("truth", key, v, role))
    return c + 1


def vert(W, short, m, name, title, sheet, prev=False, lab2=False, styles=None, fixes=None, remark=None, extra=None):
    """Indicators down: 序号 | 项目 | 单位 | 本月 (| 上月) | 备注."""
    code = BY_SHORT[short]
    sh = Sheet(sheet)
    cols = ["序号", "项目", "单位", "本月数"] + (["上月数"] if prev else []) + ["备注"]
    sh.merge(0, 0, 0, len(cols) - 1, title)
    sh.merge(1, 0, 1, len(cols) - 1, f"填报单位（盖章）：{name}")
    sh.row(2, 0, cols)
    r = 3
    for i, ind in enumerate(IND):
        lab, unit = LAB[ind]
        sh.row(r, 0, [f"{'①②③④⑤⑥⑦⑧⑨'[i]}", LAB2[ind] if lab2 else lab, unit])
        if fixes and ind in fixes:
            fixed(sh, r, 3, code, m, ind, fixes[ind])
        else:
            val(sh, r, 3, code, m, ind, style=(styles or {}).get(ind, "n"))
        if prev:
            val(sh, r, 4, code, W.prev(m), ind, role="prevmonth")
        if remark and ind in remark:
            sh.put(r, len(cols) - 1, remark[ind])
        r += 1
    for lab, text in (extra or []):
        sh.row(r, 1, [lab, "", text])
        r += 1
    sh.put(r + 1, 1, "填报人：　　　　　联系电话：0851-2862xxxx")
    return sh


def one_row(W, short, m, name, title):
    """Indicators across one row, one data row (CSV)."""
    code = BY_SHORT[short]
    sh = Sheet("x")
    sh.put(0, 0, title)
    sh.row(1, 0, ["社区"] + [f"{LAB[i][0]}({LAB[i][1]})" for i in IND])
    sh.put(2, 0, name)
    for j, ind in enumerate(IND):
        val(sh, 2, 1 + j, code, m, ind, style="t")
    return sh


def block(sh, r0, W, short, m, head):
    code = BY_SHORT[short]
    sh.merge(r0, 0, r0, 3, head)
    sh.row(r0 + 1, 0, ["项目", "单位", "数量", "说明"])
    for i, ind in enumerate(IND):
        sh.row(r0 + 2 + i, 0, [LAB[ind][0], LAB[ind][1]])
        val(sh, r0 + 2 + i, 2, code, m, ind)
    return r0 + 2 + len(IND)


def build(W):
    S = save
    # 1 龙井沟 2025-09: 本月 and 上月 (August: outside the period, ignore)
    S("batch1/龙井沟社区2025年9月份基本情况月报.xlsx",
      [vert(W, "龙井沟", "2025-09", "中华路街道龙井沟社区居民委员会", "龙井沟社区基本情况月报（2025年9月份）", "9月份", prev=True)],
      "openpyxl", ["community_file", "indicators_down", "prev_month_column", "circled_number_seq"], (2025, 10, 8, 9, 0))
    # 2 龙井沟 2026-02: 黔北 wording, 莫得
    S("batch1/龙井沟2026年2月民生台账.xls",
      [vert(W, "龙井沟", "2026-02", "龙井沟居委会", "龙井沟社区2026年2月民生工作台账（春节）", "民生台账", lab2=True,
            styles={"staff": "u"})], "xlwt", ["community_file", "local_labels", "names_jwh"], (2026, 3, 4, 9, 0))
    # 3 凤朝门 2025-11 with 杨家巷's block 代报 (the 杨家巷 clerk was on leave)
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 3, "中华路街道凤朝门社区2025年11月工作数据")
    end = block(sh, 2, W, "凤朝门", "2025-11", "一、凤朝门社区")
    block(sh, end + 2, W, "杨家巷", "2025-11", "二、杨家巷社区（凤朝门社区代报）")
    sh.put(end + 14, 0, "说明：杨家巷社区专干休产假，11月数据由凤朝门社区代为汇总报送，经杨家巷社区书记核对。")
    S("batch1/凤朝门社区2025年11月工作数据（含代报杨家巷）.xlsx", [sh], "openpyxl",
      ["community_file", "daibao_second_community_block", "two_tables_stacked"], (2025, 12, 5, 15, 0))
    # 4 杨家巷 2026-01 (ods)
    S("batch1/杨家巷社区2026年1月报表.ods",
      [vert(W, "杨家巷", "2026-01", "杨家巷社区", "杨家巷社区2026年1月综合报表", "2026年1月",
            remark={"people_assisted": "含凝冻天气走访独居老人", "goods_distributed": "棉被、取暖器等"})],
      "odfpy", ["community_file", "indicators_down", "remark_cells"], (2026, 2, 3, 10, 0))
    # 5 环城 2025-10 one row, GBK
    S("batch1/环城社区_25年10月.csv",
      [one_row(W, "环城", "2025-10", "环城", "环城社区民生数据 2025年10月（国庆黄金周）")], "csv-gbk",
      ["community_file", "indicators_across_one_row", "csv-gbk"], (2025, 11, 4, 9, 0))
    # 6 环城 2026-02 (corrected in batch2)
    S("batch1/环城社区2026年2月报表.xlsx",
      [vert(W, "环城", "2026-02", "中华路街道环城社区居委会", "环城社区2026年2月报表", "Sheet1")], "openpyxl",
      ["community_file", "indicators_down", "corrected_later"], (2026, 3, 3, 9, 0))
    # 7 新东门: December and January side by side, across the year end
    code = BY_SHORT["新东门"]
    sh = Sheet("12-1月")
    sh.merge(0, 0, 0, 3, "新东门社区月报（2025年12月、2026年1月合报）")
    sh.row(1, 0, ["指标", "计量单位", "2025年12月", "2026年元月"])
    for i, ind in enumerate(IND):
        sh.row(2 + i, 0, [LAB[ind][0], LAB[ind][1]])
        val(sh, 2 + i, 2, code, "2025-12", ind)
        val(sh, 2 + i, 3, code, "2026-01", ind, style="fw" if ind in ("staff", "informants") else "n")
    sh.put(12, 0, "因元旦假期，12月与1月数据合并报送。")
    S("batch1/新东门社区2025年12月-2026年1月合报.xlsx", [sh], "xlsxwriter",
      ["community_file", "two_months_side_by_side", "year_end_in_one_sheet", "fullwidth_digits"], (2026, 2, 2, 9, 0))
    # 8 苟家井 2025-10: typo 荀家井 in the title and 「35改37」 cells
    S("batch1/苟家井社区2025年10月数据.xlsx",
      [vert(W, "苟家井", "2025-10", "荀家井社区居委会", "荀家井社区2025年10月数据统计", "10月",
            fixes={"people_assisted": W.v[(BY_SHORT["苟家井"], "2025-10", "people_assisted")] - 3,
                   "informants": W.v[(BY_SHORT["苟家井"], "2025-10", "informants")] + 1})],
      "openpyxl", ["community_file", "typo_name_xun_for_gou", "overtyped_gai_cells"], (2025, 11, 6, 9, 0))
    # 9 花台坡 2026-03 (UTF-8 CSV, short name 花台)
    S("batch1/花台社区2026年3月.csv",
      [vert(W, "花台坡", "2026-03", "花台社区", "花台社区2026年3月基本数据（学雷锋月）", "x", lab2=True)],
      "csv-utf8", ["community_file", "short_name_huatai", "local_labels"], (2026, 4, 2, 9, 0))
    # 10 内沙路 2025-09 (ods)
    S("batch1/内沙路社区二〇二五年九月报表.ods",
      [vert(W, "内沙路", "2025-09", "内沙路社区", "内沙路社区二〇二五年九月报表", "九月")],
      "odfpy", ["community_file", "period_in_chinese_numerals"], (2025, 10, 9, 9, 0))
    # 11 黄家院子 2025-12 (xls, short name 黄家院)
    S("batch1/黄家院社区2025年12月月报.xls",
      [vert(W, "黄家院子", "2025-12", "黄家院社区", "黄家院社区2025年12月月报", "12月",
            remark={"people_assisted": "凝冻预警，走访高龄独居老人", "free_health_checks": "家庭医生签约随访"})],
      "xlwt", ["community_file", "short_name_huangjiayuan", "remark_cells"], (2026, 1, 6, 9, 0))
    # 12 向阳 2026-01: 院坝会 outside rows
    S("batch1/向阳社区2026年1月月报.xlsx",
      [vert(W, "向阳", "2026-01", "中华路街道向阳社区居民委员会", "中华路街道向阳社区2026年1月月报", "1月",
            extra=[("院坝会（场）", "3"), ("红色故事进院坝（次）", "5")])],
      "openpyxl", ["community_file", "outside_catalogue_rows_yuanba"], (2026, 2, 4, 9, 0))
    # 13 向阳 2025-11 (UTF-8 with BOM)
    S("batch1/向阳社区2025年11月.csv",
      [one_row(W, "向阳", "2025-11", "向阳社区居委会", "向阳社区2025年11月民生数据")], "csv-utf8bom",
      ["community_file", "indicators_across_one_row"], (2025, 12, 3, 9, 0))
    # 14 凤朝门 2026-03 with 上月 column (February: nobody else reports 凤朝门 February → ignore)
    S("batch1/凤朝门社区2026年3月基本情况.xlsx",
      [vert(W, "凤朝门", "2026-03", "凤朝门社区", "凤朝门社区2026年3月基本情况", "3月", prev=True)],
      "openpyxl", ["community_file", "prev_month_column"], (2026, 4, 3, 9, 0))
    # 15 内沙路 2026-02 (xlsxwriter)
    sh = vert(W, "内沙路", "2026-02", "内沙路社区", "内沙路社区2026年2月报表", "2月", styles={"goods_distributed": "u"})
    S("batch1/内沙路社区2026年2月报表.xlsx", [sh], "xlsxwriter", ["community_file", "units_glued"], (2026, 3, 5, 9, 0))
