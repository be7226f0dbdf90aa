"""Community files of 黄陵街道 (part 1): the list layout 序号 | 项目 | 单位 | 本月 | 备注 in its variants, the joint
return of 农科南路一、二社区, 煤机's 正字 tally, 民航's two months with a merged 11、12月合计."""
from ty_grid import Sheet, miss, val
from ty_world import BY_SHORT
from ty_writers import save

SIGN = "填报人：{0}　　审核人（书记）：{1}　　电话：{2}"


def clist(sh, r0, code, m, items, c0=0, notes=None):
    """序号 | 项目 | 单位 | 本月数 (| 备注): items [(label, unit, ind | None, style | outside value)]. A style
    「miss:…」 writes the marker and records an ignore cell."""
    notes = notes or {}
    for i, (lab, unit, ind, st) in enumerate(items):
        r = r0 + i
        sh.row(r, c0, [i + 1, lab, unit])
        if ind is None:
            sh.put(r, c0 + 3, st)
        elif isinstance(st, str) and st.startswith("miss:"):
            miss(sh, r, c0 + 3, code, m, ind, st[5:])
        else:
            val(sh, r, c0 + 3, code, m, ind, style=st or "n", unit=unit if st in ("u", "fw", "tick", "arrow") else "")
        if lab in notes:
            sh.put(r, c0 + 4, notes[lab])
    return r0 + len(items)


