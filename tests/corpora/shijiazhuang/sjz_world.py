"""The world: 河北省石家庄市长安区 谈固街道 (130102011), its 17 community committees, 2025-10 … 2026-04, every figure.

Months 2024-10 … 2025-09 exist only for 本年累计 / 上月 / 上年同期 columns. Seed: random.Random(20251015).
Two communities of the neighbouring 河东街道 (谈固小区第一 / 第二, same district) get figures too: the 12345
platform export of February, filtered by the word 「谈固」, lists them (their values are true values of theirs).
"""
import random

CITY = "130102"
STREET = ("130102011", "谈固街道")
# (code, registry stem, short name as the street office writes it, size factor)
COMMS = [("130102011002", "谈固", "谈固", 1.2), ("130102011003", "建明小区第一", "建明一", 1.0),
         ("130102011004", "建明小区第二", "建明二", 0.9), ("130102011007", "焦化厂", "焦化厂", 0.8),
         ("130102011008", "银龙小区第一", "银龙一", 1.1), ("130102011009", "银龙小区第二", "银龙二", 1.0),
         ("130102011010", "白佛", "白佛", 1.3), ("130102011011", "长东联合", "长东", 1.4),
         ("130102011012", "华宸怡园", "华宸怡园", 0.9), ("130102011013", "龚尚嘉苑", "龚尚嘉苑", 0.8),
         ("130102011014", "瑞景华庭", "瑞景华庭", 0.9), ("130102011015", "金嘉园", "金嘉园", 0.8),
         ("130102011016", "嘉和城", "嘉和城", 1.2), ("130102011017", "瑞城一", "瑞城一", 1.0),
         ("130102011018", "瑞城二", "瑞城二", 0.9), ("130102011019", "白佛口", "白佛口", 0.7),
         ("130102011020", "安联新青年", "安联新青年", 0.6)]
HEDONG = [("130102007029", "谈固小区第一", "谈固小区第一", 1.0), ("130102007030", "谈固小区第二", "谈固小区第二", 0.9)]
CODES = [c for c, _, _, _ in COMMS]
STEM = {c: s for c, s, _, _ in COMMS + HEDONG}
SHORT = {c: s for c, _, s, _ in COMMS + HEDONG}
BY = {s: c for c, _, s, _ in COMMS}
BY.update({s: c for c, s, _, _ in COMMS})


def full(code):
    """「建明小区第一社区」: the registry name without 居民委员会."""
    return STEM[code] + "社区"


def reg(code):
    return STEM[code] + "社区居民委员会"


def jwh(code):
    return STEM[code] + "社区居委会"


def mid(code):
    """「建明小区一社区」「银龙小区二社区」: the ordinal without 第 (how many clerks write it)."""
    return STEM[code].replace("第一", "一").replace("第二", "二") + "社区"


ALL = [f"2024-{m:02d}" for m in range(10, 13)] + [f"2025-{m:02d}" for m in range(1, 13)] + \
      [f"2026-{m:02d}" for m in range(1, 5)]
PERIOD = ALL[ALL.index("2025-10"):]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]


