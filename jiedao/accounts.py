"""Accounts in a file the administrator manages: roles, scopes, slow password hashes, lockout.

No outside identity provider is needed. Passwords are hashed with Argon2id and never stored or
logged in clear. Failed sign-ins are throttled by client address and by account
(jiedao/sign_in_throttle.py: nobody who only knows a user name can lock that user out), and
every refusal — unknown name, wrong password, held by the throttle — gives the same message.
"""

from __future__ import annotations

import json
import os
import secrets
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from jiedao import sign_in_throttle as throttle
from jiedao.locking import home_lock
from jiedao.settings import Settings

ROLES: dict[str, str] = {
    "city": "市级",
    "street_leader": "街道领导",
    "planner": "规划人员",
    "community_staff": "社区工作人员",
    "admin": "管理员",
}
# The length of the code a role's scope must have: a city (6), a street (9), a community (12).
SCOPE_CODE_LENGTH = {"city": 6, "street_leader": 9, "planner": 9, "community_staff": 12, "admin": 6}
# One answer for every refused sign-in, so that it never tells whether an account exists.
REFUSED = "用户名或密码错误，或尝试次数过多，请稍后再试"

_hasher = PasswordHasher()


@dataclass(frozen=True)
class Account:
    username: str
    role: str
    scope_code: str
    password_hash: str
    created_at: float

    @property
    def role_name(self) -> str:
        return ROLES[self.role]


class AccountError(ValueError):
    """A request about accounts that cannot be carried out; the message is in Chinese."""


def accounts_path(settings: Settings) -> Path:
    return settings.home / "accounts.json"


def load_accounts(settings: Settings) -> dict[str, Account]:
    path = accounts_path(settings)
    if not path.exists():
        return {}
    records = json.loads(path.read_text(encoding="utf-8"))
    known = {field.name for field in fields(Account)}  # older files also kept failure counts here
    return {record["username"]: Account(**{key: value for key, value in record.items() if key in known})
            for record in records}


def _save(settings: Settings, accounts: dict[str, Account]) -> None:
    path = accounts_path(settings)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(
        json.dumps([asdict(account) for account in accounts.values()], ensure_ascii=False, indent=1),
        encoding="utf-8",
    )
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)


def validate_scope(role: str, scope_code: str) -> None:
    if role not in ROLES:
        raise AccountError(f"未知角色「{role}」，可用：{', '.join(ROLES)}")
    if not (scope_code.isdigit() and len(scope_code) == SCOPE_CODE_LENGTH[role]):
        raise AccountError(
            f"角色 {ROLES[role]} 的范围必须是 {SCOPE_CODE_LENGTH[role]} 位区划代码，收到「{scope_code}」"
        )


def add_user(settings: Settings, username: str, role: str, scope_code: str, password: str | None = None) -> str:
    """Create or reset an account; returns the password (generated when none is given)."""
    validate_scope(role, scope_code)
    if not username or len(username) > 64 or any(ch.isspace() for ch in username):
        raise AccountError(f"用户名「{username}」无效：不能为空、不能含空格、最长 64 个字符")
    chosen = password or secrets.token_urlsafe(9)
    if len(chosen) < 8:
        raise AccountError("密码至少 8 个字符")
    with home_lock(settings.home):
        accounts = load_accounts(settings)
        accounts[username] = Account(username, role, scope_code, _hasher.hash(chosen), time.time())
        _save(settings, accounts)
        state = throttle.load(settings)  # a reset also lifts any hold on the name
        throttle.forget_name(state, username)
        throttle.save(settings, state, time.time())
    return chosen


def remove_user(settings: Settings, username: str) -> bool:
    with home_lock(settings.home):
        accounts = load_accounts(settings)
        removed = accounts.pop(username, None) is not None
        _save(settings, accounts)
    return removed


@dataclass(frozen=True)
class SignInResult:
    account: Account | None
    message: str
    reason: str = ""        # for the audit trail only: ok, no_such_user, wrong_password, held_<key>


def sign_in(settings: Settings, username: str, password: str, *, address: str | None = None,
            now: float | None = None) -> SignInResult:
    """Check a password from a client ``address`` (None: this machine), under the throttle."""
    moment = time.time() if now is None else now
    with home_lock(settings.home):
        state = throttle.load(settings)
        hold = throttle.held(state, address, username, moment)
        if hold is not None:
            return SignInResult(None, REFUSED, f"held_{hold.key}")
        account = load_accounts(settings).get(username)
        if account is None:
            _hasher.hash(password or "-")  # a missing user costs as much time as a wrong password
            reason = "no_such_user"
        else:
            try:
                _hasher.verify(account.password_hash, password)
                reason = "ok"
            except (VerificationError, InvalidHashError):
                reason = "wrong_password"
        if reason == "ok":
            throttle.count_success(state, address, username, moment)
        else:
            throttle.count_failure(state, address, username, moment)
        throttle.save(settings, state, moment)
    return SignInResult(account if reason == "ok" else None, "登录成功" if reason == "ok" else REFUSED, reason)


DEMO_ACCOUNTS: tuple[tuple[str, str, str], ...] = (
    ("shiji", "city", "654201"),
    ("heping_lingdao", "street_leader", "654201001"),
    ("dubieke_guihua", "planner", "654201002"),
    ("jianshe_shequ", "community_staff", "654201001001"),
    ("admin", "admin", "654201"),
)


def create_demo_accounts(settings: Settings) -> list[tuple[str, str, str, str]]:
    """One account per role for the demo city, each with a fresh random password to print once."""
    created = []
    for username, role, scope_code in DEMO_ACCOUNTS:
        password = add_user(settings, username, role, scope_code)
        created.append((username, ROLES[role], scope_code, password))
    return created
