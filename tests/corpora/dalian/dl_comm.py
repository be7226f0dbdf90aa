"""Community files of 桃源街道: each covers one community-month and the groups the street office does not report
that month (dl_street.STREET_COVER)."""
from dl_grid import Sheet, miss, multi, val
from dl_street import GROUPS, STREET_COVER
from dl_world import BY_SHORT, FLOWS, REG
from dl_writers import save

LAB = {"petitions_received": ("受理居民诉求", "件"), "petitions_resolved": ("诉求办结", "件"),
       "disputes_mediated": ("调处邻里纠纷", "起"), "jobs_created": ("开发就业岗位", "个"),
       "public_welfare_jobs": ("公益性岗位", "个"), "people_employed": ("帮扶就业", "人"),
       "zero_employment_households": ("零就业家庭", "户"), "micro_loans_yuan": ("创业担保贷款", "元"),
       "training_sessions": ("技能培训", "场"), "dibao_households": ("低保户", "户"), "dibao_persons": ("低保人口", "人"),
       "dibao_payout_yuan": ("低保金", "元"), "free_health_checks": ("老年人免费查体", "人"),
       "people_assisted": ("走访慰问困难群众", "人"), "goods_distributed": ("发放慰问品", "件"),
       "cultural_activities": ("文体活动", "场"), "lectures_held": ("宣讲（含法治讲座）", "次"),
       "patrol_members": ("巡逻队员", "人"), "informants": ("平安信息员", "人"), "security_cases": ("治安案件", "起"),
       "volunteers": ("注册志愿者", "人"), "volunteer_person_times": ("志愿服务", "人次"),
       "party_members": ("党员", "名"), "pairings": ("结对帮扶", "对"), "households": ("常住户", "户"),
       "residents": ("常住人口", "人"), "floating_population": ("流动人口", "人"), "staff": ("社区工作者", "人")}
STOCK_GROWS = ("volunteers", "residents", "households", "party_members")


def inds_for(m, skip=()):
    out = []
    for g, inds in GROUPS.items():
        if g not in STREET_COVER[m] and g not in skip:
            out += inds
    return out


def listing(W, short, m, title, style_of=lambda i, ind: "n", misses=(), grow=False, notes=None):
    """指标 | 单位 | 本月 | 备注 (+ 变动情况 sentences 「由1 268人增至1 281人」 when grow)."""
    code = BY_SHORT[short]
    sh = Sheet(f"{int(m[5:])}月")
    sh.merge(0, 0, 0, 4 if grow else 3, title)
    sh.row(1, 0, ["指标", "单位", "本月数", "备注"] + (["变动情况"] if grow else []))
    r = 2
    for i, ind in enumerate(inds_for(m)):
        lab, unit = LAB[ind]
        sh.row(r, 0, [lab, unit])
        if ind in misses:
            miss(sh, r, 2, code, m, ind, misses[ind][0])
            sh.put(r, 3, misses[ind][1])
        elif grow and ind in STOCK_GROWS:
            sh.put(r, 2, "见右")
            prev, now = W.v[(code, W.prev(m), ind)], W.v[(code, m, ind)]
            if now == prev:
                multi(sh, r, 4, code, m, f"与上月持平，{{0}}{unit}", [ind])
            else:
                sh.rec(r, 4, ("truth", (code, W.prev(m), ind), prev, "prevmonth"))
                multi(sh, r, 4, code, m, f"由{prev}{unit}{'增' if now > prev else '减'}至{{0}}{unit}", [ind])
        else:
            val(sh, r, 2, code, m, ind, style=style_of(i, ind), unit=unit if style_of(i, ind) in ("u", "zy", "fw") else "")
            if notes and ind in notes:
                sh.put(r, 3, notes[ind])
        r += 1
    return sh, r


def footer(sh, r, who, date):
    sh.put(r + 1, 0, f"填报人：{who}　　社区书记：（签字）　　报送日期：{date}")


