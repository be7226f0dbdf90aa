"""The world: 广东省汕头市金平区 石炮台街道 (440511001), its 13 居委会, 2025-09 … 2026-03, every figure.

Months 2024-09 … 2025-08 exist only for 上月 / 上年同期 cells. Seed: random.Random(20251208).
"""
import random

STREET = ("440511001", "石炮台街道")
# (short name, 12-digit code, size factor): registry names are 「…居委会」 (no 社区)
COMMS = [("新湖", "440511001001", 1.0), ("新陵", "440511001002", 0.8), ("石炮台", "440511001004", 1.3),
         ("饶平", "440511001005", 0.9), ("平原", "440511001007", 1.1), ("中平", "440511001008", 0.7),
         ("长平", "440511001009", 1.2), ("平东", "440511001010", 0.9), ("长厦", "440511001011", 1.0),
         ("新华", "440511001012", 1.4), ("平西", "440511001013", 0.8), ("滨厦", "440511001014", 1.1),
         ("滨港", "440511001015", 0.9)]
BY_SHORT = {s: c for s, c, _ in COMMS}
NAME = {c: s for s, c, _ in COMMS}
REG = {c: s + "居委会" for s, c, _ in COMMS}

ALL = [f"{y}-{m:02d}" for y, m in [(2024, m) for m in range(9, 13)] + [(2025, m) for m in range(1, 13)]
       + [(2026, m) for m in range(1, 4)]]
PERIOD = ALL[ALL.index("2025-09"):]


def season(ind, m):
    """Shantou: 台风「桦加沙」 (2025-09) raises 诉求; 中秋/国庆 and 冬节 (冬至, 潮汕 搓丸) visits; 春节 2026-02-17 and
    正月 营老爷 / 元宵 游神 raise 慰问 and 文化活动 (Feb–Mar); 侨胞 return for 春节."""
    mo = int(m[5:])
    if ind in ("petitions_received", "petitions_resolved"):
        return {9: 1.5, 10: 1.1, 2: 0.8}.get(mo, 1.0)
    if ind in ("people_assisted", "goods_distributed"):
        return {1: 1.8, 2: 2.2, 12: 1.3, 9: 1.2}.get(mo, 0.8)
    if ind in ("jobs_created", "people_employed"):
        return {3: 1.8, 2: 1.2, 1: 0.6}.get(mo, 1.0)
    if ind == "volunteer_person_times":
        return {9: 1.6, 3: 1.7, 2: 0.7}.get(mo, 1.0)
    if ind == "cultural_activities":
        return {2: 1.6, 3: 1.4, 12: 1.2, 10: 1.2}.get(mo, 1.0)
    return 1.0


class World:
    def __init__(self):
        rnd = random.Random(20251208)
        self.v, self.old, self.period = {}, {}, set(PERIOD)
        for short, code, f in COMMS:
            st = dict(party_members=int(rnd.randint(90, 180) * f), volunteers=int(rnd.randint(300, 900) * f),
                      dibao_households=int(rnd.randint(10, 30) * f))
            st["dibao_persons"] = int(st["dibao_households"] * rnd.uniform(1.4, 1.8))
            for m in ALL:
                for ind in st:
                    self.v[(code, m, ind)] = st[ind]
                st["volunteers"] += rnd.randint(2, 25)
                if rnd.random() < 0.3:
                    st["party_members"] += rnd.choice([-1, 1, 2])
                if rnd.random() < 0.3:
                    d = rnd.choice([-1, 1])
                    st["dibao_households"] += d
                    st["dibao_persons"] += d * rnd.choice([1, 2])
                s = lambda ind, lo, hi: max(0, int(round(rnd.randint(lo, hi) * f * season(ind, m))))  # noqa: E731
                rec = s("petitions_received", 12, 40)
                self.v[(code, m, "petitions_received")] = rec
                self.v[(code, m, "petitions_resolved")] = rec - rnd.randint(0, max(1, rec // 10))
                self.v[(code, m, "disputes_mediated")] = rnd.randint(0, 5)
                self.v[(code, m, "jobs_created")] = s("jobs_created", 4, 15)
                self.v[(code, m, "people_employed")] = s("people_employed", 5, 20)
                self.v[(code, m, "dibao_payout_yuan")] = int(round(self.v[(code, m, "dibao_persons")] * rnd.randint(80, 98) / 10)) * 100
                self.v[(code, m, "people_assisted")] = s("people_assisted", 10, 35)
                self.v[(code, m, "goods_distributed")] = s("goods_distributed", 15, 50)
                self.v[(code, m, "cultural_activities")] = s("cultural_activities", 2, 8)
                self.v[(code, m, "volunteer_person_times")] = s("volunteer_person_times", 80, 300)

    def last_year(self, m):
        return f"{int(m[:4]) - 1}{m[4:]}"

    def prev(self, m):
        return ALL[ALL.index(m) - 1]

    def ytd(self, code, m, ind):
        return sum(self.v[(code, x, ind)] for x in ALL if x[:4] == m[:4] and x <= m)

    def quarter(self, code, q, ind):
        y, n = int(q[:4]), int(q[-1])
        return sum(self.v[(code, f"{y}-{k:02d}", ind)] for k in range(3 * n - 2, 3 * n + 1))

    def correct(self, key, new):
        self.old[key] = self.v[key]
        self.v[key] = new
