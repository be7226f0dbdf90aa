"""Community files, part one (2025-10 … 2026-01)."""
from gy_common import UNIT_DIV, cell
from gy_grid import Sheet, qval, val
from gy_world import BY_SHORT
from gy_writers import save

B1 = "batch1/"
STOCKS = {"households", "residents", "floating_population", "staff", "zero_employment_households", "dibao_households",
          "dibao_persons", "patrol_members", "informants", "volunteers", "party_members", "pairings"}


def c1_dongxinqu(W):
    """Roman-numeral groups Ⅰ. Ⅱ. … and circled items ①②③ in one 项目 column; 项目 | 单位 | 本月数 | 备注."""
    code, m = BY_SHORT["东新区路"], "2025-10"
    sh = Sheet("10月")
    sh.put(0, 0, "东新区路社区2025年10月工作报表")
    sh.row(1, 0, ["项目", "单位", "本月数", "备注"])
    groups = [("Ⅰ.民情诉求", [("受理群众来访来电及热线诉求", "件", "petitions_received", ""), ("办结", "件", "petitions_resolved", ""),
                              ("人民调解", "起", "disputes_mediated", "")]),
              ("Ⅱ.就业创业", [("新开发岗位", "个", "jobs_created", ""), ("就业人数", "人", "people_employed", "含灵活就业"),
                              ("创业担保贷款", "万元", "micro_loans_yuan", "")]),
              ("Ⅲ.民政为老", [("城市低保", "户", "dibao_households", ""), ("城市低保", "人", "dibao_persons", ""),
                              ("低保金", "元", "dibao_payout_yuan", ""), ("重阳节走访慰问老人", "人", "people_assisted", "10月29日重阳节"),
                              ("老年人健康体检", "例", "free_health_checks", "")]),
              ("Ⅳ.文化平安", [("国庆中秋文体活动", "场", "cultural_activities", ""), ("平安巡逻队员", "人", "patrol_members", ""),
                              ("治安案件", "起", "security_cases", "")])]
    circ = "①②③④⑤⑥⑦⑧⑨"
    r = 2
    for g, items in groups:
        sh.put(r, 0, g)
        r += 1
        for k, (label, unit, ind, note) in enumerate(items):
            sh.put(r, 0, circ[k] + label)
            sh.put(r, 1, unit)
            val(sh, r, 2, code, m, ind, div=UNIT_DIV.get(unit, 1), style="wu" if ind == "security_cases" else "n")
            if note:
                sh.put(r, 3, note)
            r += 1
    sh.put(r + 1, 0, "填报人：龙艳　审核：罗建　2025年11月3日")
    save(B1 + "东新区路社区2025年10月工作报表.xlsx", [sh], "openpyxl",
         ["comm_list", "roman_numeral_groups", "circled_item_numbers", "same_label_two_units", "unit_column_wan",
          "measure_word_li", "wu_for_zero", "footer_date_trap", "xlsx_openpyxl"], (2025, 11, 3, 9, 15))


def c2_qingnian(W):
    """项目 | 本月 | 单位 (value before unit); 「保障对象 户（人）」 as 「36（58）」; a 联系人 footer."""
    code, m = BY_SHORT["青年路"], "2025-10"
    sh = Sheet("Sheet1")
    sh.put(0, 0, "青年路社区居委会2025年10月份工作报表")
    sh.row(1, 0, ["序号", "项目", "本月", "单位"])
    items = [("群众诉求受理", "petitions_received", "件"), ("群众诉求办结", "petitions_resolved", "件"),
             ("保障对象", "bpair", "户（人）"), ("保障金发放", "dibao_payout_yuan", "元"),
             ("新增就业岗位", "jobs_created", "个"), ("其中公益性岗位", "public_welfare_jobs", "个"),
             ("职业技能培训", "training_sessions", "场次"), ("注册志愿者", "volunteers", "人"),
             ("志愿服务", "volunteer_person_times", "人次"), ("党员", "party_members", "名"), ("社工", "staff", "人")]
    for i, (label, ind, unit) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [i + 1, label])
        cell(W, sh, r, 2, code, m, ind)
        sh.put(r, 3, unit)
    sh.put(14, 0, "联系人：吴静　0851-85506217　13985012276")
    save(B1 + "青年路社区2025年10月份工作报表.xls", [sh], "xlwt",
         ["comm_list", "value_before_unit", "households_persons_bracket", "baozhang_for_dibao", "month_fen",
          "phone_trap", "xls_xlwt"], (2025, 11, 4, 16, 45))


