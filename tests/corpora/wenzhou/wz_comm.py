"""Community files (batch1): one community, one month each, in the layouts 松台's twelve 居委会 use."""
from wz_grid import Sheet, miss, multi, val
from wz_writers import save

# indicator, label variants (plain, 项目-style, 口语), unit
ITEMS = [
    ("petitions_received", ("受理群众诉求", "民情受理", "接到居民反映"), "件"),
    ("petitions_resolved", ("办结诉求", "民情办结", "已办好"), "件"),
    ("disputes_mediated", ("调处矛盾纠纷", "人民调解", "调解好的纠纷"), "起"),
    ("jobs_created", ("新开发岗位", "新增就业岗位", "新岗位"), "个"),
    ("public_welfare_jobs", ("其中公益性岗位", "公益岗（新增）", "公益性岗位"), "个"),
    ("people_employed", ("帮助就业", "实现就业", "找到工作的居民"), "人"),
    ("dibao_households", ("低保户", "在保户数", "低保家庭"), "户"),
    ("dibao_persons", ("低保对象", "在保人数", "低保人员"), "人"),
    ("dibao_payout_yuan", ("低保金", "保障金发放", "低保金发了"), "元"),
    ("free_health_checks", ("老年人免费体检", "65岁以上体检", "体检老人"), "人"),
    ("people_assisted", ("走访慰问困难群众", "结对走访", "上门看望"), "人"),
    ("goods_distributed", ("发放慰问品", "慰问物资", "送出物资"), "件"),
    ("cultural_activities", ("文体活动", "群众文化活动", "搞活动"), "场"),
    ("lectures_held", ("政策宣讲", "宣讲/讲座", "宣讲"), "次"),
    ("security_cases", ("治安案件", "发案（治安）", "治安案子"), "起"),
    ("volunteer_person_times", ("志愿服务", "志愿者参与", "志愿服务人次"), "人次"),
    ("volunteers", ("注册志愿者", "在册志愿者", "志愿者总数"), "人"),
]


CAT = {"petitions_received": "民情", "petitions_resolved": "民情", "disputes_mediated": "民情", "jobs_created": "就业",
       "public_welfare_jobs": "就业", "people_employed": "就业", "dibao_households": "民政", "dibao_persons": "民政",
       "dibao_payout_yuan": "民政", "free_health_checks": "为老", "people_assisted": "为老", "goods_distributed": "为老",
       "cultural_activities": "文化", "lectures_held": "文化", "security_cases": "平安"}


def vertical(W, name, month, title, sheetname="Sheet1", variant=0, styles=None, skip=(), misses=None, notes=None,
             cols=("项目", "单位", "本月", "备注"), extra=()):
    """项目 | 单位 | 本月 | 备注 down the sheet. styles: {ind: style}; misses: {ind: text}; extra: outside rows."""
    code = W.code[name]
    sh = Sheet(sheetname)
    sh.merge(0, 0, 0, 3, title)
    sh.row(1, 0, list(cols))
    r = 2
    for ind, labels, unit in ITEMS:
        if ind in skip:
            continue
        sh.put(r, 0, labels[variant])
        sh.put(r, 1, unit)
        if misses and ind in misses:
            miss(sh, r, 2, code, month, ind, misses[ind])
        else:
            st = (styles or {}).get(ind, "n")
            val(sh, r, 2, code, month, ind, style=st if isinstance(st, str) else st[0],
                unit="" if isinstance(st, str) else st[1])
        if notes and ind in notes:
            sh.put(r, 3, notes[ind])
        r += 1
    for label, unit, v in extra:
        sh.row(r, 0, [label, unit, v])
        r += 1
    return sh, r


def foot(sh, r, name, date):
    sh.put(r + 1, 0, f"{name}社区居民委员会（盖章）")
    sh.put(r + 2, 0, f"填报：{date}    联系人：社区网格长    电话：0577-8820{sum(map(ord, name)) % 9000 + 1000}")


