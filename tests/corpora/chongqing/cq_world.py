"""The world of the 渝中区·石油路街道 corpus: place, months, every figure (seeded), corrections, outside figures.

Months of the corpus: 2025-11 … 2026-05. The world also holds 2025-01 … 2025-10 (for 本年累计 and 上月 columns).
Stocks are month-end figures that drift slowly; flows carry the seasons of a Chongqing street:
春节 (2026-02-17) raises 走访慰问 / 慰问物资 in January–February and lowers volunteering and lectures in February;
春风行动 and 稳岗 bring jobs in February–March; 冬季燃气安全 and the cold raise 诉求 in December–January;
学雷锋 (March) lifts volunteering; spring 老年人体检 in April–May; 元旦 / 春节 文艺 in December–January.
"""
import random

STREET = ("500103014", "石油路街道")
DISTRICT = "渝中区"
# code suffix, registry short name, residents (rough size)
COMMUNITIES = [
    ("500103014001", "煤建新村", 7200), ("500103014005", "金银湾", 9800), ("500103014006", "民乐村", 6100),
    ("500103014008", "虎头岩", 11800), ("500103014009", "石油路", 13600), ("500103014010", "新影村", 5200),
    ("500103014011", "彭家花园", 8700), ("500103014012", "河运路", 4600), ("500103014013", "黄荆湾", 10400),
    ("500103014014", "茶亭北路", 7900),
]
CODES = [c for c, _, _ in COMMUNITIES]
NAME = {c: n for c, n, _ in COMMUNITIES}
PERIOD = ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]
ALL_MONTHS = [f"2025-{m:02d}" for m in range(1, 13)] + [f"2026-{m:02d}" for m in range(1, 6)]

STOCKS = ["zero_employment_households", "dibao_households", "dibao_persons", "patrol_members", "informants",
          "volunteers", "party_members", "pairings", "households", "residents", "floating_population", "staff"]
FLOWS = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "public_welfare_jobs",
         "people_employed", "micro_loans_yuan", "training_sessions", "dibao_payout_yuan", "free_health_checks",
         "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "security_cases",
         "volunteer_person_times"]


def mo(m):
    return int(m[5:])


