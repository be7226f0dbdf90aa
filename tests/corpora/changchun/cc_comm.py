"""Community returns: one generic builder (`report`) with four layouts, and the item lists of each file.

An item is ("v", label, unit, ind, style[, note]) a value; ("o", label, unit, text[, note]) outside the catalogue;
("m", label, unit, template, [inds][, note]) several values in one cell; ("x", label, unit, ind, text[, note]) a
cell that is not a value (ignore.csv).
"""
from cc_grid import Sheet, miss, multi, val
from cc_render import render
import cc_grid
from cc_util import PHONE, junk
from cc_world import NAME, SECRETARY
from cc_writers import save


def _cell(sh, r, c, code, month, it):
    kind = it[0]
    if kind == "v":
        val(sh, r, c, code, month, it[3], it[4], div=10000 if it[4] == "wan" else 1,
            unit=it[2] if it[4] in ("u", "gong", "ji", "zy", "yu", "fw", "cn", "wu") else "")
    elif kind == "o":
        sh.put(r, c, it[3])
    elif kind == "m":
        multi(sh, r, c, code, month, it[3], it[4])
    elif kind == "x":
        miss(sh, r, c, code, month, it[3], it[4])


def _note(it):
    n = {"v": 5, "o": 4, "m": 5, "x": 5}[it[0]]
    return it[n] if len(it) > n else ""


def _pipe_text(code, month, it):
    """A 政务微信 message line 「受理居民诉求｜36｜件」: the value and the label in one cell."""
    kind = it[0]
    if kind == "v":
        key = (code, month, it[3])
        v = cc_grid._value_role(key, None, None)[0]
        return f"{it[1]}｜{render(v, it[4], '')}｜{it[2]}", [("truth", key) + cc_grid._value_role(key, None, None)]
    if kind == "o":
        return f"{it[1]}｜{it[3]}｜{it[2]}", []
    raise ValueError(kind)


def report(code, month, title, items, layout="items", sheet="Sheet1", head=None, lines_before=(), lines_after=(),
           signer=True, date="", sheets_extra=()):
    sh = Sheet(sheet)
    nm = NAME[code]
    sh.put(0, 0, title)
    r = 1
    for line in lines_before:
        sh.put(r, 0, line)
        r += 1
    if layout == "items":
        sh.row(r, 0, head or ["序号", "项目", "单位", "本月", "备注"])
        r += 1
        for i, it in enumerate(items):
            sh.put(r, 0, i + 1)
            sh.put(r, 1, it[1])
            sh.put(r, 2, it[2])
            _cell(sh, r, 3, code, month, it)
            if _note(it):
                sh.put(r, 4, _note(it))
            r += 1
    elif layout == "colon":      # 「项目：」 in A, the figure in B, no header row
        for it in items:
            sh.put(r, 0, f"{it[1]}（{it[2]}）：" if it[2] else f"{it[1]}：")
            _cell(sh, r, 1, code, month, it)
            if _note(it):
                sh.put(r, 2, _note(it))
            r += 1
    elif layout == "across":
        sh.put(r, 0, "社区")
        sh.put(r + 1, 0, nm)
        for j, it in enumerate(items):
            sh.put(r, 1 + j, f"{it[1]}\n（{it[2]}）" if it[2] else it[1])
            _cell(sh, r + 1, 1 + j, code, month, it)
        r += 2
        notes = [f"{it[1]}：{_note(it)}" for it in items if _note(it)]
        if notes:
            sh.put(r, 0, "备注：" + "；".join(notes))
            r += 1
    elif layout == "pipe":
        for i, it in enumerate(items):
            text, recs = _pipe_text(code, month, it)
            sh.put(r, 0, f"{i + 1}.{text}")
            for rec in recs:
                sh.rec(r, 0, rec)
            r += 1
    for line in lines_after:
        sh.put(r, 0, line)
        r += 1
    if signer:
        sh.put(r, 0, f"{nm}社区居民委员会    书记：{SECRETARY[code]}    统计：{junk(code, 'tj', lo=0, hi=1) and '许' or '邵'}"
                     f"    电话：{PHONE}{junk(code, lo=1000, hi=9999)}    {date}")
    return [sh] + list(sheets_extra)


def out(label, unit, tag, lo, hi, code, month, note=""):
    return ("o", label, unit, junk(code, month, tag, lo=lo, hi=hi), note) if note else ("o", label, unit, junk(code, month, tag, lo=lo, hi=hi))


def send(rel, sheets, writer, features, sent):
    save("batch1/" + rel, sheets, writer, ["community_file"] + features, sent)
