"""Charts over many communities draw one slice at a time; tables keep every row."""

import pandas as pd
from streamlit.testing.v1 import AppTest

from dashboard import paging


def test_slices_cover_every_row_and_offer_both_ends_first():
    assert paging.slices(100) == [paging.ENDS, 0, 40, 80]
    assert paging.slices(100, ends=False) == [0, 40, 80]
    frame = pd.DataFrame({"rank": range(1, 101)})
    assert paging.take(frame, paging.ENDS)["rank"].tolist() == [*range(1, 21), *range(81, 101)]
    assert paging.take(frame, 80)["rank"].tolist() == list(range(81, 101))
    assert paging.slice_label(paging.ENDS, 100, "名") == "前20名与后20名"
    assert paging.slice_label(80, 100, "名") == "第81–100名"
    assert paging.slice_label(0, 3000, "个", prefix="差距最大的") == "差距最大的第1–40个"


def test_repeated_names_are_told_apart_by_their_street():
    names = pd.Series(["建设街社区", "建设街社区", "花园社区"])
    streets = pd.Series(["和平街道", "新城街道", "和平街道"])
    assert paging.distinct_labels(names, streets).tolist() == [
        "建设街社区（和平街道）", "建设街社区（新城街道）", "花园社区"]
    unique = pd.Series(["甲", "乙"])
    assert paging.distinct_labels(unique, pd.Series(["x", "y"])).tolist() == ["甲", "乙"]


def _chart_rows_page(total: int) -> None:
    import pandas as pd
    import streamlit as st

    from dashboard import paging

    frame = pd.DataFrame({"rank": range(1, total + 1)})
    shown = paging.chart_rows(frame, "rows")
    st.text(",".join(str(rank) for rank in shown["rank"]))


def test_a_long_list_shows_both_ends_then_the_chosen_slice_and_says_so():
    app = AppTest.from_function(_chart_rows_page, kwargs={"total": 3000}).run()
    assert not app.exception
    box = app.selectbox(key="rows")
    assert box.label == "图中显示（共3,000个社区）"
    assert len(box.options) == 1 + 75
    shown = [int(rank) for rank in app.text[0].value.split(",")]
    assert shown == [*range(1, 21), *range(2981, 3001)]
    assert app.caption[0].value.startswith("共3,000个社区，图中显示前20名与后20名（40个）")
    box.set_value(2960).run()
    assert [int(rank) for rank in app.text[0].value.split(",")] == list(range(2961, 3001))
    assert "第2,961–3,000名" in app.caption[0].value


def test_a_short_list_is_drawn_whole_without_a_choice():
    app = AppTest.from_function(_chart_rows_page, kwargs={"total": 21}).run()
    assert not app.selectbox and not app.caption
    assert app.text[0].value.split(",") == [str(rank) for rank in range(1, 22)]
