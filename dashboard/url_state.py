"""The sidebar's choices in the page's URL (``st.query_params``), so a copied link opens the same
view — for anyone allowed to see it.

A URL is only a suggestion: a value is used when it is one of the options the viewer's scope
allows, and a street or community outside the scope is dropped from the URL with a notice (the
account decides what is shown, never the link).
"""

from __future__ import annotations

from typing import Iterable, Sequence

import streamlit as st

FOREIGN_NOTICE = "链接中指定的街道或社区不在您的查看范围内，已改为显示您有权查看的范围。"
SCOPED_PARAMETERS = ("street", "community")


def linked(name: str, options: Sequence[str]) -> str | None:
    """The URL's value for `name` when it is one of the allowed options, else None."""
    value = st.query_params.get(name)
    return value if value in options else None


def show(name: str, value: str | None) -> None:
    """Write a choice into the URL (only when it changed: each write updates the address bar)."""
    if value is None:
        if name in st.query_params:
            del st.query_params[name]
    elif st.query_params.get(name) != value:
        st.query_params[name] = value


def drop_foreign(allowed: dict[str, Iterable[str]]) -> bool:
    """Remove street/community parameters naming places outside the viewer's scope and say so.

    `allowed` maps a parameter name to the codes the viewer may see; returns whether anything
    was dropped (the notice is then shown once, in Chinese).
    """
    foreign = [name for name, codes in allowed.items()
               if (value := st.query_params.get(name)) and value not in set(codes)]
    for name in foreign:
        del st.query_params[name]
    if foreign:
        st.warning(FOREIGN_NOTICE, icon=":material/link_off:")
    return bool(foreign)
