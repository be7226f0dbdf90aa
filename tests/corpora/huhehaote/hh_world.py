"""The world: 内蒙古自治区呼和浩特市回民区 光明路街道 (150103003), its 11 communities, 2025-11 … 2026-05, every figure.

Months 2024-11 … 2025-10 exist only for 上月 and 本年累计 columns. Seed: random.Random(20261207) for the world.
"""
import random

STREET = ("150103003", "光明路街道")
# (short name, 12-digit code, size factor, registered name)
COMMS = [("什拉门更", "150103003001", 1.2, "什拉门更社区居民委员会"), ("果园路", "150103003020", 1.0, "果园路社区居委会"),
         ("电子路", "150103003021", 0.8, "电子路社区居委会"), ("阳光", "150103003022", 1.1, "阳光社区居委会"),
         ("光明小区", "150103003023", 0.9, "光明小区社区居委会"), ("金园", "150103003024", 1.0, "金园社区居委会"),
         ("龙翔苑", "150103003025", 1.3, "龙翔苑社区居委会"), ("沿河", "150103003027", 0.7, "沿河社区居委会"),
         ("西铁", "150103003028", 1.0, "西铁社区居委会"), ("富丽", "150103003029", 0.9, "富丽社区居委会"),
         ("巴彦淖尔北路", "150103003030", 1.4, "巴彦淖尔北路社区居委会")]
BY_SHORT = {s: c for s, c, _, _ in COMMS}
NAME = {c: s for s, c, _, _ in COMMS}
REG = {c: r for s, c, _, r in COMMS}

ALL = [f"{y}-{m:02d}" for y, m in [(2024, 11), (2024, 12)] + [(2025, m) for m in range(1, 13)]
       + [(2026, m) for m in range(1, 6)]]
PERIOD = ALL[ALL.index("2025-11"):]

FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]
STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]


