"""What every signed-in page carries besides its content: a print layout and small-screen manners.

Print (Ctrl-P, or 打印 → 另存为 PDF for the 月度例会): the sidebar, the toolbar, buttons and chart
tool bars are hidden, the page flows over as many sheets as it needs (on screen Streamlit scrolls
one fixed-height box, which would print as a single page), and a header names the dashboard, the
page, its active filters and when and by whom it was printed. The header is hidden on screen.

Small screens (a phone, 390 px): Streamlit starts with the sidebar collapsed below its 768 px
breakpoint but remembers a sidebar left open on an earlier visit, and closes it after a tap on a
page link only when the browser calls itself a mobile device (not an iPad in split view, nor a
narrow window). A few lines of script close it in both cases, so the page is never covered.

Filter values come from the registry and the warehouse's period labels; they are escaped anyway.
"""

from __future__ import annotations

import html
from datetime import datetime

import streamlit as st

from dashboard import auth

FILTERS_KEY = "page_chrome_filters"
SMALL_SCREEN = 768  # px: Streamlit's own breakpoint for an overlay sidebar

PRINT_STYLE = """<style>
.jiedao-print-header { display: none; }
[data-testid="stElementContainer"]:has(.jiedao-print-header),
[data-testid="stElementContainer"]:has(.jiedao-small-screens) { display: none; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  [data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"],
  [data-testid="stDecoration"], [data-testid="stStatusWidget"], [data-testid="stExpandSidebarButton"],
  [data-testid="stSidebarCollapsedControl"], [data-testid="stElementToolbar"], [data-testid="stBottom"],
  .stButton, .stDownloadButton, .stFormSubmitButton, .stFileUploader, .modebar-container,
  [data-testid="stElementContainer"]:has(.stButton, .stDownloadButton, .stFileUploader) {
    display: none !important;
  }
  html, body, .stApp, [data-testid="stAppViewContainer"], [data-testid="stMain"],
  [data-testid="stMainBlockContainer"] {
    position: static !important; height: auto !important; min-height: 0 !important;
    overflow: visible !important;
  }
  [data-testid="stMain"] { margin: 0 !important; }
  [data-testid="stMainBlockContainer"] { padding: 0 !important; max-width: 100% !important; }
  [data-testid="stElementContainer"]:has(.jiedao-print-header) { display: block !important; }
  .jiedao-print-header {
    display: block; border-bottom: 1px solid #888; padding-bottom: 4px; font-size: 10pt; color: #333;
  }
  .jiedao-print-header strong { font-size: 12pt; color: #000; }
  h1, h2, h3 { break-after: avoid; }
  [data-testid="stElementContainer"]:has(.stPlotlyChart, [data-testid="stMetric"]) { break-inside: avoid; }
}
</style>"""

SMALL_SCREEN_SCRIPT = f"""<span class="jiedao-small-screens"></span><script>
(() => {{
  if (window.jiedaoSmallScreens) return;
  window.jiedaoSmallScreens = true;
  const collapse = () => {{
    const sidebar = document.querySelector('[data-testid="stSidebar"]');
    if (!window.matchMedia("(max-width: {SMALL_SCREEN}px)").matches || !sidebar
        || sidebar.getAttribute("data-collapsed") !== "false") return;
    const button = document.querySelector('[data-testid="stSidebarCollapseButton"] button');
    if (button) button.click();
  }};
  document.addEventListener("click", (event) => {{
    if (event.target.closest('[data-testid="stSidebarNavLink"]')) setTimeout(collapse, 300);
  }}, true);
  setTimeout(collapse, 300);
}})();
</script>"""


def start(title: str) -> None:
    """Before a page's title: the tab names the page (and so does a saved PDF: 排名 · 街道数据仓.pdf),
    the page's styles and script; its filters are noted afresh."""
    st.set_page_config(page_title=f"{title} · 街道数据仓")
    st.session_state[FILTERS_KEY] = []
    st.html(PRINT_STYLE)
    st.html(SMALL_SCREEN_SCRIPT, unsafe_allow_javascript=True)


def note_filter(label: str, shown: str) -> None:
    """A sidebar choice as the viewer sees it (期间 → 2025年12月), for the print header."""
    st.session_state.setdefault(FILTERS_KEY, []).append((label, shown))


def print_header(title: str) -> str:
    """The header shown only in print: dashboard and page, active filters, when and by whom."""
    session = st.session_state.get(auth.SESSION_KEY)
    username = session.username if isinstance(session, auth.Session) else None
    filters = "　".join(f"{html.escape(label)}：{html.escape(str(shown))}"
                       for label, shown in st.session_state.get(FILTERS_KEY, []))
    printed = datetime.now().strftime("%Y-%m-%d %H:%M")
    who = f" · {html.escape(username)}" if username else ""
    return (f'<div class="jiedao-print-header"><strong>街道数据仓 · {html.escape(title)}</strong>'
            f'<br>{filters or "（无筛选条件）"}<br>打印于 {printed}{who}</div>')
