"""Item lists of the community returns and the small writers a row's value cell uses.

An item is (label, unit, writer, note); a writer is called as writer(sh, r, c, code, m). V: the world's figure as
the clerk writes it; O: a figure outside the catalogue; M: several figures in one cell; X: a blank / 待核 / 预估
(ignore.csv); T: a text that is no figure at all."""
from nb_grid import miss, multi, val
from nb_lay import outside


def V(ind, style="n", unit="", div=1, fmt=None):
    return lambda sh, r, c, code, m: val(sh, r, c, code, m, ind, style=style, unit=unit, div=div, fmt=fmt)


def O(salt, lo, hi, suffix=""):
    def w(sh, r, c, code, m):
        x = outside(code, m, salt, lo, hi)
        sh.put(r, c, f"{x}{suffix}" if suffix else x)
    return w


def M(template, inds, styles=None):
    return lambda sh, r, c, code, m: multi(sh, r, c, code, m, template, inds, styles)


def VT(ind, template, salt, lo, hi):
    """「低保14户/低边5户」: the figure and an outside one in one cell; only {0} is recorded."""
    def w(sh, r, c, code, m):
        from nb_grid import W, _value_role
        key = (code, m, ind)
        v, role = _value_role(key, None, None)
        sh.put(r, c, template.format(v, outside(code, m, salt, lo, hi)))
        sh.rec(r, c, ("truth", key, v, role))
    return w


def X(ind, text="—"):
    return lambda sh, r, c, code, m: miss(sh, r, c, code, m, ind, text)


def T(text):
    return lambda sh, r, c, code, m: sh.put(r, c, text)


def XV(ind, fmt_text, annual=False):
    """A figure with words that make it not this month's (预估; annual: the previous year's 全年累计): ignore.csv."""
    def w(sh, r, c, code, m):
        from nb_grid import W
        y = str(int(m[:4]) - 1)
        x = sum(v for k, v in W.v.items() if k[0] == code and k[2] == ind and k[1][:4] == y) if annual else W.v[(code, m, ind)]
        text = fmt_text.format(x)
        miss(sh, r, c, code, m, ind, text)
    return w


def base(v=0):
    """The usual 20 rows of a 白云 community return; v picks label variants."""
    a = v % 2 == 0
    return [
        ("受理居民诉求" if a else "民情诉求受理", "件", V("petitions_received"), ""),
        ("已办结" if a else "办结诉求", "件", V("petitions_resolved"), ""),
        ("调处矛盾纠纷" if a else "矛盾纠纷调解", "起", V("disputes_mediated"), ""),
        ("新增就业岗位", "个", V("jobs_created"), ""),
        ("其中：公益性岗位", "个", V("public_welfare_jobs"), ""),
        ("帮助实现就业" if a else "实现就业", "人", V("people_employed"), ""),
        ("创业担保贷款", "元", V("micro_loans_yuan"), ""),
        ("职业技能培训", "场", V("training_sessions"), ""),
        ("低保户数", "户", V("dibao_households"), ""),
        ("低保人数", "人", V("dibao_persons"), ""),
        ("低保金发放", "元", V("dibao_payout_yuan"), ""),
        ("老年人免费体检" if a else "免费健康体检", "人", V("free_health_checks"), ""),
        ("走访慰问困难群众" if a else "帮扶困难群众", "人", V("people_assisted"), ""),
        ("发放慰问物资", "件", V("goods_distributed"), ""),
        ("文体活动" if a else "文化活动", "场", V("cultural_activities"), ""),
        ("政策宣讲" if a else "理论宣讲", "次", V("lectures_held"), ""),
        ("注册志愿者", "人", V("volunteers"), ""),
        ("志愿服务", "人次", V("volunteer_person_times"), ""),
        ("治安案件", "起", V("security_cases", style="wu"), ""),
        ("垃圾分类桶边督导", "人次", O("ljfl", 60, 240), "outside"),
    ]


def replace(items, label, new):
    """Swap the item whose label starts with `label` for `new` (a tuple) or drop it (None)."""
    out = []
    for it in items:
        if it[0].startswith(label):
            if new is not None:
                out.append(new)
        else:
            out.append(it)
    return out
