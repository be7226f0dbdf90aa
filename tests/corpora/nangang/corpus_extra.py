"""The four bad files, the batch2 correction and the registry extract the user supplies."""
import csv
import gzip
import io
import os

from corpus_comm_b import keyan_mar
from corpus_grid import Book, write_book
from corpus_world import CITY, sent

BAD = [
    ("batch1/松江新城社区2026年4月报表.xlsx", "空工作簿：只有一张空白的 Sheet1，没有任何内容"),
    ("batch1/测绘局社区2026年4月报表.xlsx", "只有一段说明（4月数据已通过网上平台报送），没有表格和数值"),
    ("batch1/卫星路社区2026年3月报表.xlsx", "外市社区：吉林省长春市朝阳区南湖街道卫星路社区（220104003004）的报表，不属于南岗区"),
    ("batch1/凤凰城社区2026年3月报表.xlsx", "截断的 xlsx：压缩包只剩前 60% 的字节（传输中断）"),
]


def _empty(path):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    wb.save(path)


def _note_only(path):
    import openpyxl
    from openpyxl.styles import Alignment
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "说明"
    ws["A1"] = "关于测绘局社区4月份报表的说明"
    ws["A3"] = ("街道社区建设办：\n    按区里要求，我社区2026年4月份各项工作数据已于5月6日通过“e冰城”社区治理平台网上报送，"
                "本表不再重复填报。如需核对请联系社区综合岗，电话0451-86652207。\n"
                "                                           测绘局社区居委会\n"
                "                                              2026年5月6日")
    ws.merge_cells("A3:H12")
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(path)


def _other_city(path):
    import xlsxwriter
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("3月")
    ws.merge_range(0, 0, 0, 3, "长春市朝阳区南湖街道卫星路社区2026年3月工作报表")
    ws.write_row(1, 0, ["序号", "项目", "单位", "本月"])
    rows = [("受理群众诉求", "件", 31), ("办结群众诉求", "件", 29), ("调解矛盾纠纷", "起", 6),
            ("新开发就业岗位", "个", 12), ("实现就业", "人", 15), ("免费健康体检", "人", 88),
            ("走访帮扶困难群众", "人", 27), ("文体活动", "场", 5), ("注册志愿者", "人", 512), ("常住人口", "人", 8830)]
    for i, (label, unit, v) in enumerate(rows):
        ws.write_row(2 + i, 0, [i + 1, label, unit, v])
    ws.write(3 + len(rows), 0, "填报人：于洋　电话：0431-85012236　2026年4月2日")
    wb.close()


def _truncated(path):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "3月"
    ws["A1"] = "凤凰城社区2026年3月报表"
    ws.append(["项目", "单位", "本月"])
    for label, unit, v in [("受理群众诉求", "件", 37), ("办结群众诉求", "件", 35), ("调解纠纷", "起", 5),
                           ("文体活动", "场", 7), ("注册志愿者", "人", 733), ("常住人口", "人", 9601)]:
        ws.append([label, unit, v])
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    with open(path, "wb") as f:
        f.write(data[: int(len(data) * 0.6)])


MAKERS = [(_empty, sent(2026, 5, 7, 8, 30)), (_note_only, sent(2026, 5, 6, 15, 0)),
          (_other_city, sent(2026, 4, 3, 9, 0)), (_truncated, sent(2026, 4, 2, 17, 5))]


def write_bad(root):
    rows = []
    for (rel, why), (maker, when) in zip(BAD, MAKERS):
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        maker(path)
        ts = when.timestamp()
        os.utime(path, (ts, ts))
        rows.append((rel, why))
    return rows


def correction():
    return keyan_mar("batch2")


def write_registry(root, national):
    """The 南岗区 rows of the national villages.csv.gz and streets.csv: what the user hands to registry import."""
    out = os.path.join(root, "registry")
    os.makedirs(out, exist_ok=True)
    with gzip.open(os.path.join(national, "villages.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    head, body = rows[0], [r for r in rows[1:] if r[5] == CITY]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerows([head] + body)
    with open(os.path.join(out, "villages.csv.gz"), "wb") as raw:
        with gzip.GzipFile(filename="villages.csv", mode="wb", fileobj=raw, mtime=0) as g:
            g.write(buf.getvalue().encode("utf-8"))
    with open(os.path.join(national, "streets.csv"), encoding="utf-8", newline="") as f:
        srows = list(csv.reader(f))
    with open(os.path.join(out, "streets.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows([srows[0]] + [r for r in srows[1:] if r[2] == CITY])
    return len(body)


__all__ = ["BAD", "write_bad", "correction", "write_registry", "Book", "write_book"]
