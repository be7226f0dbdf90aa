"""Community files, part 1: the 10 / 11 / 12 月 returns and the generic row table the clerks share."""
import datetime

from hk_grid import Sheet, miss, multi, val
from hk_world import BY_SHORT
from hk_writers import save

# indicator -> (label, unit): the words this street's clerks use
L = {"petitions_received": ("受理群众诉求", "件"), "petitions_resolved": ("诉求办结", "件"),
     "disputes_mediated": ("人民调解结案", "起"), "jobs_created": ("新开发就业岗位", "个"),
     "public_welfare_jobs": ("其中：社区公益岗", "个"), "people_employed": ("促进就业", "人"),
     "zero_employment_households": ("零就业家庭", "户"), "micro_loans_yuan": ("创业担保贷款", "元"),
     "training_sessions": ("技能培训", "场"), "dibao_households": ("城市低保", "户"), "dibao_persons": ("城市低保", "人"),
     "dibao_payout_yuan": ("低保资金", "元"), "free_health_checks": ("老年人健康体检", "人"),
     "people_assisted": ("走访慰问困难群众", "人"), "goods_distributed": ("发放慰问品", "件"),
     "cultural_activities": ("文体活动", "场"), "lectures_held": ("政策宣讲", "次"),
     "patrol_members": ("平安巡防队员", "人"), "informants": ("平安信息员", "人"), "security_cases": ("治安案件", "起"),
     "volunteers": ("“志愿海南”注册志愿者", "人"), "volunteer_person_times": ("志愿服务", "人次"),
     "party_members": ("党员", "名"), "pairings": ("党员结对帮扶", "对"), "households": ("常住户数", "户"),
     "residents": ("常住人口", "人"), "floating_population": ("流动人口", "人"), "staff": ("社区工作者", "人")}
MINSHENG = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
            "people_employed", "micro_loans_yuan", "dibao_households", "dibao_persons", "dibao_payout_yuan",
            "free_health_checks", "people_assisted", "goods_distributed", "cultural_activities", "lectures_held"]
PINGAN = ["patrol_members", "informants", "security_cases", "volunteers", "volunteer_person_times", "party_members",
          "pairings"]
# outside rows: (label, unit, figure factor) — never values
OUT = {"houniao": ("候鸟老人登记", "人"), "shuangchuang": ("“双创”文明劝导", "人次"),
       "jishui": ("清理积水点（防蚊灭蚊）", "处"), "fangfeng": ("防风防汛隐患排查", "处"),
       "chuzu": ("出租屋走访登记", "间")}


def rows(sh, r, c, code, m, inds, styles=None, labels=None, out=(), col_unit=True, seq=True, notes=None):
    """One indicator per row: [序号] 项目 [单位] 数 (备注). Returns the next row."""
    styles, labels, notes = styles or {}, labels or {}, notes or {}
    n = 0
    for ind in list(inds) + list(out):
        n += 1
        x = c
        if seq:
            x = sh.put(r, x, n)
        lab, unit = labels.get(ind, L.get(ind) or OUT[ind])
        x = sh.put(r, x, lab)
        if col_unit:
            x = sh.put(r, x, unit)
        if ind in OUT:
            sh.put(r, x, 40 + (r * 17 + len(lab)) % 90)
        else:
            st = styles.get(ind, "n")
            if st in ("daihe", "slash", "zanwu"):
                miss(sh, r, x, code, m, ind, {"daihe": "待核", "slash": "/", "zanwu": "暂无"}[st])
            else:
                val(sh, r, x, code, m, ind, style=st, unit="" if col_unit or st in ("n", "t") else unit)
        if ind in notes:
            sh.put(r, x + 1, notes[ind])
        r += 1
    return r


