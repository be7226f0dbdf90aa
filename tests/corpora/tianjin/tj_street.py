"""The street office's files, part 1: the 社会治理中心 platform export, the 民生 summary over a hidden data sheet,
the 就业 year-by-month ledger in indicator blocks, the 基础数据 workbook with one sheet per community code."""
import datetime
import random

from tj_grid import Formula, Sheet, ref, val
from tj_world import COMMS, REG
from tj_writers import save

ST = "天塔街道"
CLERKS = ["张立新", "王淑芬", "李红梅", "刘建华", "陈静", "杨帆", "赵雅琴", "孙伟", "周丽", "吴海燕", "郑凯", "冯玉洁",
          "何晓东", "高颖"]


def hexid(rnd):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(32))


def platform_export(W):
    """9月 社会治理中心 export: a 查询条件 block, the table from B6 with system columns (记录ID, 填报人, 填报时间, 审核状态,
    审核意见, 版本), returned (已退回) rows refiled as version 2, the returned rows hidden by the clerk's 筛选."""
    m = "2025-09"
    rnd = random.Random(9301)
    sh = Sheet("导出数据")
    sh.put(0, 1, "河西区基层社会治理平台 · 社区数据填报查询")
    sh.put(1, 1, "查询条件：所属街道=天塔街道；统计月份=2025-09；指标分类=平安建设,民情诉求；审核状态=全部")
    sh.put(2, 1, "导出人：网格化管理中心 孙伟　　导出时间：2025-10-09 09:14:33")
    cols = ["记录ID", "区划代码", "社区名称", "统计月份", "指标编码", "指标名称", "数值", "计量单位", "填报人", "填报时间",
            "审核状态", "审核意见", "版本"]
    sh.row(4, 1, cols)
    items = [("PA-001", "受理居民诉求", "件", "petitions_received"), ("PA-002", "诉求办结", "件", "petitions_resolved"),
             ("PA-005", "矛盾纠纷调处化解", "起", "disputes_mediated"), ("PA-011", "网格事件上报", "件", None),
             ("PA-021", "群防群治巡逻队员", "人", "patrol_members"), ("PA-022", "平安信息员", "人", "informants"),
             ("PA-030", "治安案件", "起", "security_cases")]
    returned = {("宾水东里", "petitions_received"): 12, ("高风里", "patrol_members"): -6, ("立达博兰", "petitions_resolved"): 9}
    r = 5
    hidden = []
    for i, (short, code, f) in enumerate(COMMS):
        day = 1 + i % 5
        for j, (icode, label, unit, ind) in enumerate(items):
            t = datetime.datetime(2025, 10, day, 9 + j % 7, (i * 7 + j * 11) % 60, (i * 13 + j) % 60)
            base = [hexid(rnd), code, REG[code], m, icode, label]
            tail = [unit, CLERKS[i], t.strftime("%Y-%m-%d %H:%M:%S")]
            if ind and (short, ind) in returned:
                sh.row(r, 1, base + [W.v[(code, m, ind)] + returned[(short, ind)]] + tail
                       + ["已退回", "与台账不符，请核实后重报", 1])
                hidden.append(r)
                r += 1
                t2 = t + datetime.timedelta(days=1, hours=2)
                tail = [unit, CLERKS[i], t2.strftime("%Y-%m-%d %H:%M:%S")]
                base = [hexid(rnd)] + base[1:]
                sh.row(r, 1, base)
                val(sh, r, 7, code, m, ind)
                sh.row(r, 8, tail + ["已审核", "", 2])
            else:
                sh.row(r, 1, base)
                if ind:
                    val(sh, r, 7, code, m, ind)
                else:
                    sh.put(r, 7, int(30 * f) + (i * 5 + 3) % 17)
                sh.row(r, 8, tail + ["已审核", "", 1])
            r += 1
    sh.put(r + 1, 1, f"共 {r - 5} 条记录")
    sh.hidden_rows = set(hidden)
    sh.autofilter = (4, 1, r - 1, 13)
    sh.freeze = (5, 0)
    sh.widths = {1: 34, 3: 26, 10: 20, 12: 26}
    save("batch1/天塔街道社会治理中心_社区数据填报导出_20251009.xlsx", [sh], "openpyxl",
         ["street_long", "platform_system_columns", "query_conditions_block", "table_starts_B5", "record_id_hex",
          "timestamp_columns", "review_status_returned_rows", "autofilter_hidden_returned_rows", "version_column",
          "registry_codes", "registry_names", "outside_rows", "record_count_footer"], (2025, 10, 9, 9, 20))


