"""The world: 贵州省遵义市红花岗区 中华路街道 (520302003), its 10 community committees, 2025-09 … 2026-03, every figure.

Months 2025-08 (for 上月 columns) and 2024-09 … 2025-03 (上年同期) exist only as context. Seed: random.Random(5203020)."""
import random

STREET = ("520302003", "中华路街道")
# (short name, 12-digit code, size factor): registry names are 「…社区居民委员会」
COMMS = [("龙井沟", "520302003001", 1.1), ("凤朝门", "520302003002", 0.9), ("杨家巷", "520302003003", 0.8),
         ("环城", "520302003004", 1.3), ("新东门", "520302003005", 1.0), ("苟家井", "520302003006", 1.2),
         ("花台坡", "520302003007", 0.7), ("内沙路", "520302003008", 1.0), ("黄家院子", "520302003009", 0.9),
         ("向阳", "520302003010", 1.4)]
BY_SHORT = {s: c for s, c, _ in COMMS}
NAME = {c: s for s, c, _ in COMMS}
# pinyin initials the 综治 platform uses as 网格单元编码 prefixes
PY = {"龙井沟": "LJG", "凤朝门": "FCM", "杨家巷": "YJX", "环城": "HC", "新东门": "XDM", "苟家井": "GJJ",
      "花台坡": "HTP", "内沙路": "NSL", "黄家院子": "HJYZ", "向阳": "XY"}

PERIOD = ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]
ALL = [f"2024-{m:02d}" for m in range(9, 13)] + [f"2025-{m:02d}" for m in range(1, 13)] + \
      [f"2026-{m:02d}" for m in range(1, 4)]

STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]


def season(ind, m):
    """Zunyi: 国庆黄金周 and the red-tourism crowds at 遵义会议会址 (Oct: 诉求, 巡防); 重阳 (2025-10-29) 走访慰问;
    winter 凝冻 (late Dec – Jan: 水管冻裂、路面结冰 诉求); 遵义会议召开91周年 (2026-01-15) 宣讲 and 红色志愿讲解;
    春节 2026-02-17 (走访慰问 / 物资 Jan–Feb, 文体 Feb); 春风行动 jobs in Feb–Mar; 学雷锋 March volunteering."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {10: 1.3, 12: 1.2, 1: 1.4, 2: 0.8}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {10: 1.3, 1: 1.8, 2: 2.1}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed", "public_welfare_jobs"):
        return {2: 1.4, 3: 1.8, 1: 0.6, 12: 0.8}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {10: 1.4, 1: 1.5, 3: 1.8, 2: 0.7}.get(mo, 1.0)
    if ind == "lectures_held":
        return {1: 2.0, 10: 1.3}.get(mo, 1.0)
    if ind == "free_health_checks":
        return {9: 1.4, 10: 1.6, 1: 0.4, 2: 0.3}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {2: 1.6, 10: 1.3, 1: 1.2}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(5203020)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        self.street = STREET
        for short, code, f in COMMS:
            hh = int(rnd.randint(1800, 3000) * f)
            res = int(hh * rnd.uniform(2.6, 3.0))
            st = dict(households=hh, residents=res, floating_population=int(res * rnd.uniform(0.10, 0.22)),
                      staff=rnd.randint(8, 14), party_members=int(rnd.randint(110, 200) * f),
                      pairings=rnd.randint(8, 24), patrol_members=int(rnd.randint(30, 55) * f),
                      informants=rnd.randint(6, 18), volunteers=int(res * rnd.uniform(0.07, 0.11)),
                      dibao_households=int(rnd.randint(18, 40) * f), zero_employment_households=rnd.randint(0, 2))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.5, 1.9))
            for m in ALL:
                for ind in STOCKS:
                    self.v[(code, m, ind)] = st[ind]
                st["households"] += rnd.randint(-5, 10)
                st["residents"] += rnd.randint(-12, 26)
                st["floating_population"] += rnd.randint(-20, 20)
                st["volunteers"] += rnd.randint(2, 16)
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
                    st["patrol_members"] += rnd.randint(-2, 4)
                if rnd.random() < 0.15:
                    st["informants"] += rnd.choice([-1, 1])
                s = lambda ind, lo, hi: max(0, int(round(rnd.randint(lo, hi) * f * season(ind, m))))  # noqa: E731
                rec = s("petitions_received", 18, 44)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 10))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 7)
                jobs = s("jobs_created", 5, 16)
                self.v[(code, m, "jobs_created")] = jobs
                self.v[(code, m, "public_welfare_jobs")] = min(jobs, rnd.randint(0, 3))
                self.v[(code, m, "people_employed")] = s("people_employed", 6, 20)
                self.v[(code, m, "training_sessions")] = rnd.randint(0, 3)
                self.v[(code, m, "dibao_payout_yuan")] = self.v[(code, m, "dibao_persons")] * rnd.randint(640, 760)
                self.v[(code, m, "free_health_checks")] = s("free_health_checks", 25, 80)
                self.v[(code, m, "people_assisted")] = s("people_assisted", 12, 36)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 18, 55)
                self.v[(code, m, "cultural_activities")] = s("cultural_activities", 2, 8)
                self.v[(code, m, "lectures_held")] = s("lectures_held", 1, 5)
                self.v[(code, m, "security_cases")] = rnd.choice([0, 0, 0, 1, 1, 2, 3])
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 140, 380)

    def last_year(self, m):
        return f"{int(m[:4]) - 1}{m[4:]}"

    def prev(self, m):
        return ALL[ALL.index(m) - 1]

    def correct(self, key, new):
        """A batch2 correction: the first value goes to `old`, the world holds the new one."""
        self.old[key] = self.v[key]
        self.v[key] = new
