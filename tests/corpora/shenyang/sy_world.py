"""The world: 辽宁省沈阳市铁西区 工人村街道 (210106003), its 17 communities, 2025-09 … 2026-03, every figure.

The months 2025-01 … 2025-08 exist only for 本年累计 columns. Seeds: random.Random(20250918) for the world (九一八),
incidental numbers (grid splits, outside figures) seeded per name so that adding a file changes nothing else.
`old` holds the first (wrong) values that batch2 replaces; `v` holds the truth.
"""
import random

CITY = "210106"
STREET = ("210106003", "工人村街道")
# short name, 12-digit code, size factor (all registered 「…社区」 in the national registry)
COMMS = [("劳模", "210106003006", 1.1), ("新喜", "210106003007", 0.9), ("新苑", "210106003008", 1.0),
         ("新利", "210106003009", 0.8), ("新华", "210106003010", 1.2), ("壮工", "210106003011", 0.9),
         ("清乐", "210106003012", 0.7), ("工人新村三", "210106003015", 1.3), ("功勋", "210106003016", 1.0),
         ("园西", "210106003017", 0.8), ("中海", "210106003018", 1.4), ("西站", "210106003019", 1.0),
         ("泰山", "210106003020", 1.1), ("仙女湖", "210106003021", 1.2), ("大天地", "210106003022", 1.3),
         ("工人新村一", "210106003023", 1.2), ("工人新村二", "210106003024", 1.0)]
BY_SHORT = {s: c for s, c, _ in COMMS}
SHORT = {c: s for s, c, _ in COMMS}
REG = {c: s + "社区" for s, c, _ in COMMS}          # the registry's own spelling
CODES = [c for _, c, _ in COMMS]
# the street's own 片区 (invented for the corpus: 工人村 north / south of 保工街)
AREA = {"北片": ["劳模", "新喜", "新苑", "新利", "新华", "壮工", "清乐", "功勋", "园西"],
        "南片": ["中海", "西站", "泰山", "仙女湖", "大天地", "工人新村一", "工人新村二", "工人新村三"]}

ALL = [f"2025-{m:02d}" for m in range(1, 13)] + [f"2026-{m:02d}" for m in range(1, 4)]
PERIOD = ALL[ALL.index("2025-09"):]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]