def bazao_oct(W):
    code, m = BY_SHORT["八灶"], "2025-10"
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 4, "八灶社区2025年10月工作报表")
    sh.row(1, 0, ["序号", "工作项目", "单位", "本月完成", "备注"])
    r = rows(sh, 2, 0, code, m, MINSHENG + ["party_members", "volunteer_person_times"],
             styles={"micro_loans_yuan": "t"}, out=["jishui", "houniao"],
             notes={"people_assisted": "中秋、国庆、重阳走访", "free_health_checks": "重阳节义诊体检",
                    "jishui": "登革热防控", "houniao": "首批候鸟老人到达"})
    sh.merge(r + 1, 0, r + 1, 4, "填表人：邢小玲　　审核：社区书记　　电话：0898-66285129")
    save("batch1/八灶社区2025年10月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "seq_item_unit_value_note", "outside_rows", "footer"], (2025, 11, 3, 9, 0))


def binhai_oct(W):
    code, m = BY_SHORT["滨海"], "2025-10"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 2, "龙华区滨海街道滨海社区2025年10月份工作报表")
    sh.row(1, 0, ["类别", "指标", "数量"])
    groups = [("民情", ["petitions_received", "petitions_resolved", "disputes_mediated"]),
              ("就业", ["jobs_created", "people_employed", "training_sessions"]),
              ("民政", ["dibao_households", "dibao_persons", "people_assisted", "goods_distributed"]),
              ("平安", ["patrol_members", "informants", "security_cases"]),
              ("基础", ["households", "residents", "floating_population", "staff"])]
    r = 2
    for g, inds in groups:
        sh.merge(r, 0, r + len(inds) - 1, 0, g)
        r = rows(sh, r, 1, code, m, inds, styles={i: "u" for i in inds} | {"security_cases": "wu"},
                 col_unit=False, seq=False)
    sh.put(r, 0, "滨海社区居委会　2025.11.3")
    save("batch1/滨海社区2025年10月份报表.ods", [sh], "odfpy",
         ["community_file", "street_name_is_community_name", "category_merged_down", "units_glued"], (2025, 11, 3, 15, 0))


def xincun_nov(W):
    code, m = BY_SHORT["滨海新村"], "2025-11"
    sh = Sheet("11月")
    sh.merge(0, 0, 0, 5, "滨海新村社区2025年11月份工作月报")
    parts = [("一是民情诉求方面，本月受理群众诉求{0}件，已办结{1}件，调解矛盾纠纷{2}起；",
              ["petitions_received", "petitions_resolved", "disputes_mediated"]),
             ("二是就业方面，新开发就业岗位{0}个（其中社区公益岗{1}个），促进就业{2}人；",
              ["jobs_created", "public_welfare_jobs", "people_employed"]),
             ("三是民政方面，城市低保{0}户{1}人，发放低保资金{2}元，为辖区老人健康体检{3}人；",
              ["dibao_households", "dibao_persons", "dibao_payout_yuan", "free_health_checks"]),
             ("四是平安方面，平安巡防队员{0}人，平安信息员{1}人，本月发生治安案件{2}起；",
              ["patrol_members", "informants", "security_cases"]),
             ("五是志愿服务方面，“志愿海南”注册志愿者{0}人，组织志愿服务{1}人次。",
              ["volunteers", "volunteer_person_times"])]
    text, inds = [], []
    for t, i in parts:
        text.append(t.format(*["{%d}" % (len(inds) + k) for k in range(len(i))]))
        inds += i
    text.append("另：本月接待候鸟老人登记86人，开展出租屋走访120间。")
    sh.merge(1, 0, 18, 5)
    multi(sh, 1, 0, code, m, "\n".join(text), inds)
    sh.merge(19, 3, 19, 5, "滨海新村社区居委会")
    sh.merge(20, 3, 20, 5, "2025年12月2日")
    save("batch1/滨海新村社区2025年11月工作月报.xlsx", [sh], "openpyxl",
         ["community_file", "whole_report_in_one_merged_cell", "yishi_ershi_paragraphs", "outside_sentence"],
         (2025, 12, 2, 17, 0))


def yanzao1_nov(W):
    code, m = BY_SHORT["盐灶一"], "2025-11"
    sh = Sheet("s")
    sh.put(0, 0, "盐灶1社区11月份数据（2025年）")
    sh.row(1, 0, ["项目", "单位", "数量"])
    r = rows(sh, 2, 0, code, m, ["petitions_received", "petitions_resolved", "people_employed", "dibao_households",
                                 "dibao_persons", "dibao_payout_yuan", "free_health_checks", "cultural_activities",
                                 "lectures_held", "security_cases", "volunteer_person_times", "households",
                                 "residents", "floating_population"],
             styles={"dibao_payout_yuan": "k", "residents": "sp", "security_cases": "wu", "free_health_checks": "yue"},
             seq=False, out=["houniao"])
    sh.put(r, 0, "报送人：许　2025年12月1日")
    save("batch1/盐灶一社区2025年11月数据.csv", [sh], "csv-gbk",
         ["community_file", "csv_gbk_wps", "digit_in_community_name", "space_thousands", "approx_yue"],
         (2025, 12, 1, 18, 0))


