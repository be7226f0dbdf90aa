"""登录: the only page a signed-out visitor sees (accounts file, or the organisation's OIDC)."""

from __future__ import annotations

import streamlit as st

from dashboard import auth, data
from jiedao.accounts import load_accounts, sign_in


def render_password_form() -> None:
    with st.form("sign_in_form"):
        username = st.text_input("用户名", key="sign_in_username")
        password = st.text_input("密码", type="password", key="sign_in_password")
        submitted = st.form_submit_button("登录", type="primary")
    if not submitted:
        return
    username = username.strip()
    if not username or not password:
        st.error("请输入用户名和密码。")
        return
    # the client's address (through a proxy on this machine, from X-Forwarded-For); None locally
    address = st.context.ip_address if isinstance(st.context.ip_address, str) else None
    result = sign_in(data.settings(), username, password, address=address)
    if result.account is None:
        auth.record_anonymous("sign_in_failed", username, {"message": result.message, "reason": result.reason,
                                                          "address": address or "本机"})
        st.error(result.message)
        return
    session = auth.start_session(result.account)
    auth.record_for(session, "sign_in", {"method": "password", "address": address or "本机"})
    st.rerun()


def render_oidc() -> None:
    """The provider signs people in; accounts.json decides what they may see."""
    if not auth.oidc_configured():
        st.error("已设置 JIEDAO_AUTH=oidc，但 .streamlit/secrets.toml 中没有 [auth] 配置。")
        return
    if not st.user.get("is_logged_in", False):
        st.button("使用单位统一身份认证登录", type="primary", on_click=st.login, key="oidc_login")
        return
    email = st.user.get("email")
    account = auth.account_for_email(load_accounts(data.settings()), email)
    if account is None:
        auth.record_anonymous("sign_in_failed", str(email), {"method": "oidc",
                                                            "message": "no account"})
        st.error("该身份没有对应的街道数据仓账号，请联系管理员开通。")
        st.button("退出统一身份认证", on_click=st.logout, key="oidc_logout")
        return
    session = auth.start_session(account)
    auth.record_for(session, "sign_in", {"method": "oidc"})
    st.rerun()


st.title("登录")
st.caption("街道数据仓仅限授权人员使用。")
notice = st.session_state.pop(auth.NOTICE_KEY, None)
if notice:
    st.warning(notice)
if auth.oidc_enabled():
    render_oidc()
else:
    render_password_form()