def build(W):
    # 1 庆年坊 9月: plain vertical, typhoon rows outside
    sh, r = vertical(W, "庆年坊", "2025-09", "庆年坊社区2025年9月工作报表",
                     extra=[("防台转移群众", "人", 46), ("清理积水点", "处", 7)])
    foot(sh, r, "庆年坊", "2025年10月6日")
    save("batch1/庆年坊社区2025年9月工作报表.xlsx", [sh], "openpyxl", ["vertical", "outside typhoon rows"], (2025, 10, 6))

    # 2 水心 9–11月: one workbook, sheets named 「25.9」「25.10」「25.11」, a hidden 模板 sheet
    sheets = []
    for m in ("2025-09", "2025-10", "2025-11"):
        sh, r = vertical(W, "水心", m, "水心社区月报", sheetname=f"25.{int(m[5:])}", variant=1,
                         styles={"dibao_payout_yuan": "k", "volunteer_person_times": ("zy", "")})
        foot(sh, r, "水心", "当月底")
        sheets.append(sh)
    tpl = Sheet("模板")
    tpl.row(0, 0, ["项目", "单位", "本月", "备注"])
    tpl.hidden = True
    sheets.append(tpl)
    save("batch1/水心社区月报（9-11月）.xlsx", sheets, "openpyxl",
         ["sheets named 25.9 25.10 25.11 (year in two digits)", "hidden empty 模板 sheet", "no month in titles"],
         (2025, 12, 2))

    # 3 菱藕 10月 as 「菱藕组团」: xls, 口语 labels, 数字+单位
    u = {ind: ("u", unit) for ind, _, unit in ITEMS}
    sh, r = vertical(W, "菱藕", "2025-10", "菱藕组团（社区）2025年10月份工作小结表", variant=2, styles=u,
                     misses={"free_health_checks": "下月统一体检"})
    foot(sh, r, "菱藕", "2025.11.4")
    save("batch1/菱藕组团10月工作小结.xls", [sh], "xlwt", ["组团 name", "colloquial labels", "units glued on",
                                                       "a sentence instead of a figure"], (2025, 11, 4))

    # 4 昌明 10月: inline correction 「38→41」 in two cells (the clerk's own arrow: the figure after the arrow holds)
    code = W.code["昌明"]
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 3, "昌明社区2025年10月工作数据")
    sh.row(1, 0, ["类别", "项目", "数量", "说明"])
    r = 2
    for ind, labels, unit in ITEMS:
        sh.put(r, 0, CAT.get(ind, "其他"))
        sh.put(r, 1, f"{labels[0]}（{unit}）")
        if ind in ("petitions_received", "goods_distributed"):
            v = W.v[(code, "2025-10", ind)]
            val(sh, r, 2, code, "2025-10", ind, style="u", unit="")
            sh.put(r, 2, f"{v - 3}→{v}")
            sh.put(r, 3, "箭头后为核对后的数")
        else:
            val(sh, r, 2, code, "2025-10", ind)
        r += 1
    foot(sh, r, "昌明", "2025年11月3日")
    save("batch1/昌明社区2025年10月工作数据.xlsx", [sh], "xlsxwriter", ["inline correction 38→41 in the cell"],
         (2025, 11, 3))

    # 5 昌盛 11月: UTF-8 CSV (no BOM), ranges 「40-45」 (ignore) and 「约」
    sh, r = vertical(W, "昌盛", "2025-11", "昌盛社区2025年11月报表", cols=("指标", "计量单位", "本月完成", "备注"),
                     styles={"volunteer_person_times": ("yue", ""), "floating": "n"},
                     misses={"free_health_checks": "60-70", "people_assisted": "40-45"},
                     notes={"free_health_checks": "分两批，人数未最终统计", "people_assisted": "区间估计"})
    foot(sh, r, "昌盛", "2025-12-02")
    save("batch1/昌盛社区2025年11月报表.csv", [sh], "csv-utf8", ["UTF-8 CSV", "ranges 60-70 (ignore)"], (2025, 12, 2))

    # 6 锦花 11月: ods, 低保 as 「户/人/元」 in one cell
    code = W.code["锦花"]
    sh, r = vertical(W, "锦花", "2025-11", "锦花社区2025年11月各条线数据", skip=("dibao_households", "dibao_persons",
                     "dibao_payout_yuan"), variant=1)
    sh.row(r, 0, ["低保（户/人/元）", "户/人/元"])
    multi(sh, r, 2, code, "2025-11", "{0}/{1}/{2}", ["dibao_households", "dibao_persons", "dibao_payout_yuan"])
    foot(sh, r + 1, "锦花", "2025年12月1日")
    save("batch1/锦花社区11月数据.ods", [sh], "odfpy", ["three figures 户/人/元 in one cell", "month only in title"],
         (2025, 12, 1))

    # 7 郭公山 12月: WeChat-style sentences, one per line (a 小结 typed into column A)
    code, m = W.code["郭公山"], "2025-12"
    sh = Sheet("小结")
    sh.put(0, 0, "郭公山社区2025年12月工作小结")
    lines = [("本月共受理居民诉求{0}件，办结{1}件；", ["petitions_received", "petitions_resolved"]),
             ("调处矛盾纠纷{0}起，辖区发生治安案件{1}起；", ["disputes_mediated", "security_cases"]),
             ("冬至前后走访慰问困难群众{0}人，送出汤圆、灯盏糕等慰问品{1}份；", ["people_assisted", "goods_distributed"]),
             ("新开发就业岗位{0}个（其中公益性岗位{1}个），帮助{2}名居民实现就业；",
              ["jobs_created", "public_welfare_jobs", "people_employed"]),
             ("开展文体活动{0}场、政策宣讲{1}次，志愿者参与服务{2}人次。",
              ["cultural_activities", "lectures_held", "volunteer_person_times"])]
    for i, (tpl, inds) in enumerate(lines):
        multi(sh, i + 1, 0, code, m, f"{i + 1}.{tpl}", inds)
    sh.put(7, 0, "下月计划：迎新春，拟开展“拦街福”预热活动3场左右。")
    sh.put(9, 0, "郭公山社区  2026.1.5")
    save("batch1/郭公山社区12月工作小结.xlsx", [sh], "openpyxl", ["numbered sentences", "forecast line (not a value)"],
         (2026, 1, 5))
