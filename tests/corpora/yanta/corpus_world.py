"""The place, the months and every figure (seeded): 西安市雁塔区 等驾坡街道, 2025-12 … 2026-07.

Figures are invented but plausible for a Xi'an community of 4,200–17,800 residents: 春节 is 2026-02-17,
so 走访慰问 and 慰问物资 peak in January and February and the floating population dips in February;
春风行动 brings jobs in February–March; 学雷锋 (March 5) lifts volunteering in March; the spring health checks
run in April–May; summer (July) raises petitions (water, power, property disputes).
"""
import random

SEED = 20260807
CITY = "610113"
STREET_CODE, STREET_NAME = "610113005", "等驾坡街道"
OTHER_STREET_CODE, OTHER_STREET_NAME = "610113009", "杜城街道"

# code, registry name, short name a clerk writes
COMMUNITIES = [
    ("610113005001", "田家湾社区居委会", "田家湾"), ("610113005002", "秦川社区居委会", "秦川"),
    ("610113005003", "千户社区居委会", "千户"), ("610113005004", "康宁社区居委会", "康宁"),
    ("610113005006", "阳光社区居委会", "阳光"), ("610113005007", "延北社区", "延北"),
    ("610113005008", "鑫龙天然居社区", "鑫龙天然居"), ("610113005009", "建工路社区居委会", "建工路"),
    ("610113005010", "月登阁社区居民委员会", "月登阁"), ("610113005011", "东等驾坡社区居民委员会", "东等驾坡"),
    ("610113005012", "司法小区社区", "司法小区"), ("610113005013", "德邻社区", "德邻"),
    ("610113005014", "延兴社区", "延兴"), ("610113005015", "浐灞生态区绿地生态城社区", "绿地生态城"),
    ("610113005016", "浐灞生态区馨悦社区", "馨悦"), ("610113005017", "雁影社区", "雁影"),
    ("610113005018", "延兴门南社区", "延兴门南"), ("610113005019", "西等驾坡社区", "西等驾坡"),
    ("610113005020", "马腾空社区", "马腾空"), ("610113005021", "史家湾社区", "史家湾"),
    ("610113005022", "启迪社区", "启迪"), ("610113005023", "雁安社区", "雁安"),
    ("610113005024", "暖山社区", "暖山"), ("610113005025", "上城社区", "上城"),
    ("610113005026", "花间社区", "花间"), ("610113005027", "海伦湾社区", "海伦湾"),
    ("610113005028", "海伦社区", "海伦"),
]
DUCHENG = [
    ("610113009003", "齐王社区"), ("610113009004", "翟家堡社区居民委员会"), ("610113009005", "西姜村社区"),
    ("610113009006", "南姜村社区"), ("610113009007", "东姜村社区"), ("610113009008", "北寨子社区"),
    ("610113009009", "南寨子社区居民委员会"), ("610113009010", "省直机关三爻社区"), ("610113009011", "竹园嘉苑社区"),
    ("610113009012", "海亮新英里社区"), ("610113009013", "融创珑府社区"), ("610113009014", "金地西沣公元社区"),
    ("610113009015", "中铁尚都城社区"), ("610113009016", "华安紫竹苑社区"), ("610113009017", "万科高新华府社区"),
    ("610113009018", "书香林苑社区"), ("610113009019", "融创宸院社区"), ("610113009020", "联盟新城社区"),
    ("610113009021", "南沈新苑社区"), ("610113009022", "西姜欣居社区"), ("610113009023", "省直机关三爻西社区"),
    ("610113009024", "金地西沣公元二期社区"), ("610113009025", "杜城社区"), ("610113009026", "曹家堡社区"),
    ("610113009027", "龙湖紫宸社区"), ("610113009028", "宸韵社区"),
]
CODE = {short: code for code, _, short in COMMUNITIES}
SHORT = {code: short for code, _, short in COMMUNITIES}
FULL = {code: full for code, full, _ in COMMUNITIES}
CODES = [c for c, _, _ in COMMUNITIES]


