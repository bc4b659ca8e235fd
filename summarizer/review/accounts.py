"""Editor accounts, sessions and login throttling for the review app.

Passwords are hashed with scrypt (stdlib ``hashlib.scrypt``) and a random
per-user salt, in a self-describing form that carries its cost parameters,
so the cost can be raised later without invalidating old hashes::

    scrypt$16384$8$1$<salt, base64>$<hash, base64>

Sessions live in the store, not in signed cookies, so logging out ends a
session everywhere and several server processes share them. The browser
holds a random token; the store holds only its SHA-256, so a copy of the
database cannot be used to sign in. Each session has its own CSRF token.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from ..errors import StoreError
from ..store import Store, now

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_PASSWORD_LENGTH = 10
SESSION_LIFETIME = timedelta(hours=12)
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


class AccountError(StoreError):
    """An account could not be created or changed (bad name, weak password, taken)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES, maxmem=64 * 2**20
    )


def hash_password(password: str) -> str:
    """A salted scrypt hash of ``password`` in the ``scrypt$n$r$p$salt$hash`` form."""
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches ``stored``, compared in constant time."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


# Checked against when the username does not exist, so a failed login takes
# the same time whether or not the account exists.
_DUMMY_HASH = hash_password(secrets.token_urlsafe(16))


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


@dataclass(frozen=True)
class Session:
    """A signed-in editor. ``csrf_token`` must accompany every state-changing request."""

    username: str
    csrf_token: str
    expires_at: str


class Accounts:
    """Editor accounts and sessions in a store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, username: str, password: str) -> None:
        """Create an editor account. Names are lowercase; passwords at least 10 characters."""
        if not USERNAME_RE.match(username):
            raise AccountError(
                f"invalid username {username!r}: use 2-32 lowercase letters, digits, '.', '_' "
                "or '-', starting with a letter or digit"
            )
        if len(password) < MIN_PASSWORD_LENGTH:
            raise AccountError(f"the password must be at least {MIN_PASSWORD_LENGTH} characters")
        with self.store.transaction() as db:
            taken = db.execute("SELECT 1 FROM editors WHERE username = ?", (username,)).fetchone()
            if taken is not None:
                raise AccountError(f"an editor named {username!r} already exists")
            db.execute(
                "INSERT INTO editors (username, password_hash, created_at) VALUES (?, ?, ?)",
                (username, hash_password(password), now()),
            )

    def usernames(self) -> list[str]:
        rows = self.store.db.execute("SELECT username FROM editors ORDER BY username")
        return [r["username"] for r in rows]

    def authenticate(self, username: str, password: str) -> bool:
        """Whether the account exists and the password is right (timing-safe either way)."""
        row = self.store.db.execute(
            "SELECT password_hash FROM editors WHERE username = ?", (username,)
        ).fetchone()
        if row is None:
            verify_password(password, _DUMMY_HASH)
            return False
        return verify_password(password, row["password_hash"])

    def start_session(self, username: str) -> tuple[str, Session]:
        """A new session; returns the token for the cookie and the session."""
        token = secrets.token_urlsafe(32)
        session = Session(
            username=username,
            csrf_token=secrets.token_urlsafe(32),
            expires_at=(datetime.now(UTC) + SESSION_LIFETIME).isoformat(timespec="seconds"),
        )
        with self.store.transaction() as db:
            db.execute("DELETE FROM editor_sessions WHERE expires_at < ?", (now(),))
            db.execute(
                "INSERT INTO editor_sessions (token_hash, username, csrf_token, created_at, "
                "expires_at) VALUES (?, ?, ?, ?, ?)",
                (_token_hash(token), username, session.csrf_token, now(), session.expires_at),
            )
        return token, session

    def session(self, token: str | None) -> Session | None:
        """The live session for a cookie token, or None when absent, unknown or expired."""
        if not token:
            return None
        row = self.store.db.execute(
            "SELECT username, csrf_token, expires_at FROM editor_sessions WHERE token_hash = ?",
            (_token_hash(token),),
        ).fetchone()
        if row is None or row["expires_at"] < now():
            return None
        return Session(row["username"], row["csrf_token"], row["expires_at"])

    def end_session(self, token: str | None) -> None:
        if token:
            self.store.db.execute(
                "DELETE FROM editor_sessions WHERE token_hash = ?", (_token_hash(token),)
            )


class LoginLimiter:
    """Refuses logins after too many recent failures from one address or for one account.

    Counted per process, in memory: enough to stop password guessing against a
    small editors' app; several workers each allow ``max_failures``.
    """

    def __init__(
        self,
        *,
        max_failures: int = 5,
        window_seconds: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_failures = max_failures
        self.window = window_seconds
        self.clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _keys(self, address: str, username: str) -> list[str]:
        return [f"addr:{address}", f"user:{username.lower()}"]

    def _recent(self, key: str, at: float) -> deque[float]:
        times = self._failures.setdefault(key, deque())
        while times and at - times[0] > self.window:
            times.popleft()
        return times

    def retry_after(self, address: str, username: str) -> int:
        """Seconds until a login may be tried again; 0 when it may be tried now."""
        at = self.clock()
        wait = 0.0
        with self._lock:
            for key in self._keys(address, username):
                times = self._recent(key, at)
                if len(times) >= self.max_failures:
                    wait = max(wait, self.window - (at - times[0]))
        return int(wait) + 1 if wait > 0 else 0

    def failed(self, address: str, username: str) -> None:
        at = self.clock()
        with self._lock:
            for key in self._keys(address, username):
                self._recent(key, at).append(at)

    def succeeded(self, address: str, username: str) -> None:
        with self._lock:
            self._failures.pop(f"user:{username.lower()}", None)