def season(ind, m):
    """Month factor for Shenyang: 供暖 from 11月1日 (暖气不热, 室温不达标) raises 诉求 Nov–Jan, a cold snap in January;
    中秋 (10-06) and 重阳 (10-29) and 春节 (2026-02-17) 送温暖 raise 走访慰问 and 物资; 春风行动 jobs Feb–Mar, the cold
    months low; 学雷锋 (3月5日, Liaoning is 雷锋's second home) doubles volunteering in March, 清雪 lifts it in
    December–January, the holiday lowers February; autumn 老年人体检 in September–October, hardly any in winter;
    九一八 (9月18日) and 雷锋精神 宣讲 in September and March; 冰雪 and 春节 文体 in January–February."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {11: 1.55, 12: 1.4, 1: 1.35, 2: 0.8, 10: 1.1}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {10: 1.3, 1: 1.8, 2: 2.2, 9: 1.1}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {2: 1.5, 3: 1.8, 12: 0.6, 1: 0.5}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {3: 2.1, 2: 0.6, 12: 1.2, 1: 1.15}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {9: 1.7, 10: 1.4, 12: 0.3, 1: 0.25, 2: 0.2, 3: 0.7}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {1: 1.5, 2: 1.6, 9: 1.2}.get(mo, 1.0)
    if ind == "lectures_held":
        return {9: 2.0, 3: 1.6}.get(mo, 1.0)
    if ind == "security_cases":
        return {12: 0.6, 1: 0.5, 2: 0.6}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20250918)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        for short, code, f in COMMS:
            hh = int(rnd.randint(2300, 3300) * f)
            res = int(hh * rnd.uniform(2.25, 2.6))           # old 工人村 flats: many elderly couples
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.06, 0.14)),
                      staff=rnd.randint(8, 14), party_members=int(rnd.randint(170, 260) * f),
                      pairings=rnd.randint(10, 28), patrol_members=int(rnd.randint(35, 65) * f),
                      informants=rnd.randint(7, 19), volunteers=int(res * rnd.uniform(0.08, 0.13)),
                      dibao_households=int(rnd.randint(22, 48) * f), zero_employment_households=rnd.randint(0, 2))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.45, 1.75))
            for m in ALL:
                mo = int(m[5:])
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                st["households"] += rnd.randint(-4, 7)
                st["residents"] += rnd.randint(-12, 18)
                st["floating_population"] += rnd.randint(-15, 15) - (25 if mo == 1 else 0) + (30 if mo == 2 else 0)
                st["volunteers"] += rnd.randint(3, 14) + (rnd.randint(20, 45) if mo == 2 else 0)
                if rnd.random() < 0.3:
                    st["party_members"] += rnd.choice([-1, 1, 2, -2])
                if rnd.random() < 0.25:
                    st["pairings"] += rnd.choice([1, 1, -1])
                if rnd.random() < 0.35:
                    d = rnd.choice([-1, 1])
                    st["dibao_households"] += d
                    st["dibao_persons"] += d * rnd.choice([1, 2])
                if rnd.random() < 0.15:
                    st["staff"] += rnd.choice([-1, 1])
                if rnd.random() < 0.25:
                    st["patrol_members"] += rnd.randint(-2, 4)
                if rnd.random() < 0.15:
                    st["informants"] += rnd.choice([-1, 1, 1])
                if rnd.random() < 0.12:
                    st["zero_employment_households"] = max(0, st["zero_employment_households"] + rnd.choice([-1, 1]))
                s = lambda ind, lo, hi: max(0, int(round(rnd.randint(lo, hi) * f * season(ind, m))))  # noqa: E731
                rec = max(8, s("petitions_received", 24, 46))
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 10))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 6)
                jobs = s("jobs_created", 5, 16)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 6, 20)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 0, 100000, 150000, 200000, 300000])
                self.v[(code, m, "training_sessions")] = rnd.choice([0, 1, 1, 2, 3])
                self.v[(code, m, "dibao_payout_yuan")] = int(round(self.v[(code, m, "dibao_persons")]
                                                                   * rnd.randint(78, 92) / 10)) * 100
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 25, 80)
                self.v[(code, m, "people_assisted")] = max(5, s("people_assisted", 14, 38))
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 20, 60)
                self.v[(code, m, "cultural_activities")] = max(1, s("cultural_activities", 2, 8))
                self.v[(code, m, "lectures_held")] = max(1, s("lectures_held", 1, 4))
                self.v[(code, m, "security_cases")] = s("security_cases", 0, 3) if rnd.random() < 0.6 else 0
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 160, 380)
        self._overrides()

    def _overrides(self):
        """Figures a clerk writes round (「约200」, 「40余」, 「（估）」): the world holds exactly what is written."""
        B = BY_SHORT
        for key, v in {(B["大天地"], "2026-02", "volunteer_person_times"): 200,
                       (B["大天地"], "2026-02", "goods_distributed"): 120,
                       (B["仙女湖"], "2026-01", "people_assisted"): 60,
                       (B["仙女湖"], "2026-01", "volunteer_person_times"): 300,
                       (B["清乐"], "2026-03", "volunteer_person_times"): 400,
                       (B["劳模"], "2025-09", "free_health_checks"): 90,
                       (B["泰山"], "2025-11", "volunteer_person_times"): 250,
                       (B["工人新村一"], "2025-10", "goods_distributed"): 80}.items():
            self.v[key] = v

    # ---- helpers
    def prev(self, m):
        return ALL[ALL.index(m) - 1]

    def ytd(self, code, m, ind):
        return sum(self.v[(code, x, ind)] for x in ALL if x[:4] == m[:4] and x <= m)

    def span(self, code, months, ind):
        return sum(self.v[(code, x, ind)] for x in months)

    def quarter(self, code, q, ind):
        y, n = int(q[:4]), int(q[-1])
        ms = [f"{y}-{k:02d}" for k in range(3 * n - 2, 3 * n + 1)]
        return sum(self.v[(code, x, ind)] for x in ms)

    def correct(self, key, new):
        """A batch2 correction: the first value goes to `old`, the world holds the new one."""
        self.old[key] = self.v[key]
        self.v[key] = new

    def out(self, code, month, name, lo, hi):
        """A figure outside the catalogue (入户走访, 清雪出动, 采暖补贴 …): seeded per name, never truth."""
        return random.Random(f"{code}|{month}|{name}").randint(lo, hi)

    def split(self, total, parts, name, cap=None):
        """Split a community's figure over its grids (网格): the parts add up to the total, roughly even; with `cap`
        (the parts of another figure) no part exceeds its cap (办结 of a grid ≤ its 受理)."""
        rnd = random.Random(f"split|{name}|{total}|{parts}")
        w = [rnd.uniform(0.6, 1.4) for _ in range(parts)]
        if cap is not None:
            w = [c + 1e-9 * x for x, c in zip(w, cap)]
        out = [int(total * x / sum(w)) for x in w]
        order = sorted(range(parts), key=lambda i: -w[i])
        k = 0
        while sum(out) < total:
            i = order[k % parts]
            if cap is None or out[i] < cap[i]:
                out[i] += 1
            k += 1
        return out