def site(code):
    """「田家湾社区」: the name most clerks write."""
    return SHORT[code] + "社区"


ROUND = [("雁影", "2026-04", "volunteer_person_times", 10), ("雁影", "2026-04", "goods_distributed", 10),
         ("马腾空", "2026-04", "free_health_checks", 10), ("史家湾", "2026-04", "people_assisted", 10),
         ("海伦湾", "2026-05", "free_health_checks", 10), ("司法小区", "2026-05", "people_assisted", 10),
         ("启迪", "2026-05", "volunteer_person_times", 10), ("海伦湾", "2026-05", "dibao_payout_yuan", 1000)]
MONTHS = ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07"]
HIST = [f"{y}-{m:02d}" for y in (2024, 2025, 2026) for m in range(1, 13)][11:31]   # 2024-12 … 2026-07

PR, PRES, DM = "petitions_received", "petitions_resolved", "disputes_mediated"
JOBS, PWJ, PE, ZEH = "jobs_created", "public_welfare_jobs", "people_employed", "zero_employment_households"
LOAN, TRAIN = "micro_loans_yuan", "training_sessions"
DH, DP, DPAY = "dibao_households", "dibao_persons", "dibao_payout_yuan"
FHC, PA, GOODS, CA, LH = "free_health_checks", "people_assisted", "goods_distributed", "cultural_activities", "lectures_held"
PATROL, INF, SEC = "patrol_members", "informants", "security_cases"
VOL, VPT, PM, PAIR = "volunteers", "volunteer_person_times", "party_members", "pairings"
HH, RES, FLOAT, STAFF = "households", "residents", "floating_population", "staff"
FLOWS = [PR, PRES, DM, JOBS, PWJ, PE, LOAN, TRAIN, DPAY, FHC, PA, GOODS, CA, LH, SEC, VPT]
STOCKS = [ZEH, DH, DP, PATROL, INF, VOL, PM, PAIR, HH, RES, FLOAT, STAFF]


def ym(period):
    y, m = period.split("-")
    return int(y), int(m)