def build(W):
    # C1 教育学院 2025-11: list layout, two figures changed in the cell 「38→41」 (经复核)
    code, m = BY_SHORT["教育学院"], "2025-11"
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 4, "教育学院社区2025年11月份工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "本月数", "备注"])
    items = [("受理居民诉求", "件", "petitions_received", "arrow"), ("其中：供暖诉求", "件", None, 17),
             ("已办结", "件", "petitions_resolved", "n"), ("调解邻里纠纷", "起", "disputes_mediated", "n"),
             ("新增就业岗位", "个", "jobs_created", "n"), ("实现就业", "人", "people_employed", "arrow"),
             ("就业技能培训", "场", "training_sessions", "n"), ("免费健康体检", "人", "free_health_checks", "n"),
             ("文化活动", "场", "cultural_activities", "n"), ("政策宣讲", "次", "lectures_held", "n"),
             ("志愿服务", "人次", "volunteer_person_times", "n"), ("注册志愿者", "人", "volunteers", "n"),
             ("党员", "名", "party_members", "n"), ("结对帮扶", "对", "pairings", "n")]
    r = clist(sh, 2, code, m, items, notes={"受理居民诉求": "经复核更正（原数含重复工单）",
                                            "实现就业": "经复核更正", "其中：供暖诉求": "已转热力公司"})
    sh.put(r + 1, 0, SIGN.format("韩丽", "赵卫东", "0351-7046218"))
    sh.put(r + 2, 0, "2025年12月1日")
    save("batch1/教育学院社区2025年11月份工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "arrow_change_in_cell", "outside_part_row", "remark_column", "footer"], (2025, 12, 1, 17, 0))

    # C2 农科南路一、二社区 2025-12: one sheet, columns 一社区 | 二社区 | 合计
    m = "2025-12"
    c1, c2 = BY_SHORT["农科南路一"], BY_SHORT["农科南路二"]
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 5, "黄陵街道农科南路一、二社区2025年12月工作报表")
    sh.merge(1, 0, 1, 5, "（两社区党委书记一人兼任，合并报送）")
    sh.row(2, 0, ["序号", "工作事项", "单位", "一社区", "二社区", "合计"])
    inds = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("新增岗位", "个", "jobs_created"),
            ("实现就业", "人", "people_employed"), ("走访慰问困难群众", "人", "people_assisted"),
            ("慰问物资", "件", "goods_distributed"), ("文化活动", "场", "cultural_activities"),
            ("平安巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"),
            ("注册志愿者", "人", "volunteers"), ("志愿服务", "人次", "volunteer_person_times"),
            ("常住户数", "户", "households"), ("常住人口", "人", "residents")]
    for i, (lab, unit, ind) in enumerate(inds):
        r = 3 + i
        sh.row(r, 0, [i + 1, lab, unit])
        val(sh, r, 3, c1, m, ind)
        val(sh, r, 4, c2, m, ind)
        sh.put(r, 5, W.v[(c1, m, ind)] + W.v[(c2, m, ind)])
    sh.put(18, 0, "联系人：田媛　0351-7046533　2026年1月4日")
    save("batch1/农科南路一、二社区2025年12月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "two_communities_one_sheet", "short_suffix_headers_yi_er", "total_column"], (2026, 1, 4, 10, 0))

    # C3 煤机 2026-01: 正字 tally for the small counts (copied from the 民情登记本)
    code, m = BY_SHORT["煤机"], "2026-01"
    sh = Sheet("1月台账")
    sh.merge(0, 0, 0, 4, "煤机社区2026年1月工作台账")
    sh.merge(1, 0, 1, 4, "（原太原煤机厂生活区，次数按登记本划“正”字统计）")
    sh.row(2, 0, ["序号", "项目", "单位", "本月", "备注"])
    items = [("受理诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
             ("调解纠纷", "起", "disputes_mediated", "tally"), ("治安案件", "起", "security_cases", "tally"),
             ("技能培训", "场", "training_sessions", "tally"), ("文化活动", "场", "cultural_activities", "tally"),
             ("宣讲", "次", "lectures_held", "tally"), ("走访慰问", "人", "people_assisted", "n"),
             ("发放慰问品", "件", "goods_distributed", "n"), ("低保户", "户", "dibao_households", "n"),
             ("低保人数", "人", "dibao_persons", "n"), ("离退休职工慰问", "人", None, 126)]
    r = clist(sh, 3, code, m, items, notes={"离退休职工慰问": "厂工会组织，不含在走访慰问内"})
    sh.put(r + 1, 0, SIGN.format("孟彩霞", "武志刚", "13603510872"))
    save("batch1/煤机社区2026年1月工作台账.ods", [sh], "odfpy",
         ["community_file", "tally_zheng_marks", "outside_row", "remark_column"], (2026, 2, 3, 9, 0))

    # C4 民航 2025-11 and 2025-12 side by side; 志愿服务 and 文化活动 only as a merged 11、12月合计 (ignore both months)
    code = BY_SHORT["民航"]
    sh = Sheet("11-12月")
    sh.merge(0, 0, 0, 4, "民航社区2025年11—12月工作报表（合并报送）")
    sh.row(1, 0, ["项目", "单位", "11月", "12月", "备注"])
    inds = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
            ("调解纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
            ("公益性岗位", "个", "public_welfare_jobs"), ("实现就业", "人", "people_employed"),
            ("低保户数", "户", "dibao_households"), ("低保人数", "人", "dibao_persons"),
            ("免费体检", "人", "free_health_checks"), ("文化活动", "场", "cultural_activities"),
            ("志愿服务", "人次", "volunteer_person_times")]
    for i, (lab, unit, ind) in enumerate(inds):
        r = 2 + i
        sh.row(r, 0, [lab, unit])
        if ind in ("cultural_activities", "volunteer_person_times"):
            tot = W.v[(code, "2025-11", ind)] + W.v[(code, "2025-12", ind)]
            sh.merge(r, 2, r, 3, tot)
            sh.rec(r, 2, ("ignore", (code, "2025-11", ind), tot, None))
            sh.rec(r, 2, ("ignore", (code, "2025-12", ind), tot, None))
            sh.put(r, 4, "11、12月合计，未分月统计")
        else:
            val(sh, r, 2, code, "2025-11", ind)
            val(sh, r, 3, code, "2025-12", ind)
    sh.put(14, 0, "说明：11月报表因机场片区网格调整未按时报送，与12月合并报送。")
    sh.put(15, 0, SIGN.format("闫蓉", "高建平", "0351-7287450"))
    save("batch1/民航社区2025年11—12月工作报表.xls", [sh], "xlwt",
         ["community_file", "two_months_columns", "merged_two_month_total", "en_dash_in_filename"], (2026, 1, 6, 11, 0))
