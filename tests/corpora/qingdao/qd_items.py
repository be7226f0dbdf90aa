"""The rows a community return holds, in a Qingdao community's own words: (类别, 指标, 单位, spec)."""
import qd_grid as G
from qd_lib import cell

PET = [("民情诉求", "受理居民诉求（含12345热线转办）", "件", "petitions_received"),
       ("民情诉求", "诉求办结", "件", "petitions_resolved"),
       ("民情诉求", "矛盾纠纷调解成功", "起", "disputes_mediated"),
       ("民情诉求", "矛盾纠纷排查", "起", ("o", "paicha"))]
JOB = [("就业创业", "城镇新增就业", "人", "people_employed"),
       ("就业创业", "开发就业岗位", "个", "jobs_created"),
       ("就业创业", "其中：公益性岗位", "个", "public_welfare_jobs"),
       ("就业创业", "零就业家庭", "户", "zero_employment_households"),
       ("就业创业", "职业技能培训", "场", "training_sessions")]
AID = [("社会救助", "低保户数", "户", "dibao_households"), ("社会救助", "低保人数", "人", "dibao_persons"),
       ("社会救助", "低保金发放", "元", "dibao_payout_yuan"), ("社会救助", "临时救助", "元", ("o", "linshi_yuan"))]
OLD = [("为老服务", "老年人免费查体", "人", "free_health_checks"), ("为老服务", "走访慰问困难群众", "人", "people_assisted"),
       ("为老服务", "助老助餐服务", "人次", ("o", "shichang_h"))]
CUL = [("文明实践", "文体活动", "场", "cultural_activities"), ("文明实践", "政策宣讲", "次", "lectures_held"),
       ("文明实践", "文明实践站活动", "场", ("o", "wenming"))]
SAFE = [("平安建设", "巡逻队员", "人", "patrol_members"), ("平安建设", "治安案件", "起", "security_cases"),
        ("平安建设", "安全生产检查", "家次", ("o", "anquan"))]
VOL = [("志愿服务", "注册志愿者（山东志愿服务平台）", "人", "volunteers"),
       ("志愿服务", "志愿服务", "人次", "volunteer_person_times")]
PARTY = [("党的建设", "党员", "名", "party_members"), ("党的建设", "党员结对帮扶", "对", "pairings"),
         ("党的建设", "在职党员双报到", "人", ("o", "shuangbaodao"))]
BASE = [("基础信息", "常住户数", "户", "households"), ("基础信息", "常住人口", "人", "residents"),
        ("基础信息", "流动人口", "人", "floating_population"), ("基础信息", "社区工作者", "人", "staff")]
CITY = [("城市管理", "老旧小区改造（楼座）", "座", ("o", "laojiu")), ("城市管理", "创城问题整改", "处", ("o", "anquan"))]
FLOWS = {"petitions_received", "petitions_resolved", "disputes_mediated", "people_employed", "jobs_created",
         "public_welfare_jobs", "training_sessions", "dibao_payout_yuan", "free_health_checks", "people_assisted",
         "cultural_activities", "lectures_held", "security_cases", "volunteer_person_times", "micro_loans_yuan"}


def ind_of(spec):
    return spec if isinstance(spec, str) else spec.get("i") if isinstance(spec, dict) else None


def vrows(sh, r, code, month, items, cols, c0=0, cat=False, seq=True, styles=None):
    """Indicators down. cols: 'unit', 'this', 'ytd', 'prior', 'yoy', 'note'. A 类别 column merged down when cat.
    styles maps an indicator to a spec dict for the 本月 cell. Returns the next row."""
    W = G.W
    styles = styles or {}
    start = r
    for i, (category, label, unit, spec) in enumerate(items):
        c = c0
        if seq:
            sh.put(r, c, i + 1)
            c += 1
        if cat:
            if i == 0 or items[i - 1][0] != category:
                n = sum(1 for _ in __import__("itertools").takewhile(lambda x: x[0] == category, items[i:]))
                sh.merge(r, c, r + n - 1, c, category)
            c += 1
        sh.put(r, c, label)
        c += 1
        ind = ind_of(spec)
        for col in cols:
            if col == "unit":
                sh.put(r, c, unit)
            elif col == "this":
                cell(sh, r, c, code, month, styles.get(ind, spec))
            elif col == "ytd" and ind in FLOWS:
                sh.put(r, c, W.ytd(code, month, ind))
            elif col == "prior" and ind:
                cell(sh, r, c, code, month, ("prior", ind))
            elif col == "yoy" and ind:
                a, b = W.v[(code, month, ind)], W.v[(code, W.last_year(month), ind)]
                sh.put(r, c, "持平" if a == b else (f"{100 * (a - b) / b:+.1f}%" if b else "—"))
            c += 1
        r += 1
    return r if r > start else start