def season(ind, m):
    """Month factor: 采暖期 (10月15日—4月15日) raises 诉求 (暖气不热) Nov–Feb, 清雪 in Dec–Jan; 冬季送温暖 and 春节 /
    查干萨日 (2026-02-17) raise 走访慰问 and 物资 Dec–Feb; 春风行动 jobs Mar–Apr, Jan–Feb low (严寒); 学雷锋 (3月)
    volunteering; 元宵 / 春节 文化活动; 老年人体检 in Apr–May once the cold is over."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {11: 1.5, 12: 1.6, 1: 1.5, 2: 1.1, 3: 1.1}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {12: 1.4, 1: 2.0, 2: 2.3}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {3: 1.7, 4: 1.6, 5: 1.3, 1: 0.6, 2: 0.5}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {3: 1.8, 2: 0.7, 12: 1.2}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {4: 2.2, 5: 2.6, 12: 0.5, 1: 0.3, 2: 0.3}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {1: 1.4, 2: 1.6, 5: 1.2}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20261207)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f, _ in COMMS:
            hh = int(rnd.randint(2400, 3300) * f)
            res = int(hh * rnd.uniform(2.45, 2.75))
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.10, 0.18)),
                      staff=rnd.randint(8, 13), party_members=int(rnd.randint(130, 210) * f),
                      pairings=rnd.randint(10, 28), patrol_members=int(rnd.randint(35, 60) * f),
                      informants=rnd.randint(8, 18), volunteers=int(res * rnd.uniform(0.08, 0.12)),
                      dibao_households=int(rnd.randint(16, 34) * f), zero_employment_households=rnd.randint(0, 2))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.5, 1.8))
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                st["households"] += rnd.randint(-4, 8)
                st["residents"] += rnd.randint(-10, 22)
                st["floating_population"] += rnd.randint(-18, 20)
                st["volunteers"] += rnd.randint(2, 16)
                if rnd.random() < 0.3:
                    st["party_members"] += rnd.choice([-1, 1, 2])
                if rnd.random() < 0.25:
                    st["pairings"] += 1
                if rnd.random() < 0.3:
                    d = rnd.choice([-1, 1])
                    st["dibao_households"] += d
                    st["dibao_persons"] += d * rnd.choice([1, 2])
                if rnd.random() < 0.2:
                    st["staff"] += rnd.choice([-1, 1])
                if rnd.random() < 0.2:
                    st["patrol_members"] += rnd.randint(-2, 4)
                if rnd.random() < 0.15:
                    st["zero_employment_households"] = max(0, st["zero_employment_households"] + rnd.choice([-1, 1]))
                s = lambda ind, lo, hi: max(0, int(round(rnd.randint(lo, hi) * f * season(ind, m))))  # noqa: E731
                rec = s("petitions_received", 24, 48)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 12))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 6)
                jobs = s("jobs_created", 5, 16)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 7, 20)
                self.v[(code, m, "micro_loans_yuan")] = rnd.choice([0, 0, 0, 100000, 150000, 200000, 300000])
                self.v[(code, m, "training_sessions")] = rnd.randint(0, 3)
                self.v[(code, m, "dibao_payout_yuan")] = int(round(self.v[(code, m, "dibao_persons")] * rnd.randint(62, 78) / 10)) * 100
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 30, 80)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 15, 38)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 20, 55)
                self.v[(code, m, "cultural_activities")] = s("cultural_activities", 3, 8)
                self.v[(code, m, "lectures_held")] = rnd.randint(1, 6)
                self.v[(code, m, "security_cases")] = rnd.choice([0, 0, 0, 1, 1, 2, 3])
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 160, 380)
                self.v[(code, m, "heating_part")] = (rec * rnd.randint(35, 60) // 100) if int(m[5:]) in (11, 12, 1, 2, 3) else 0

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
        self.old[key] = self.v[key]
        self.v[key] = new


# Traditional Mongolian (Unicode U+1800 block) as the bilingual forms of 内蒙古 carry it: labels only, never values.
# A best-effort rendering of the words the forms print; the Chinese beside each is what a reader goes by.
MN = {
    "hohhot": "ᠬᠥᠬᠡᠬᠣᠲᠠ", "huimin": "ᠬᠣᠲᠣᠩ ᠠᠷᠠᠳ ᠤᠨ ᠲᠣᠭᠣᠷᠢᠭ", "street": "ᠭᠡᠷᠡᠯᠲᠦ ᠵᠠᠮ ᠤᠨ ᠭᠤᠳᠤᠮᠵᠢ",
    "comm": "ᠬᠣᠷᠣᠭᠠᠯᠠᠩ", "comm_name": "ᠬᠣᠷᠣᠭᠠᠯᠠᠩ ᠤᠨ ᠨᠡᠷ᠎ᠡ", "no": "ᠳ᠋ᠤᠭᠠᠷ", "unit": "ᠨᠢᠭᠡᠴᠡ",
    "note": "ᠲᠠᠶᠢᠯᠪᠤᠷᠢ", "this_month": "ᠡᠨᠡ ᠰᠠᠷ᠎ᠠ", "month": "ᠰᠠᠷ᠎ᠠ", "item": "ᠲᠥᠰᠥᠯ", "table": "ᠬᠦᠰᠦᠨᠦᠭᠲᠦ",
    "stat": "ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ", "basic": "ᠦᠨᠳᠦᠰᠦᠨ ᠪᠠᠶᠢᠳᠠᠯ", "households": "ᠪᠠᠶᠢᠩᠭ᠎ᠠ ᠰᠠᠭᠤᠭ᠎ᠠ ᠥᠷᠬᠡ",
    "residents": "ᠪᠠᠶᠢᠩᠭ᠎ᠠ ᠰᠠᠭᠤᠭ᠎ᠠ ᠬᠦᠨ ᠠᠮ", "floating": "ᠰᠢᠯᠵᠢᠯᠲᠡ ᠬᠦᠨ ᠠᠮ", "minority": "ᠴᠥᠬᠡᠨ ᠲᠣᠭ᠎ᠠ ᠦᠨᠳᠦᠰᠦᠲᠡᠨ",
    "mongol": "ᠮᠣᠩᠭᠣᠯ ᠦᠨᠳᠦᠰᠦᠲᠡᠨ", "hui": "ᠬᠣᠲᠣᠩ ᠦᠨᠳᠦᠰᠦᠲᠡᠨ", "staff": "ᠬᠣᠷᠣᠭᠠᠯᠠᠩ ᠤᠨ ᠠᠵᠢᠯᠲᠠᠨ",
    "bilingual": "ᠮᠣᠩᠭᠣᠯ ᠬᠢᠲᠠᠳ ᠬᠣᠣᠰ ᠬᠡᠯᠡ", "party": "ᠨᠠᠮ ᠤᠨ ᠭᠡᠰᠢᠭᠦᠨ", "volunteer": "ᠰᠠᠶᠢᠨ ᠳᠤᠷ᠎ᠠ ᠶᠢᠨ ᠠᠵᠢᠯᠲᠠᠨ",
    "dibao": "ᠠᠮᠢᠳᠤᠷᠠᠯ ᠤᠨ ᠳᠣᠣᠷᠠᠳᠤ ᠪᠠᠲᠤᠯᠠᠭ᠎ᠠ", "jobs": "ᠠᠵᠢᠯ ᠡᠷᠬᠢᠯᠡᠯᠲᠡ", "petition": "ᠠᠷᠠᠳ ᠤᠨ ᠭᠣᠶᠤᠴᠢᠯᠠᠯ",
    "safety": "ᠠᠮᠤᠷ ᠲᠦᠪᠰᠢᠨ", "unity": "ᠦᠨᠳᠦᠰᠦᠲᠡᠨ ᠦ ᠡᠶ᠎ᠡ ᠨᠡᠶᠢᠯᠡᠯ", "elder": "ᠥᠲᠡᠯᠡᠭᠴᠢᠳ ᠲᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠬᠦ",
    "culture": "ᠰᠣᠶᠣᠯ ᠤᠨ ᠦᠢᠯ᠎ᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ", "report": "ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ ᠮᠡᠳᠡᠭᠦᠯᠦᠯᠲᠡ",
}
