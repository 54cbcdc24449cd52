"""Accounts of a team server: users with a role, a password and revocable API tokens.

Stored in the knowledge base (``users``, ``api_tokens``). A password is kept only as an Argon2id hash
(argon2-cffi); an API token, random and 256 bits long, only as its SHA-256 digest, so that a
presented token is found by its digest and a leaked database holds no usable secret. A token is
shown once, when it is made. Revoking a user revokes every token of theirs and ends their sessions.

Roles, each allowed what the one before is: ``reader`` (every page and JSON twin), ``analyst``
(decisions and uploads), ``admin`` (accounts).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import re
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select

from .errors import AuthError, NotFoundError
from .store import Store
from .store import schema as t

ROLES = ("reader", "analyst", "admin")
TOKEN_PREFIX = "rg_"
_NAME = re.compile(r"^[\w.@-][\w .@-]{0,58}[\w.@-]$|^[\w.@-]$")
_hasher = PasswordHasher()


@dataclass
class User:
    id: int
    name: str
    role: str
    created_at: str
    revoked_at: str | None = None
    tokens: int = 0  # API tokens still valid

    def can(self, role: str) -> bool:
        """Whether this user's role includes ``role``'s rights."""
        return self.revoked_at is None and ROLES.index(self.role) >= ROLES.index(role)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def has_accounts(store: Store) -> bool:
    """Whether the knowledge base has an account in force (then the server is a team server)."""
    u = t.users.c
    with store.connect() as conn:
        return conn.execute(select(u.id).where(u.revoked_at.is_(None)).limit(1)).first() is not None


def add_user(store: Store, name: str, role: str, password: str | None = None) -> tuple[User, str]:
    """Create a user; returns it with a first API token (shown once). Without a password the user
    logs in to the workbench with the token."""
    name = name.strip()
    if not _NAME.match(name):
        raise AuthError(f"a user name is 1-60 letters, digits, spaces or . @ _ -, not '{name}'")
    if role not in ROLES:
        raise AuthError(f"role must be one of {', '.join(ROLES)}, not '{role}'")
    if password is not None and len(password) < 8:
        raise AuthError("a password needs 8 characters at least")
    u = t.users.c
    with store.engine.begin() as conn:
        if conn.execute(select(u.id).where(u.name == name)).first() is not None:
            raise AuthError(f"user '{name}' exists already (revoked users keep their name in the audit log)")
        now = _now()
        res = conn.execute(t.users.insert().values(name=name, role=role, created_at=now,
                                                   password_hash=_hasher.hash(password) if password else None))
        uid = int(res.inserted_primary_key[0])  # type: ignore[index]
        token = _new_token(conn, uid, "first")
    return User(uid, name, role, now, None, 1), token


def _new_token(conn: object, user_id: int, label: str) -> str:
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    conn.execute(t.api_tokens.insert().values(  # type: ignore[attr-defined]
        user_id=user_id, digest=digest(token), label=label[:60], created_at=_now()))
    return token


def new_token(store: Store, name: str, label: str = "api") -> str:
    """Another API token for a user (shown once)."""
    with store.engine.begin() as conn:
        user = _user(conn, name)
        if user.revoked_at:
            raise AuthError(f"user '{name}' is revoked")
        return _new_token(conn, user.id, label)


def _user(conn: object, name: str) -> User:
    u = t.users.c
    row = conn.execute(select(u.id, u.name, u.role, u.created_at, u.revoked_at)  # type: ignore[attr-defined]
                       .where(u.name == name)).first()
    if row is None:
        raise NotFoundError(f"no user '{name}'")
    return User(*row)


def users(store: Store) -> list[User]:
    """Every user, revoked ones too, with how many tokens each has in force."""
    u, k = t.users.c, t.api_tokens.c
    live = (select(k.user_id, func.count().label("n")).where(k.revoked_at.is_(None)).group_by(k.user_id)
            .subquery())
    with store.connect() as conn:
        rows = conn.execute(select(u.id, u.name, u.role, u.created_at, u.revoked_at, func.coalesce(live.c.n, 0))
                            .outerjoin(live, live.c.user_id == u.id).order_by(u.name))
        return [User(*r) for r in rows]


def revoke(store: Store, name: str) -> User:
    """Revoke a user: their tokens stop working and their sessions end at the next request."""
    now = _now()
    with store.engine.begin() as conn:
        user = _user(conn, name)
        conn.execute(t.users.update().where(t.users.c.id == user.id, t.users.c.revoked_at.is_(None))
                     .values(revoked_at=now))
        conn.execute(t.api_tokens.update().where(t.api_tokens.c.user_id == user.id,
                                                 t.api_tokens.c.revoked_at.is_(None)).values(revoked_at=now))
        return _user(conn, name)


def revoke_token(store: Store, token: str) -> None:
    """Revoke one API token (given in full) without revoking its user."""
    with store.engine.begin() as conn:
        res = conn.execute(t.api_tokens.update().where(t.api_tokens.c.digest == digest(token.strip()))
                           .values(revoked_at=_now()))
        if not res.rowcount:
            raise NotFoundError("no such token")


def by_token(store: Store, token: str) -> User | None:
    """The user an API token belongs to, if both are in force."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    u, k = t.users.c, t.api_tokens.c
    with store.connect() as conn:
        row = conn.execute(select(u.id, u.name, u.role, u.created_at, u.revoked_at)
                           .join(t.api_tokens, k.user_id == u.id)
                           .where(k.digest == digest(token), k.revoked_at.is_(None), u.revoked_at.is_(None))).first()
    return User(*row) if row else None


def by_id(store: Store, user_id: int) -> User | None:
    """A user in force, by id (a session names its user by id)."""
    u = t.users.c
    with store.connect() as conn:
        row = conn.execute(select(u.id, u.name, u.role, u.created_at, u.revoked_at)
                           .where(u.id == user_id, u.revoked_at.is_(None))).first()
    return User(*row) if row else None


def login(store: Store, name: str, secret: str) -> User:
    """The user a name and a password (or one of their API tokens) identify; AuthError otherwise."""
    u = t.users.c
    with store.connect() as conn:
        row = conn.execute(select(u.id, u.name, u.role, u.created_at, u.revoked_at, u.password_hash)
                           .where(u.name == name.strip())).first()
    if row is not None and row.revoked_at is None:
        if secret.startswith(TOKEN_PREFIX):
            user = by_token(store, secret)
            if user is not None and user.id == row.id:
                return user
        elif row.password_hash:
            try:
                _hasher.verify(row.password_hash, secret)
                return User(*row[:5])
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                pass
    else:  # as slow for an unknown name as for a wrong password: the answer does not tell names apart
        with contextlib.suppress(VerifyMismatchError, VerificationError, InvalidHashError):
            _hasher.verify(_dummy_hash(), secret)
    raise AuthError("wrong name or password")


@functools.cache
def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_hex(16))
