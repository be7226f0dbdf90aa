"""The dashboard's AppTests: sign in to a fresh account, open a page, and read its tables,
metrics and charts (JIEDAO_HOME must point at a data home, e.g. the fixture warehouse's)."""

from __future__ import annotations

from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
TEST_PASSWORD = "correct-horse-42"
CITY_CODE = "654201"
# How long one script run may take before AppTest gives up: a deadline, not a wait (a run ends
# as soon as the page is drawn), generous so that a machine whose cores are busy still passes.
RUN_TIMEOUT = 120


def add_account(role: str, scope_code: str, username: str | None = None) -> str:
    """An account in the current JIEDAO_HOME (password TEST_PASSWORD); returns its username.

    Its password is hashed with a light Argon2id (a hash names its own cost, so signing in checks
    it as any other): these accounts open pages; tests/test_accounts.py tests the real hashing,
    which takes half a second a time."""
    from unittest import mock

    from argon2 import PasswordHasher

    from jiedao import accounts
    from jiedao.settings import Settings

    name = username or f"{role}_{scope_code}"
    light = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    with mock.patch.object(accounts, "_hasher", light):
        accounts.add_user(Settings.from_env(), name, role, scope_code, TEST_PASSWORD)
    return name


def signed_in_app(role: str = "city", scope_code: str = CITY_CODE, *, timeout: float = RUN_TIMEOUT,
                  query_params: dict[str, str] | None = None):
    """An AppTest whose session is already signed in to a fresh account (not yet run)."""
    import time

    from streamlit.testing.v1 import AppTest

    from dashboard.auth import Session

    username = add_account(role, scope_code)
    app = AppTest.from_file(str(APP), default_timeout=timeout)
    now = time.time()
    app.session_state["session"] = Session(username, role, scope_code, now, now)
    app.query_params.update(query_params or {})
    return app


def open_page(page: str, *, role: str = "city", scope_code: str = CITY_CODE,
              timeout: float = RUN_TIMEOUT, query_params: dict[str, str] | None = None):
    """Sign in (as 市级 unless told), run the app, switch to views/<page>.py and run it
    (JIEDAO_HOME must be set)."""
    app = signed_in_app(role, scope_code, timeout=timeout, query_params=query_params).run()
    return app.switch_page(f"views/{page}.py").run()


def rows(app, *columns: str) -> list[dict[str, object]]:
    """The rows (as dicts) of the first table on the page that has all these columns (data
    frames first, then static tables)."""
    for frame in [*app.dataframe, *app.table]:  # st.table: tables whose text wraps
        if set(columns) <= set(frame.value.columns):
            return frame.value.to_dict("records")
    raise KeyError(columns)


def metric(app, label: str) -> str:
    return next(m.value for m in app.metric if m.label == label)


def chart_data(chart) -> list[dict[str, object]]:
    """A plotly chart element's traces, with plotly's base64 typed arrays decoded to lists."""
    import base64
    import json

    import numpy as np

    def decode(value: object) -> object:
        if isinstance(value, dict) and "bdata" in value and "dtype" in value:
            return np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"]).tolist()
        return value

    return [{key: decode(value) for key, value in trace.items()}
            for trace in json.loads(chart.proto.spec)["data"]]


def fresh_app():
    """The app run once with no session: what a signed-out visitor gets."""
    from streamlit.testing.v1 import AppTest

    return AppTest.from_file(str(APP), default_timeout=RUN_TIMEOUT).run()


def sign_in_form(app, username: str, password: str):
    """Fill in the sign-in form and submit it."""
    app.text_input(key="sign_in_username").input(username)
    app.text_input(key="sign_in_password").input(password)
    return app.button[0].click().run()
