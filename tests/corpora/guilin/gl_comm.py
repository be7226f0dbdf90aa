"""Community files: the one-page 工作台账 with 本月/上月/备注 (A) and the months-across 民生台账 that spans the
year end (E)."""
from gl_grid import Sheet, miss, pair, val
from gl_world import NAME
from gl_writers import save

A_ROWS = [("户数/人口", ("households", "residents")), ("流动人口（外来务工、租住学生）", "floating_population"),
          ("党员", "party_members"), ("社工", "staff"), ("结对帮扶", "pairings"), ("平安信息员", "informants"),
          ("注册志愿者", "volunteers"), ("文化活动", "cultural_activities"), ("免费体检", "free_health_checks"),
          ("走访帮扶困难群众", "people_assisted")]
REMARK = {"cultural_activities": "含桂剧彩调进社区1场", "free_health_checks": "家庭医生上门",
          "people_assisted": "含独居老人探访"}


def report(W, code, month, writer, rel, sent, name=None, zero_word=False, note=None):
    """A: 项目 | 本月 | 上月 | 备注; 户数/人口 as 「3120户/8650人」; the community's name in a cell B2 only as
    「单位：」; 冇得 (桂柳话 'none') for a flow nobody reported (ignored)."""
    y, mo = int(month[:4]), int(month[5:])
    short = NAME[code]
    sh = Sheet(f"{mo}月份")
    sh.merge(0, 0, 0, 3, f"{y}年{mo}月份社区工作台账")
    sh.put(1, 0, "单位：")
    sh.put(1, 1, name or (short + "社区居委会"))
    if note:
        sh.put(1, 2, note)
    sh.row(2, 0, ["项目", "本月", "上月", "备注"])
    prev = W.prev(month)
    for i, (lab, ind) in enumerate(A_ROWS):
        r = 3 + i
        sh.put(r, 0, lab)
        if isinstance(ind, tuple):
            sh.put(r, 1, f"{W.v[(code, month, ind[0])]}户/{W.v[(code, month, ind[1])]}人")
            for k in ind:
                from gl_grid import _value_role
                v, role = _value_role((code, month, k), None, None)
                sh.rec(r, 1, ("truth", (code, month, k), v, role))
            continue
        if zero_word and ind == "people_assisted":
            miss(sh, r, 1, code, month, ind, "冇得")
        else:
            val(sh, r, 1, code, month, ind)
        if prev in W.period:
            val(sh, r, 2, code, prev, ind, role="prevmonth")
        if ind in REMARK and (mo + i) % 2 == 0:
            sh.put(r, 3, REMARK[ind])
    sh.put(4 + len(A_ROWS), 0, f"制表：{short}社区　日期：{y}年{mo}月30日")
    feats = ["community_file", "hu_slash_ren_one_cell", "prev_month_column", "unit_free_labels", "name_in_danwei_cell"]
    if zero_word:
        feats.append("dialect_moude_none")
    save(rel, [sh], writer, feats, sent)


def months_across(W, code, months, writer, rel, sent, name):
    """E: one community, indicators down and months across the year end; the header row says only 「9月」…「12月」,
    「1月」「2月」 under a merged 「2025年」/「2026年」 band; a 累计 column at the end (not a value)."""
    sh = Sheet("民生台账")
    sh.put(0, 0, f"{name}{months[0][:4]}年{int(months[0][5:])}月—{months[-1][:4]}年{int(months[-1][5:])}月民生工作台账")
    years = sorted({m[:4] for m in months})
    c = 2
    for yv in years:
        ms = [m for m in months if m[:4] == yv]
        sh.merge(1, c, 1, c + len(ms) - 1, f"{yv}年")
        for m in ms:
            sh.put(2, c, f"{int(m[5:])}月")
            c += 1
    sh.merge(1, c, 2, c, "累计")
    sh.merge(1, 0, 2, 0, "类别")
    sh.merge(1, 1, 2, 1, "指标")
    rows = [("民情", "诉求受理（件）", "petitions_received"), ("民情", "办结（件）", "petitions_resolved"),
            ("就业", "新增岗位（个）", "jobs_created"), ("就业", "就业人数（人）", "people_employed"),
            ("为老", "慰问物资（件）", "goods_distributed"), ("为老", "帮扶人数（人）", "people_assisted"),
            ("文化", "宣讲（次）", "lectures_held"), ("文化", "文体活动（场）", "cultural_activities")]
    r = 3
    for k in range(0, len(rows), 2):
        sh.merge(r, 0, r + 1, 0, rows[k][0])
        for cat, lab, ind in rows[k:k + 2]:
            sh.put(r, 1, lab)
            for j, m in enumerate(months):
                val(sh, r, 2 + j, code, m, ind)
            sh.put(r, 2 + len(months), sum(W.v[(code, m, ind)] for m in months))
            r += 1
    save(rel, [sh], writer, ["community_file", "months_across_year_band", "category_merged_down", "span_total_column",
                             "title_month_range"], sent)