SPECS = [  # short, month, writer, style, extra
    ("长利", "2025-10", "openpyxl", "plain", {}), ("自由", "2025-10", "xlwt", "units", {}),
    ("洪顺", "2025-11", "odfpy", "grow", {}), ("桃源", "2025-11", "csv-gbk", "plain", {}),
    ("震海", "2025-11", "openpyxl", "approx", {}), ("医校", "2025-12", "xlwt", "grow", {}),
    ("高尚", "2025-12", "xlsxwriter", "plain", {}), ("滨海", "2025-12", "csv-utf8", "units", {}),
    ("舰院", "2025-10", "openpyxl", "grow", {}), ("秀月", "2026-01", "odfpy", "approx", {}),
    ("环山", "2026-01", "xlwt", "plain", {}), ("长利", "2026-02", "csv-gbk", "units", {}),
    ("自由", "2026-02", "openpyxl", "grow", {}), ("洪顺", "2026-03", "xlsxwriter", "plain", {}),
    ("桃源", "2026-03", "odfpy", "approx", {}), ("震海", "2026-04", "openpyxl", "units", {}),
]
EXT = {"openpyxl": "xlsx", "xlsxwriter": "xlsx", "xlwt": "xls", "odfpy": "ods", "csv-gbk": "csv", "csv-utf8": "csv"}
WHO = ["于", "曲", "邹", "宫", "丛", "初", "隋", "姜", "修", "鞠", "衣", "盖", "栾", "矫", "宋", "牟"]


def build(W):
    for n, (short, m, writer, style, _) in enumerate(SPECS):
        y, mo = int(m[:4]), int(m[5:])
        code = BY_SHORT[short]
        title = [f"{short}社区{y}年{mo}月工作数据报表", f"桃源街道{short}社区居委会{mo}月份工作统计（{y}年）",
                 f"{REG[code]}{y}年{mo}月份重点工作完成情况"][n % 3]
        misses, notes = {}, {}
        if style == "plain":
            sf = lambda i, ind: "n"  # noqa: E731
        elif style == "units":
            sf = lambda i, ind: "u"  # noqa: E731
        else:
            def sf(i, ind, code=code, m=m):
                if ind in ("micro_loans_yuan", "dibao_payout_yuan"):
                    return "k"
                return ("zy", "n", "yue")[i % 3] if ind in FLOWS and W.v[(code, m, ind)] > 9 else "n"
        inds = inds_for(m)
        if "micro_loans_yuan" in inds:
            if W.v[(code, m, "micro_loans_yuan")] == 0:
                misses["micro_loans_yuan"] = ("/", "本月无新发放")
        if n % 5 == 2 and "security_cases" in inds:
            misses["security_cases"] = ("待核", "派出所数据未反馈，核实后补报")
        if n % 4 == 1 and "volunteers" in inds:
            misses["volunteers"] = ("暂无", "“志愿辽宁”平台数据未导出")
        if "floating_population" in inds:
            notes["floating_population"] = "网格员入户登记"
        sh, r = listing(W, short, m, title, sf, misses, grow=(style == "grow"), notes=notes)
        sh.put(r, 0, "其他工作：滨海路沿线巡护、冬季清雪、供暖问题入户走访等（不计入上表）。")
        footer(sh, r, WHO[n] + "（网格长）", f"{y if mo < 12 else y + 1}年{mo % 12 + 1}月{2 + n % 5}日")
        feats = ["community_file", "listing", style] + (["grow_sentences"] if style == "grow" else [])
        save(f"batch1/{short}社区{y}年{mo}月工作数据.{EXT[writer]}" if n % 2 == 0
             else f"batch1/{short}社区居委会{mo}月份统计（{y}）.{EXT[writer]}", [sh], writer, feats,
             (y if mo < 12 else y + 1, mo % 12 + 1, 2 + n % 5, 9, 0))