def sumifs_summary(W):
    """10月 民生: a visible 汇总 of SUMIFS formulas over a hidden 数据源 sheet (the platform's long rows pasted)."""
    m = "2025-10"
    items = [("65岁以上老年人免费体检", "人", "free_health_checks"), ("走访慰问困难群众", "人", "people_assisted"),
             ("发放慰问品", "件", "goods_distributed"), ("文体活动", "场", "cultural_activities"),
             ("政策宣讲、法治讲座", "次", "lectures_held"), ("志愿服务", "人次", "volunteer_person_times"),
             ("重阳节敬老餐", "人次", None)]
    src = Sheet("数据源")
    src.row(0, 0, ["社区", "指标", "数值", "单位", "上报时间"])
    r = 1
    where = {}
    for i, (short, code, f) in enumerate(COMMS):
        for j, (lab, unit, ind) in enumerate(items):
            src.row(r, 0, [short + "社区", lab])
            if ind:
                val(src, r, 2, code, m, ind, role="duplicate")
            else:
                src.put(r, 2, int(60 * f) + i * 3 + j)
            src.row(r, 3, [unit, f"2025-11-0{1 + i % 4} 1{i % 8}:{10 + j * 7}"])
            where[(i, j)] = src.cells[(r, 2)][0]
            r += 1
    src.hidden = True
    summ = Sheet("汇总")
    summ.merge(0, 0, 0, len(items) + 1, "天塔街道2025年10月民生服务工作汇总表")
    summ.merge(1, 0, 1, len(items) + 1, "数据来源：社区填报（平台导出）　单位：见表头")
    summ.row(2, 0, ["序号", "社区"] + [f"{a}（{u}）" for a, u, _ in items])
    n = r - 1
    for i, (short, code, f) in enumerate(COMMS):
        rr = 3 + i
        summ.row(rr, 0, [i + 1, short + "社区"])
        for j, (lab, unit, ind) in enumerate(items):
            expr = f'SUMIFS(数据源!$C$2:$C${n + 1},数据源!$A$2:$A${n + 1},$B{rr + 1},数据源!$B$2:$B${n + 1},"{lab}")'
            if ind:
                val(summ, rr, 2 + j, code, m, ind, formula=expr)
            else:
                summ.put(rr, 2 + j, Formula(expr, where[(i, j)]))
    tr = 3 + len(COMMS)
    summ.put(tr, 1, "合计")
    for j in range(len(items)):
        tot = sum(where[(i, j)] for i in range(len(COMMS)))
        summ.put(tr, 2 + j, Formula(f"SUM({ref(3, 2 + j)}:{ref(tr - 1, 2 + j)})", tot))
    summ.put(tr + 1, 0, "注：重阳节（10月29日）前后集中走访慰问；体检为秋季集中体检。民生服务办公室　2025年11月6日")
    save("batch1/天塔街道2025年10月民生服务工作汇总表.xlsx", [summ, src], "xlsxwriter",
         ["street_rows", "summary_sumifs_from_hidden_long_sheet", "hidden_data_sheet_real_values", "formula_cached",
          "total_row_formula", "outside_columns", "note_date_trap"], (2025, 11, 6, 15, 30))