class World:
    def __init__(self):
        self.rng = R = random.Random(20260611)
        self.period = PERIOD
        self.v = {}
        self.out = {}        # outside figures: (code, month, name) -> value
        for code, name, size in COMMUNITIES:
            res = size + R.randint(-150, 150)
            hh = int(res / R.uniform(2.35, 2.6))
            flo = int(res * R.uniform(0.09, 0.2))
            staff = R.randint(9, 15)
            pm = R.randint(160, 480)
            vol = int(res * R.uniform(0.05, 0.1))
            pat = R.randint(28, 85)
            inf = R.randint(10, 28)
            pair = R.randint(8, 36)
            zeh = R.randint(0, 3)
            dh = R.randint(18, 70)
            dp = int(dh * R.uniform(1.45, 1.8))
            for m in ALL_MONTHS:
                k = mo(m)
                res += R.randint(-25, 30)
                hh += R.randint(-6, 9)
                flo += R.randint(-30, 35)
                if R.random() < 0.12:
                    staff += R.choice([-1, 1])
                pm += R.choice([0, 0, 1, 1, 2, -1])
                vol += R.randint(2, 14) + (25 if k == 3 else 0)
                pat += R.choice([0, 0, 0, 1, -1, 2])
                inf += R.choice([0, 0, 0, 1, -1])
                pair += R.choice([0, 0, 1, -1])
                if R.random() < 0.2:
                    zeh = max(0, zeh + R.choice([-1, 1]))
                d = R.choice([0, 0, 1, -1, 2, -1])
                dh = max(10, dh + d)
                dp = max(dh + 3, dp + d * 2 + R.choice([0, 1, -1]))
                s = dict(zero_employment_households=zeh, dibao_households=dh, dibao_persons=dp,
                         patrol_members=pat, informants=inf, volunteers=vol, party_members=pm, pairings=pair,
                         households=hh, residents=res, floating_population=flo, staff=staff)
                scale = res / 9000
                winter = k in (12, 1)
                pr = int(R.randint(22, 48) * scale * (1.35 if winter else 1.0)) + R.randint(0, 4)
                prs = pr - R.randint(0, max(1, pr // 9))
                jobs = R.randint(4, 14) + (R.randint(8, 16) if k in (2, 3) else 0)
                pwj = min(jobs, R.choice([0, 0, 1, 1, 2, 3]))
                emp = R.randint(4, 12) + (R.randint(6, 14) if k in (2, 3) else 0)
                loan = R.choice([0, 0, 0, 0, 100000, 150000, 200000, 300000])
                pay = int(dp * R.uniform(690, 760) / 100) * 100
                hc = int(R.randint(25, 70) * scale) + (int(R.randint(80, 160) * scale) if k in (4, 5) else 0)
                pa = R.randint(18, 45) + (R.randint(40, 90) if k in (1, 2) else 0) + (R.randint(10, 25) if k == 9 else 0)
                gd = pa + R.randint(0, 30) if k in (1, 2) else R.randint(0, 25)
                cul = R.randint(2, 6) + (R.randint(2, 5) if k in (12, 1) else 0)
                lec = R.randint(1, 5) - (1 if k == 2 else 0)
                sc = R.choice([0, 0, 0, 1, 1, 2, 3])
                vpt = int(R.randint(120, 380) * scale * (0.6 if k == 2 else (1.6 if k == 3 else 1.0)))
                f = dict(petitions_received=pr, petitions_resolved=prs, disputes_mediated=R.randint(1, 7),
                         jobs_created=jobs, public_welfare_jobs=pwj, people_employed=emp, micro_loans_yuan=loan,
                         training_sessions=R.choice([0, 1, 1, 2, 3]), dibao_payout_yuan=pay,
                         free_health_checks=hc, people_assisted=pa, goods_distributed=gd, cultural_activities=cul,
                         lectures_held=max(0, lec), security_cases=sc, volunteer_person_times=vpt)
                for ind, x in list(s.items()) + list(f.items()):
                    self.v[(code, m, ind)] = x
                # outside figures a clerk writes beside the catalogue ones
                self.out[(code, m, "家访")] = R.randint(60, 180)
                self.out[(code, m, "院坝会")] = R.randint(1, 4)
                self.out[(code, m, "排查")] = R.randint(3, 12)
                self.out[(code, m, "燃气")] = R.randint(5, 40) + (30 if winter else 0)
                self.out[(code, m, "楼栋长")] = R.randint(20, 60)
                self.out[(code, m, "特困户")] = R.randint(0, 4)
                self.out[(code, m, "临时救助")] = R.randint(0, 6)
                self.out[(code, m, "退役军人")] = R.randint(80, 260)
                self.out[(code, m, "户籍人口")] = int(res * R.uniform(0.8, 0.9))
                self.out[(code, m, "时长")] = vpt * R.randint(2, 4)
                self.out[(code, m, "稳岗")] = R.randint(0, 6)
                self.out[(code, m, "工单")] = R.randint(2, 9)
        # figures a clerk writes as 「约…」 are round in this world
        for key in [("500103014005", "2025-12", "volunteer_person_times"), ("500103014010", "2026-03", "volunteer_person_times"),
                    ("500103014012", "2026-04", "volunteer_person_times"), ("500103014012", "2026-04", "people_assisted")]:
            self.v[key] = max(10, round(self.v[key], -1))
        self.out_names = {k[2] for k in self.out}
        # batch2 corrections: key -> first (wrong) value; self.v holds the corrected truth
        self.old = {}

    def correct(self, key, first):
        assert first != self.v[key]
        self.old[key] = first

    def cum(self, code, month, ind):
        """本年累计 from January of the month's year."""
        y, k = month[:4], mo(month)
        return sum(self.v[(code, f"{y}-{i:02d}", ind)] for i in range(1, k + 1))

    def quarter(self, code, q, ind):
        y, n = q.split("-Q")
        return sum(self.v[(code, f"{y}-{i:02d}", ind)] for i in range(3 * int(n) - 2, 3 * int(n) + 1))

    def prev(self, month):
        return ALL_MONTHS[ALL_MONTHS.index(month) - 1]