def c3_yejindayuan(W):
    """UTF-8 BOM CSV; the period with its day span 「2025年11月份（11.1-11.30）」; measure words glued and varied."""
    code, m = BY_SHORT["冶金大院"], "2025-11"
    sh = Sheet("c3")
    sh.put(0, 0, "冶金大院社区2025年11月份（11.1-11.30）工作统计")
    sh.row(1, 0, ["指标", "完成数", "备注"])
    items = [("受理诉求", "petitions_received", "件", ""), ("办结", "petitions_resolved", "件", ""),
             ("调解纠纷", "disputes_mediated", "起", "邻里噪音3起"), ("健康体检", "free_health_checks", "例", ""),
             ("慰问困难群众", "people_assisted", "人", ""), ("发放慰问品", "goods_distributed", "份", ""),
             ("群众文化活动", "cultural_activities", "场次", ""), ("法治宣讲", "lectures_held", "次", ""),
             ("结对帮扶", "pairings", "对", ""), ("巡逻队员", "patrol_members", "名", ""), ("信息员", "informants", "名", ""),
             ("流动人口", "floating_population", "人", "")]
    for i, (label, ind, unit, note) in enumerate(items):
        r = 2 + i
        sh.put(r, 0, label)
        val(sh, r, 1, code, m, ind, style="u", unit=unit)
        if note:
            sh.put(r, 2, note)
    sh.put(15, 0, "报送：2025.12.2")
    save(B1 + "冶金大院社区2025年11月份工作统计.csv", [sh], "csv-utf8bom",
         ["comm_list", "period_with_day_span", "units_glued_varied_measure_words", "notes_numbers", "footer_dotted_date",
          "csv_utf8bom"], (2025, 12, 2, 10, 0))


def c4_yejinlu(W):
    """上旬 | 中旬 | 下旬 | 本月 for three rows, the other rows only 本月 (「—」 in the dekads)."""
    code, m = BY_SHORT["冶金路"], "2025-11"
    sh = Sheet("11月")
    sh.put(0, 0, "冶金路社区2025年11月工作月报")
    sh.row(1, 0, ["项目", "单位", "上旬", "中旬", "下旬", "本月"])
    items = [("受理居民诉求", "件", "petitions_received", True), ("诉求办结", "件", "petitions_resolved", True),
             ("志愿服务", "人次", "volunteer_person_times", True), ("矛盾纠纷调解", "起", "disputes_mediated", False),
             ("实现就业", "人", "people_employed", False), ("零就业家庭", "户", "zero_employment_households", False),
             ("低保户", "户", "dibao_households", False), ("低保人员", "人", "dibao_persons", False),
             ("常住人口", "人", "residents", False), ("常住户", "户", "households", False)]
    for i, (label, unit, ind, dek) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [label, unit])
        if dek:
            parts = W.split3(code, m, ind)
            sh.row(r, 2, parts)
        else:
            sh.row(r, 2, ["—", "—", "—"])
        val(sh, r, 5, code, m, ind)
    sh.put(13, 0, "注：常住人口、常住户、低保为月末数。")
    save(B1 + "冶金路社区2025年11月工作月报.xlsx", [sh], "openpyxl",
         ["comm_list", "dekad_columns_parts", "dash_in_part_columns", "stock_note", "xlsx_openpyxl"], (2025, 12, 1, 15, 0))


def c5_dongbao(W):
    """Two value columns in one list: 本月发生数 (flows) and 截至月底数 (stocks); each item fills one, the other blank."""
    code, m = BY_SHORT["东宝"], "2025-12"
    sh = Sheet("12月")
    sh.put(0, 0, "东宝社区2025年12月工作情况统计")
    sh.row(1, 0, ["序号", "工作内容", "计量单位", "本月发生数", "截至月底数", "备注"])
    items = [("受理诉求", "件", "petitions_received"), ("已办结", "件", "petitions_resolved"),
             ("新增就业岗位", "个", "jobs_created"), ("实现就业", "人", "people_employed"),
             ("零就业家庭", "户", "zero_employment_households"), ("低保户", "户", "dibao_households"),
             ("低保对象", "人", "dibao_persons"), ("发放低保金", "元", "dibao_payout_yuan"),
             ("走访慰问", "人次", "people_assisted"), ("文体活动", "场", "cultural_activities"),
             ("注册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times"),
             ("党员", "名", "party_members"), ("结对帮扶", "对", "pairings"), ("社区工作者", "人", "staff")]
    for i, (label, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [i + 1, label, unit])
        val(sh, r, 4 if ind in STOCKS else 3, code, m, ind)
    sh.put(2 + len(items), 5, "12月中旬寒潮，水管冻裂报修诉求增多")
    sh.put(3 + len(items), 0, "东宝社区居委会　2026年1月4日")
    save(B1 + "东宝社区2025年12月工作情况统计.ods", [sh], "odfpy",
         ["comm_list", "flow_and_stock_columns_split", "notes_numbers", "footer_date_trap", "ods_odfpy"], (2026, 1, 4, 11, 0))


