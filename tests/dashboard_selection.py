"""Simulated clicks for AppTests: a point of a plotly chart or a row of a table selected, as the
browser reports it (Streamlit's selection state for `on_select="rerun"`), then the app rerun."""

from __future__ import annotations

import json


def _rerun_with(app, element, value: dict) -> object:
    states = app._tree.get_widget_states()
    kept = [state for state in states.widgets if state.id != element.proto.id]
    del states.widgets[:]
    states.widgets.extend(kept)
    state = states.widgets.add()
    state.id = element.proto.id
    state.string_value = json.dumps(value)
    return app._run(states)


def plotly_chart(app, key: str):
    """The plotly chart drawn with this key (its element id carries the key)."""
    return next(chart for chart in app.get("plotly_chart") if key in chart.proto.id)


def table(app, key: str):
    return next(frame for frame in app.dataframe if key in frame.proto.id)


def click_point(app, key: str, **point: object):
    """Select one point (e.g. y="建设街社区居委会", or x and y of a heatmap cell) and rerun."""
    selection = {"points": [point], "point_indices": [point.get("point_index", 0)],
                 "box": [], "lasso": []}
    return _rerun_with(app, plotly_chart(app, key), {"selection": selection})


def click_row(app, key: str, row: int):
    """Select one row (its position as drawn) of the table with this key and rerun."""
    return _rerun_with(app, table(app, key),
                       {"selection": {"rows": [row], "columns": [], "cells": []}})