class World:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.v = {}
        for code, _, _ in COMMUNITIES:
            self._community(code)
        for code, _ in DUCHENG:
            self._community(code)
        # figures written as 约50 / 30余 / 1.7万元 are round numbers (the truth is the number written)
        for short, period, ind, step in ROUND:
            key = (CODE[short], period, ind)
            self.v[key] = max(step, int(round(self.v[key] / step)) * step)
        # the correction (batch2, 千户社区 2026-07): the first version's figures
        q = CODE["千户"]
        self.first = {(q, "2026-07", PR): self.v[(q, "2026-07", PR)] - 9,
                      (q, "2026-07", PRES): self.v[(q, "2026-07", PRES)] + 4,
                      (q, "2026-07", VOL): self.v[(q, "2026-07", VOL)] + 120}

    def __call__(self, code, period, ind):
        return self.v[(code, period, ind)]

    def shown(self, code, period, ind):
        """The figure a batch1 file shows (the first version where one was corrected)."""
        return self.first.get((code, period, ind), self.v[(code, period, ind)])

    def ytd(self, code, period, ind):
        y, m = ym(period)
        return sum(self.v[(code, f"{y}-{k:02d}", ind)] for k in range(1, m + 1))

    def prev(self, period):
        i = HIST.index(period)
        return HIST[i - 1]

    def year_ago(self, period):
        y, m = ym(period)
        return f"{y - 1}-{m:02d}"

    def _community(self, code):
        r = self.rng
        res = r.randint(4200, 17800)
        size = r.uniform(2.45, 2.95)
        flo = int(res * r.uniform(0.07, 0.28))
        staff = r.randint(9, 19)
        party = r.randint(70, 380)
        vol = int(res * r.uniform(0.03, 0.085))
        patrol, inf, pairs = r.randint(16, 58), r.randint(8, 34), r.randint(10, 55)
        dh = r.randint(4, 36)
        ratio = r.uniform(1.45, 2.1)
        avg = r.randint(520, 760)
        zeh = r.randint(0, 4)
        per_k = r.uniform(1.8, 4.6)
        for p in HIST:
            y, m = ym(p)
            res += r.randint(-35, 70)
            flo = max(200, flo + r.randint(-30, 45))
            fl = int(flo * (0.92 if m == 2 else 1.0))
            if r.random() < 0.12:
                staff = max(8, staff + r.choice([-1, 1]))
            party += r.choice([0, 0, 0, 1, 1, 2, -1])
            vol += r.randint(2, 30) + (r.randint(20, 60) if m == 3 else 0)
            patrol = max(12, patrol + r.choice([0, 0, 0, 1, -1, 2]))
            inf = max(6, inf + r.choice([0, 0, 0, 1, -1]))
            pairs = max(6, pairs + r.choice([0, 0, 0, 1, -1]))
            dh = max(2, dh + r.choice([0, 0, 0, 0, 1, -1]))
            zeh = max(0, min(5, zeh + r.choice([0, 0, 0, 0, 0, 1, -1])))
            dp = int(round(dh * ratio))
            pay = dp * avg + r.randint(-300, 300)
            if (y, m) >= (2026, 3):
                pay = pay + r.choice([0.5, 0.2, 0.8, 0.0, 0.6])   # 按日计发 for new cases: cents
            season = {7: 1.35, 8: 1.3, 1: 0.9, 2: 0.75, 6: 1.15}.get(m, 1.0)
            pr = max(2, int(res / 1000 * per_k * season) + r.randint(-3, 4))
            pres = max(0, pr - r.choice([0, 0, 1, 1, 2, 3]))
            jobs = r.randint(0, 9) + (r.randint(4, 14) if m in (2, 3) else 0)
            pwj = min(jobs, r.choice([0, 0, 0, 1, 1, 2, 3]))
            pe = r.randint(0, 12) + (r.randint(3, 11) if m in (2, 3, 4) else 0)
            loan = r.choice([0, 0, 0, 0, 100000, 150000, 200000, 300000, 50000])
            train = r.choice([0, 0, 1, 1, 1, 2, 3])
            fhc = r.randint(0, 25) + (r.randint(40, 130) if m in (4, 5) else 0)
            pa = r.randint(6, 40) + (r.randint(30, 80) if m in (1, 2) else 0)
            goods = r.randint(0, 30) + (r.randint(60, 220) if m in (1, 2) else 0)
            ca = r.randint(1, 5) + (r.randint(2, 5) if m in (1, 2) else 0)
            lh = r.randint(0, 4) + (1 if m in (3, 12) else 0)
            sec = r.choice([0, 0, 0, 1, 1, 2, 3])
            dm = r.choice([0, 1, 1, 2, 2, 3, 4, 5, 6])
            vpt = r.randint(60, 420) + (r.randint(150, 400) if m == 3 else 0) + (r.randint(80, 200) if m in (1, 12) else 0)
            vals = {RES: res, HH: int(res / size), FLOAT: fl, STAFF: staff, PM: party, VOL: vol, PATROL: patrol,
                    INF: inf, PAIR: pairs, DH: dh, DP: dp, DPAY: pay, ZEH: zeh, PR: pr, PRES: pres, DM: dm,
                    JOBS: jobs, PWJ: pwj, PE: pe, LOAN: loan, TRAIN: train, FHC: fhc, PA: pa, GOODS: goods,
                    CA: ca, LH: lh, SEC: sec, VPT: vpt}
            for k, x in vals.items():
                self.v[(code, p, k)] = x


def pct(a, b, nd=1):
    """A rate as the clerk writes it (text, never truth)."""
    return "—" if not b else f"{100.0 * a / b:.{nd}f}%"