def c6_yugaoqiao(W):
    """Months down 「10月份」「11月份」「12月份」 then 「四季度」 (quarter_truth; 「—」 for stocks); corner 「项目＼月份」."""
    code = BY_SHORT["雨高桥"]
    months = ["2025-10", "2025-11", "2025-12"]
    sh = Sheet("四季度")
    sh.put(0, 0, "雨高桥社区2025年第四季度工作台账")
    cols = [("受理诉求\n（件）", "petitions_received"), ("办结\n（件）", "petitions_resolved"), ("调解\n（起）", "disputes_mediated"),
            ("新增岗位\n（个）", "jobs_created"), ("培训\n（场）", "training_sessions"), ("体检\n（例）", "free_health_checks"),
            ("文体活动\n（场）", "cultural_activities"), ("低保户\n（户）", "dibao_households"), ("志愿者\n（人）", "volunteers")]
    sh.put(1, 0, "项目＼月份")
    for j, (h, _) in enumerate(cols):
        sh.put(1, 1 + j, h)
    for i, m in enumerate(months):
        sh.put(2 + i, 0, f"{int(m[5:])}月份")
        for j, (h, ind) in enumerate(cols):
            val(sh, 2 + i, 1 + j, code, m, ind)
    sh.put(5, 0, "四季度")
    for j, (h, ind) in enumerate(cols):
        if ind in STOCKS:
            sh.put(5, 1 + j, "—")
        else:
            qval(sh, 5, 1 + j, code, "2025-Q4", ind)
    sh.put(6, 0, "报送日期：2026年1月6日")
    save(B1 + "雨高桥社区2025年第四季度工作台账.xlsx", [sh], "openpyxl",
         ["comm_months_down", "month_fen_rows", "quarter_row", "corner_header_text", "header_line_breaks",
          "footer_date_trap", "xlsx_openpyxl"], (2026, 1, 6, 9, 0))


def c7_fuyuanbei(W):
    """A long label typed over two rows (no merge): the figure stands on the second row; 一、(一) 1. numbering; a 备注
    naming 富源南路社区 (二戈街道), one character from ours."""
    code, m = BY_SHORT["富源北路"], "2026-01"
    sh = Sheet("1月")
    sh.put(0, 0, "富源北路社区2026年1月工作报表")
    sh.row(1, 0, ["序号", "项目", "数据", "备注"])
    rows = [("一、", "民生服务", None, None, ""),
            ("（一）", "受理居民群众反映的各类", None, None, ""),
            ("", "诉求（件）", "petitions_received", None, "含富源南路社区（二戈街道）转来跨片诉求2件"),
            ("（二）", "已办结（件）", "petitions_resolved", None, ""),
            ("（三）", "凝冻期间走访慰问独居", None, None, ""),
            ("", "老人及困难群众（人）", "people_assisted", None, "1月20日—29日凝冻"),
            ("（四）", "发放棉被、米油等慰问", None, None, ""),
            ("", "物资（件）", "goods_distributed", None, ""),
            ("二、", "就业和保障", None, None, ""),
            ("（一）", "实现就业（人）", "people_employed", None, ""),
            ("（二）", "城市低保（户）", "dibao_households", None, ""),
            ("（三）", "城市低保（人）", "dibao_persons", None, ""),
            ("三、", "平安建设", None, None, ""),
            ("（一）", "巡逻队员（人）", "patrol_members", None, ""),
            ("（二）", "平安信息员（人）", "informants", None, ""),
            ("（三）", "发生治安案件（起）", "security_cases", None, "")]
    for i, (no, label, ind, _, note) in enumerate(rows):
        r = 2 + i
        if no:
            sh.put(r, 0, no)
        sh.put(r, 1, label)
        if ind:
            val(sh, r, 2, code, m, ind)
        if note:
            sh.put(r, 3, note)
    sh.put(19, 0, "填报人：田芳　2026年2月3日")
    save(B1 + "富源北路社区2026年1月工作报表.xlsx", [sh], "openpyxl",
         ["comm_list", "label_wrapped_over_two_rows", "numbering_chinese_bracket", "neighbour_name_in_note",
          "notes_numbers", "footer_date_trap", "xlsx_openpyxl"], (2026, 2, 3, 16, 30))