def year_blocks(W):
    """就业 ledger: one sheet per year, 1月…12月 across with 全年合计, one block of community rows per indicator
    (block heading row with its unit), the table from B3; 2025 filled Jan–Dec, 2026 Jan–Mar, later months blank."""
    blocks = [("一、实现就业人数（含灵活就业）", "人", "people_employed", 1), ("二、新增就业岗位", "个", "jobs_created", 1),
              ("三、其中：公益性岗位", "个", "public_welfare_jobs", 1), ("四、职业技能培训", "场", "training_sessions", 1),
              ("五、创业担保贷款发放", "万元", "micro_loans_yuan", 10000), ("六、零就业家庭（月末户数）", "户",
                                                                    "zero_employment_households", 1)]
    sheets = []
    for year, last in ((2025, 12), (2026, 3)):
        sh = Sheet(f"{year}年")
        sh.merge(0, 1, 0, 15, f"天塔街道{year}年就业工作月度台账")
        sh.row(1, 1, ["社区", "单位"] + [f"{k}月" for k in range(1, 13)] + ["全年合计"])
        r = 2
        for title, unit, ind, div in blocks:
            sh.merge(r, 1, r, 15, title)
            r += 1
            for short, code, f in COMMS:
                sh.row(r, 1, [short, unit])
                tot = 0
                for k in range(1, last + 1):
                    mm = f"{year}-{k:02d}"
                    v = W.v[(code, mm, ind)]
                    tot += v
                    if mm in W.period:
                        val(sh, r, 2 + k, code, mm, ind, div=div)
                    else:
                        sh.put(r, 2 + k, v / div if div != 1 else v)
                        sh.rec(r, 2 + k, ("ignore", (code, mm, ind), v, None))
                if ind != "zero_employment_households":
                    sh.put(r, 15, tot / div if div != 1 else tot)
                r += 1
            sh.row(r, 1, ["小计", unit])
            for k in range(1, last + 1):
                tot = sum(W.v[(code, f"{year}-{k:02d}", ind)] for _, code, _ in COMMS)
                sh.put(r, 2 + k, Formula(f"SUM({ref(r - len(COMMS), 2 + k)}:{ref(r - 1, 2 + k)})",
                                         tot / div if div != 1 else tot))
            r += 1
        sh.put(r + 1, 1, "街道社区就业服务站　联系电话：022-23358712")
        sh.widths = {1: 12, 15: 10}
        sheets.append(sh)
    save("batch1/天塔街道就业工作月度台账（2025-2026年）.xlsx", sheets, "xlsxwriter",
         ["street_rows", "year_of_months_across", "indicator_blocks_stacked", "sheet_per_year", "table_starts_B2",
          "wan_in_unit_column", "future_months_blank", "months_before_period_filled", "qizhong_is_value",
          "year_total_column", "subtotal_row_formulas", "footer_phone"], (2026, 4, 3, 10, 0))


def code_sheets(W):
    """11月 基础数据: a 汇总 sheet first, then one sheet per community named TT01…TT14 (the name only inside the
    sheet, in an info box that repeats 常住户数 from the table below)."""
    m = "2025-11"
    summ = Sheet("汇总")
    summ.merge(0, 0, 0, 8, "天塔街道2025年11月社区基础数据汇总")
    summ.row(1, 0, ["序号", "社区", "常住户数", "常住人口", "流动人口", "社区工作者", "党员", "注册志愿者", "楼门长"])
    sheets = []
    items = [("常住户数", "户", "households"), ("常住人口", "人", "residents"), ("流动人口", "人", "floating_population"),
             ("社区工作者", "人", "staff"), ("在册党员", "名", "party_members"), ("注册志愿者", "人", "volunteers"),
             ("楼门长", "人", None), ("网格数", "个", None)]
    for i, (short, code, f) in enumerate(COMMS):
        sh = Sheet(f"TT{i + 1:02d}")
        sh.merge(0, 1, 0, 4, "社区基础数据表（2025年11月）")
        sh.put(1, 1, "社区名称：")
        sh.merge(1, 2, 1, 4, REG[code])
        sh.put(2, 1, "辖区户数：")
        val(sh, 2, 2, code, m, "households", style="u", unit="户", role="duplicate")
        sh.put(2, 3, "网格员：")
        sh.put(2, 4, f"{4 + i % 3}人")
        sh.row(4, 1, ["项目", "单位", "数量", "备注"])
        summ.row(2 + i, 0, [i + 1, short])
        for j, (lab, unit, ind) in enumerate(items):
            sh.row(5 + j, 1, [lab, unit])
            if ind:
                val(sh, 5 + j, 3, code, m, ind)
                if j < 6:
                    val(summ, 2 + i, 2 + j, code, m, ind, role="duplicate")
            else:
                x = int((40 if j == 6 else 6) * f) + i % 4
                sh.put(5 + j, 3, x)
                if j == 6:
                    summ.put(2 + i, 8, x)
        if i == 5:
            sh.put(5, 4, "含宾水西道新交付楼栋")
        sh.put(14, 1, f"填报人：{CLERKS[i]}")
        sheets.append(sh)
    summ.put(17, 0, "注：各社区明细见分表TT01—TT14（按社区编码顺序）。社区建设办公室　2025年12月2日")
    save("batch1/天塔街道2025年11月社区基础数据.xlsx", [summ] + sheets, "openpyxl",
         ["street_rows", "summary_sheet_first_duplicates", "sheet_names_codes_name_inside", "info_box_repeats_table",
          "units_glued", "registry_names", "loumenzhang_outside", "table_starts_B5", "outside_columns"],
         (2025, 12, 2, 16, 40))


def build(W):
    platform_export(W)
    sumifs_summary(W)
    year_blocks(W)
    code_sheets(W)