def season(ind, m):
    """Month factor for 石家庄: 国庆 / 中秋 (10-06) and 重阳 (10-29) with the 敬老月 in October; 集中供暖 from
    11月15日 to 3月15日 (供暖不热、暖气漏水、燃气 诉求 peak November–January); 重污染天气 (雾霾) 橙色预警 in December and
    January stop outdoor activities and volunteering; 元旦, 小年 and 春节 (2026-02-17) bring 走访慰问 and 慰问物资
    (January–February); 元宵 (03-03) and 学雷锋月 (March) raise 文体活动 and 志愿服务; 春风行动 jobs February–March;
    清明 (04-05) in April."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {11: 1.45, 12: 1.55, 1: 1.35, 2: 0.8, 10: 0.9, 3: 1.05}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {10: 1.3, 1: 1.8, 2: 2.2, 12: 1.1}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {2: 1.4, 3: 1.8, 1: 0.6, 12: 0.8, 10: 1.1}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {3: 1.9, 4: 1.3, 10: 1.2, 12: 0.7, 1: 0.7, 2: 0.8}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {10: 1.8, 4: 1.3, 1: 0.4, 2: 0.3, 12: 0.6}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {2: 1.5, 3: 1.4, 12: 0.7, 1: 1.2, 10: 1.3}.get(mo, 1.0)
    if ind == "lectures_held":
        return {11: 1.3, 12: 1.4}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20251015)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        for code, _, _, f in COMMS + HEDONG:
            hh = int(rnd.randint(2200, 3800) * f)
            res = int(hh * rnd.uniform(2.4, 2.85))
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.12, 0.3)),
                      staff=rnd.randint(9, 17), party_members=int(rnd.randint(120, 260) * f),
                      pairings=rnd.randint(8, 30), patrol_members=int(rnd.randint(30, 70) * f),
                      informants=rnd.randint(7, 24), volunteers=int(res * rnd.uniform(0.07, 0.13)),
                      dibao_households=int(rnd.randint(10, 30) * f), zero_employment_households=rnd.randint(0, 2))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.5, 1.9))
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                st["households"] += rnd.randint(-5, 14)
                st["residents"] += rnd.randint(-12, 35)
                st["floating_population"] += rnd.randint(-30, 30)
                st["volunteers"] += rnd.randint(2, 24)
                if rnd.random() < 0.3:
                    st["party_members"] += rnd.choice([-1, 1, 2])
                if rnd.random() < 0.25:
                    st["pairings"] += 1
                if rnd.random() < 0.35:
                    d = rnd.choice([-1, 1])
                    st["dibao_households"] += d
                    st["dibao_persons"] += d * rnd.choice([1, 2])
                if rnd.random() < 0.2:
                    st["staff"] += rnd.choice([-1, 1])
                if rnd.random() < 0.2:
                    st["patrol_members"] += rnd.randint(-2, 5)
                if rnd.random() < 0.15:
                    st["informants"] += rnd.choice([-1, 1, 1])
                if rnd.random() < 0.15:
                    st["zero_employment_households"] = max(0, st["zero_employment_households"] + rnd.choice([-1, 1]))
                s = lambda ind, lo, hi: max(0, int(round(rnd.randint(lo, hi) * f * season(ind, m))))  # noqa: E731
                rec = s("petitions_received", 22, 48)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 10))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 7)
                jobs = s("jobs_created", 5, 17)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 7, 21)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 50000, 100000, 150000, 200000, 300000])
                self.v[(code, m, "training_sessions")] = rnd.randint(0, 3)
                self.v[(code, m, "dibao_payout_yuan")] = \
                    int(round(self.v[(code, m, "dibao_persons")] * rnd.randint(68, 84) / 10)) * 100
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 25, 85)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 14, 38)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 18, 60)
                self.v[(code, m, "cultural_activities")] = max(1, s("cultural_activities", 3, 9))
                self.v[(code, m, "lectures_held")] = max(1, s("lectures_held", 1, 5))
                self.v[(code, m, "security_cases")] = rnd.choice([0, 0, 0, 0, 1, 1, 2, 3])
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 150, 420)

    def last_year(self, m):
        return f"{int(m[:4]) - 1}{m[4:]}"

    def prev(self, m):
        return ALL[ALL.index(m) - 1]

    def ytd(self, code, m, ind):
        return sum(self.v[(code, x, ind)] for x in ALL if x[:4] == m[:4] and x <= m)

    def quarter(self, code, q, ind):
        y, n = int(q[:4]), int(q[-1])
        ms = [f"{y}-{k:02d}" for k in range(3 * n - 2, 3 * n + 1)]
        return sum(self.v[(code, x, ind)] for x in ms)

    def correct(self, key, new):
        """A correction: the first value goes to `old`, the world holds the new one."""
        self.old[key] = self.v[key]
        self.v[key] = new