def c8_youzhajie(W):
    """The community with the street's name: title 「南明区油榨街道油榨街社区…」; 城低 abbreviations; 凝冻 note."""
    code, m = BY_SHORT["油榨街"], "2026-01"
    sh = Sheet("Sheet1")
    sh.put(0, 0, "南明区油榨街道油榨街社区2026年1月工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "数量", "备注"])
    items = [("热线及来访诉求受理", "件", "petitions_received", "其中水管冻裂、停水报修41件"),
             ("诉求办结", "件", "petitions_resolved", ""), ("矛盾调处", "起", "disputes_mediated", ""),
             ("城低保障户数", "户", "dibao_households", ""), ("城低保障人数", "人", "dibao_persons", ""),
             ("城低保障金", "元", "dibao_payout_yuan", ""), ("春节慰问困难群众", "人", "people_assisted", ""),
             ("慰问物资", "件", "goods_distributed", ""), ("新增就业岗位", "个", "jobs_created", ""),
             ("公益性岗位", "个", "public_welfare_jobs", ""), ("创业担保贷款", "元", "micro_loans_yuan", ""),
             ("文体活动", "场", "cultural_activities", ""), ("常住人口", "人", "residents", ""),
             ("来筑人员", "人", "floating_population", "")]
    for i, (label, unit, ind, note) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [i + 1, label, unit])
        val(sh, r, 3, code, m, ind, style="c" if ind in ("dibao_payout_yuan", "residents", "micro_loans_yuan") else "n")
        if note:
            sh.put(r, 4, note)
    sh.put(17, 0, "报送日期：2026年2月4日　电话：0851-85512830")
    save(B1 + "油榨街社区2026年1月工作报表.xls", [sh], "xlwt",
         ["comm_list", "name_is_street_tail", "street_prefix_title", "chengdi_abbreviation", "thousands_text",
          "laizhu_for_floating", "notes_numbers", "phone_trap", "xls_xlwt"], (2026, 2, 4, 9, 50))


def c9_nanxingxiang(W):
    """The month only in the sheet tab 「一月份」; the title says 「2026年度」."""
    code, m = BY_SHORT["南兴巷"], "2026-01"
    sh = Sheet("一月份")
    sh.put(0, 0, "南兴巷社区2026年度工作情况统计")
    sh.row(1, 0, ["类别", "项目", "单位", "数值"])
    items = [("诉求", "受理", "件", "petitions_received"), ("诉求", "办结", "件", "petitions_resolved"),
             ("就业", "新增岗位", "个", "jobs_created"), ("就业", "实现就业", "人", "people_employed"),
             ("民政", "低保户数", "户", "dibao_households"), ("民政", "低保人数", "人", "dibao_persons"),
             ("民政", "帮扶困难群众", "人", "people_assisted"), ("文化", "文体活动", "场", "cultural_activities"),
             ("文化", "宣讲", "次", "lectures_held"), ("平安", "治安案件", "起", "security_cases"),
             ("志愿", "注册志愿者", "人", "volunteers"), ("志愿", "志愿服务", "人次", "volunteer_person_times")]
    r = 2
    for i, (g, label, unit, ind) in enumerate(items):
        sh.row(r + i, 1, [label, unit])
        val(sh, r + i, 3, code, m, ind)
    k = 0
    while k < len(items):
        j = k
        while j + 1 < len(items) and items[j + 1][0] == items[k][0]:
            j += 1
        sh.merge(r + k, 0, r + j, 0, items[k][0])
        k = j + 1
    save(B1 + "南兴巷社区2026年度工作情况统计.xlsx", [sh], "openpyxl",
         ["comm_list", "month_only_in_chinese_numeral_tab", "year_only_in_title_niandu", "category_merged_down",
          "xlsx_openpyxl"], (2026, 2, 5, 10, 10))


def build(W):
    c1_dongxinqu(W)
    c2_qingnian(W)
    c3_yejindayuan(W)
    c4_yejinlu(W)
    c5_dongbao(W)
    c6_yugaoqiao(W)
    c7_fuyuanbei(W)
    c8_youzhajie(W)
    c9_nanxingxiang(W)