def yanzao2_dec(W):
    code, m = BY_SHORT["盐灶二"], "2025-12"
    sh = Sheet("12月")
    sh.merge(0, 0, 0, 4, "盐灶二社区2025年12月工作报表")
    sh.row(1, 0, ["序号", "项目", "单位", "本月", "备注"])
    inds = MINSHENG[:7] + ["dibao_households", "dibao_persons", "people_assisted", "cultural_activities",
                           "patrol_members", "informants", "volunteer_person_times", "pairings"]
    r = rows(sh, 2, 0, code, m, inds, out=["chuzu"])
    for ind, d in (("petitions_received", 4), ("people_assisted", 2)):   # corrected in the cell by the clerk
        rr = 2 + inds.index(ind)
        v = W.v[(code, m, ind)]
        sh.put(rr, 3, f"原{v - d}改为{v}")
        sh.put(rr, 4, "复核后修改")
    sh.merge(r, 0, r, 4, "填表：林　审核：　　2026年1月4日")
    save("batch1/盐灶二社区2025年12月工作报表.xlsx", [sh], "xlsxwriter",
         ["community_file", "in_cell_correction_yuan_gaiwei", "outside_rows"], (2026, 1, 4, 11, 0))


def yanzao3_dec(W):
    code, m = BY_SHORT["盐灶三"], "2025-12"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, "盐灶三社区2025年12月工作情况")
    sh.row(1, 0, ["项目", "单位", "数据", "说明"])
    r = rows(sh, 2, 0, code, m, ["petitions_received", "petitions_resolved", "disputes_mediated", "people_employed",
                                 "zero_employment_households"], seq=False)
    sh.row(r, 0, ["城市低保", "户/人"])
    h, p = W.v[(code, m, "dibao_households")], W.v[(code, m, "dibao_persons")]
    d = datetime.datetime(2025, h, p) if h <= 12 and p <= 28 else None
    assert d is not None, (h, p)
    sh.put(r, 2, d, "m月d日")
    sh.rec(r, 2, ("ignore", (code, m, "dibao_households"), "", None))
    sh.rec(r, 2, ("ignore", (code, m, "dibao_persons"), "", None))
    r = rows(sh, r + 1, 0, code, m, ["dibao_payout_yuan", "goods_distributed", "lectures_held", "security_cases",
                                     "volunteers", "party_members", "staff"], seq=False,
             styles={"security_cases": "wu"}, notes={"goods_distributed": "元旦前发放米、油"})
    sh.put(r + 1, 0, "联系人：郑　0898-66271846")
    save("batch1/盐灶三社区2025年12月工作情况.xls", [sh], "xlwt",
         ["community_file", "households_persons_typed_as_date", "wu_for_zero"], (2026, 1, 5, 8, 40))


def longhuazhong_dec(W):
    code, m = BY_SHORT["龙华中"], "2025-12"
    sh = Sheet("统计")
    sh.merge(0, 0, 0, 4, "龙华区滨海街道龙华中社区2025年12月工作统计")
    sh.row(1, 0, ["序号", "内容", "计量单位", "12月", "备注"])
    r = rows(sh, 2, 0, code, m, MINSHENG + PINGAN, out=["houniao", "shuangchuang"],
             styles={"micro_loans_yuan": "slash", "free_health_checks": "zy", "volunteer_person_times": "yu"},
             notes={"micro_loans_yuan": "本月无申请", "houniao": "辖区候鸟高峰"})
    sh.merge(r, 0, r, 4, "龙华中社区居委会（盖章）　　填报人：蔡　　2026年1月5日")
    save("batch1/龙华中社区2025年12月工作统计.xlsx", [sh], "openpyxl",
         ["community_file", "district_name_in_community_name", "approx_zuoyou_yu", "slash_missing", "outside_rows"],
         (2026, 1, 5, 16, 10))


def build(W):
    bazao_oct(W)
    binhai_oct(W)
    xincun_nov(W)
    yanzao1_nov(W)
    yanzao2_dec(W)
    yanzao3_dec(W)
    longhuazhong_dec(W)
