"""Shared bits of the 长通 builders: incidental numbers, titles, footers and a communities-down table."""
import zlib

from cc_grid import Sheet, miss, val
from cc_world import CODES, NAME, SECRETARY, VILLAGE

PHONE = "0431-8462"


def junk(*parts, lo=0, hi=50):
    """An incidental (outside-the-catalogue) number derived from its position: stable across runs."""
    h = zlib.crc32("|".join(str(p) for p in parts).encode("utf-8"))
    return lo + h % (hi - lo + 1)


def short(code):
    return NAME[code]


def full(code):
    return NAME[code] + "社区"


def with_secretary(code):
    """「光复路南社区（书记：王丽华）」: the name cell carries the 书记 (a 长通 habit of the 党建 and 社区建设 tables)."""
    return f"{NAME[code]}社区（书记：{SECRETARY[code]}）"


def footer(sh, r, who, checker, date, phone_tail=None):
    tail = phone_tail or junk(who, date, lo=1000, hi=9999)
    sh.put(r, 0, f"填表人：{who}    审核人：{checker}    联系电话：{PHONE}{tail}    填报日期：{date}")
    return r + 1


def down(sh, r0, month, cols, namer=short, comms=CODES, total="合计", village=False, seq=True, fmt=None):
    """Communities down, one column per spec. A spec is (header, ind, style[, div]) for a value, (header, None, tag)
    for an outside column. Returns the next free row."""
    c0 = 1 if seq else 0
    if seq:
        sh.put(r0, 0, "序号")
    sh.put(r0, c0, "社区")
    for j, spec in enumerate(cols):
        sh.put(r0, c0 + 1 + j, spec[0])
    r = r0 + 1
    for i, code in enumerate(comms):
        if seq:
            sh.put(r, 0, i + 1)
        sh.put(r, c0, namer(code))
        for j, spec in enumerate(cols):
            c = c0 + 1 + j
            if spec[1] is None:
                sh.put(r, c, junk(code, month, spec[2], lo=0, hi=spec[3] if len(spec) > 3 else 30), fmt)
            else:
                div = spec[3] if len(spec) > 3 else 1
                val(sh, r, c, code, month, spec[1], spec[2], div=div, fmt=fmt)
        r += 1
    if village:
        if seq:
            sh.put(r, 0, len(comms) + 1)
        sh.put(r, c0, VILLAGE[0])
        for j, spec in enumerate(cols):
            if spec[1] is None:
                sh.put(r, c0 + 1 + j, "/")
            else:
                sh.put(r, c0 + 1 + j, "/")   # the 村委会 is not one of our communities: nothing to record
        r += 1
    if total:
        sh.put(r, c0, total)
        for j, spec in enumerate(cols):
            c = c0 + 1 + j
            if spec[1] is None:
                sh.put(r, c, sum(junk(code, month, spec[2], lo=0, hi=spec[3] if len(spec) > 3 else 30) for code in comms), fmt)
            else:
                from cc_grid import W
                sh.put(r, c, sum(W.v[(code, month, spec[1])] for code in comms) / (spec[3] if len(spec) > 3 else 1), fmt)
        r += 1
    return r


__all__ = ["Sheet", "miss", "val", "junk", "short", "full", "with_secretary", "footer", "down"]
