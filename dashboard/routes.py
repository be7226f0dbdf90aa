"""Which page answers each address, so no address ever meets Streamlit's English "Page not found".

Signed out, every page's address shows the sign-in form (a deep link such as
/profile?community=… keeps its address and filters, and after signing in that page opens with
them). Signed in, an administrator page asked for by someone else says so in Chinese, and an
address no page has says that the page does not exist.
"""

from __future__ import annotations

import re
from typing import Sequence
from urllib.parse import urlparse

import streamlit as st

NO_RIGHT = "当前账号无权查看本页。"
NO_PAGE = "您要打开的页面不存在，请从左侧导航选择页面。"
SIMPLE_PATH = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _no_right() -> None:
    st.title("无权访问")
    st.error(NO_RIGHT)


def _no_page() -> None:
    st.title("页面不存在")
    st.warning(NO_PAGE)


def signed_out(sign_in: st.Page, script: str, pages: Sequence[st.Page]) -> list[st.Page]:
    """The sign-in page (`script`), and the sign-in form again under every page's address."""
    stand_ins = [st.Page(script, title=sign_in.title, icon=sign_in.icon, url_path=page.url_path,
                         visibility="hidden")
                 for page in pages if page.url_path]  # the default page's address is "/"
    return [sign_in, *stand_ins, *unknown_address([sign_in, *pages], script, sign_in.title)]


def forbidden(pages: Sequence[st.Page]) -> list[st.Page]:
    """Hidden pages under the addresses of pages this account may not open."""
    return [st.Page(_no_right, title=page.title, url_path=page.url_path, visibility="hidden")
            for page in pages]


def unknown_address(known: Sequence[st.Page], page=_no_page, title: str = "页面不存在"
                    ) -> list[st.Page]:
    """A hidden page under the address the browser asked for when no page has it."""
    try:
        requested = urlparse(st.context.url or "").path.strip("/").rsplit("/", 1)[-1]
    except (AttributeError, RuntimeError, ValueError):
        return []
    if not SIMPLE_PATH.fullmatch(requested) or requested in {p.url_path for p in known}:
        return []
    return [st.Page(page, title=title, url_path=requested, visibility="hidden")]
