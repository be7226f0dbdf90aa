"""A signed, expiring session token for the dashboard's "stay signed in across F5" cookie.

The token is ``<payload>.<signature>``: the payload (base64url JSON) names the account, its role
and scope, when it signed in and when it was last active; the signature is HMAC-SHA256 over the
payload with a secret kept in the data home (``<home>/session_secret``, 32 random bytes, created
on first use with mode 600). A token is accepted only while its signature matches and neither the
idle limit nor the absolute limit has passed: the same limits as a session in the dashboard.
Nothing in the token is secret; it only cannot be forged or stretched without the key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

COOKIE_NAME = "jiedao_session"
SECRET_BYTES = 32


@dataclass(frozen=True)
class SessionClaims:
    username: str
    role: str
    scope_code: str
    signed_in_at: float
    last_seen: float

    def expires_at(self, idle_seconds: float, max_seconds: float) -> float:
        return min(self.last_seen + idle_seconds, self.signed_in_at + max_seconds)


def load_secret(path: Path) -> bytes:
    """The signing key, created (atomically, mode 600) when the home has none yet."""
    try:
        secret = path.read_bytes()
    except FileNotFoundError:
        secret = b""
    if len(secret) >= SECRET_BYTES:
        return secret
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = secrets.token_bytes(SECRET_BYTES)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it meanwhile (or it is too short: replace)
        secret = path.read_bytes()
        if len(secret) >= SECRET_BYTES:
            return secret
        temporary = path.with_suffix(".tmp")
        temporary.write_bytes(fresh)
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
        return fresh
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(fresh)
    os.chmod(path, 0o600)
    return fresh


def _encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _signature(secret: bytes, payload: str) -> str:
    return _encode(hmac.new(secret, payload.encode("ascii"), hashlib.sha256).digest())


def sign(claims: SessionClaims, secret: bytes) -> str:
    payload = _encode(json.dumps(asdict(claims), separators=(",", ":"),
                                 ensure_ascii=True).encode("ascii"))
    return f"{payload}.{_signature(secret, payload)}"


def verify(token: object, secret: bytes, *, now: float, idle_seconds: float,
           max_seconds: float) -> SessionClaims | None:
    """The claims of a genuine, unexpired token; None for anything else (never raises)."""
    if not isinstance(token, str) or token.count(".") != 1 or len(token) > 4096:
        return None
    payload, signature = token.split(".")
    try:
        expected = _signature(secret, payload)
        if not hmac.compare_digest(expected, signature):
            return None
        fields = json.loads(_decode(payload))
        claims = SessionClaims(str(fields["username"]), str(fields["role"]),
                               str(fields["scope_code"]), float(fields["signed_in_at"]),
                               float(fields["last_seen"]))
    except (ValueError, KeyError, TypeError, UnicodeError):
        return None
    if claims.signed_in_at > now + 60 or claims.last_seen > now + 60:  # from the future: refuse
        return None
    if now >= claims.expires_at(idle_seconds, max_seconds):
        return None
    return claims


def cookie_header(token: str | None, *, max_age: float, secure: bool) -> str:
    """The ``document.cookie`` string that stores the token (or, with None, deletes it)."""
    value, age = (token, max(0, int(max_age))) if token else ("", 0)
    return (f"{COOKIE_NAME}={value}; Path=/; Max-Age={age}; SameSite=Strict"
            + ("; Secure" if secure else ""))
