"""The issuer's Ed25519 keys: one signs new credentials, all of them verify.

A credential names the key that signed it by `kid` (its RFC 7638 JWK thumbprint), so keys can
rotate without invalidating what was issued: put the new key first and keep the old one after
it, and credentials signed years ago still verify against the published JWKS.

Where the keys come from (cms/settings/learners.py):

- `CREDENTIAL_SIGNING_KEY_PEM`: one key inline (an environment variable; `\\n` escapes are
  accepted, as many secret stores flatten newlines). When set, it signs.
- `CREDENTIAL_SIGNING_KEYS`: PEM files, after the inline key if there is one. The first key
  of all signs, so it must be private; every other key is published only to verify (its file
  may hold just the public key). Make one with `openssl genpkey -algorithm ed25519`.
- Neither: a development key, generated once into `CREDENTIAL_DEV_KEY_FILE` (default
  `var/credential-dev-key.pem`). Production settings refuse to start without a real key, as a
  key generated on a server would be lost with it, and every credential it signed with it.

To rotate without a window in which verifiers holding a cached JWKS fail on new credentials:
first publish the new key last in the list, wait longer than the JWKS's max-age, then move it
first.
"""

import base64
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

DEV_KEY_PATH = Path("var") / "credential-dev-key.pem"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@dataclass(frozen=True)
class CredentialKey:
    public_key: Ed25519PublicKey
    private_key: Ed25519PrivateKey | None = None

    @property
    def x(self) -> str:
        raw = self.public_key.public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return _b64url(raw)

    @property
    def kid(self) -> str:
        """RFC 7638: SHA-256 of the required members, sorted, without whitespace."""
        members = json.dumps(
            {"crv": "Ed25519", "kty": "OKP", "x": self.x}, separators=(",", ":"), sort_keys=True
        )
        return _b64url(hashlib.sha256(members.encode("ascii")).digest())

    def public_jwk(self) -> dict:
        return {
            "kty": "OKP",
            "crv": "Ed25519",
            "x": self.x,
            "kid": self.kid,
            "use": "sig",
            "alg": "EdDSA",
        }


@dataclass(frozen=True)
class Keyring:
    keys: tuple[CredentialKey, ...]

    @property
    def signing_key(self) -> CredentialKey:
        return self.keys[0]

    @property
    def signer(self) -> Ed25519PrivateKey:
        private = self.keys[0].private_key
        if private is None:  # _load refuses such a keyring; a hand-made one may not
            raise ImproperlyConfigured("The first credential key must be a private key.")
        return private

    def by_kid(self, kid: object) -> CredentialKey | None:
        return next((key for key in self.keys if key.kid == kid), None)

    def jwks(self) -> dict:
        return {"keys": [key.public_jwk() for key in self.keys]}


def _parse_pem(data: bytes, where: str) -> CredentialKey:
    try:
        private = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        private = None
    if private is not None:
        if not isinstance(private, Ed25519PrivateKey):
            raise ImproperlyConfigured(f"{where} is not an Ed25519 key (credentials use EdDSA).")
        return CredentialKey(public_key=private.public_key(), private_key=private)
    try:
        public = serialization.load_pem_public_key(data)
    except (ValueError, TypeError) as error:
        raise ImproperlyConfigured(f"{where} holds no readable PEM key: {error}") from None
    if not isinstance(public, Ed25519PublicKey):
        raise ImproperlyConfigured(f"{where} is not an Ed25519 key (credentials use EdDSA).")
    return CredentialKey(public_key=public)


def _read_key_file(path: str) -> CredentialKey:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise ImproperlyConfigured(
            f"CREDENTIAL_SIGNING_KEYS names {path}, which cannot be read: {error.strerror}."
        ) from None
    return _parse_pem(data, path)


def _pem(private: Ed25519PrivateKey) -> bytes:
    return private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _development_key(path: Path) -> CredentialKey:
    """Read the development key, or make it; two processes starting at once agree on one.

    The key is written to a private temporary file and linked into place: a link never
    replaces an existing file, so the loser of a race reads the winner's complete key.
    """
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".credential-key-")
        try:
            with os.fdopen(handle, "wb") as file:  # mkstemp's file is readable by its owner only
                file.write(_pem(Ed25519PrivateKey.generate()))
            os.link(temporary, path)
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links: the last writer wins
            os.replace(temporary, path)
        finally:
            Path(temporary).unlink(missing_ok=True)
    return _parse_pem(path.read_bytes(), str(path))


@lru_cache(maxsize=8)
def _load(files: tuple[str, ...], inline_pem: str, dev_file: str) -> Keyring:
    keys: list[CredentialKey] = []
    if inline_pem.strip():
        pem = inline_pem.strip().replace("\\n", "\n").encode()
        keys.append(_parse_pem(pem, "CREDENTIAL_SIGNING_KEY_PEM"))
    keys.extend(_read_key_file(path) for path in files)
    if not keys:
        path = Path(dev_file) if dev_file else Path(settings.BASE_DIR) / DEV_KEY_PATH
        keys.append(_development_key(path))
    if keys[0].private_key is None:
        raise ImproperlyConfigured(
            "The first credential key must be a private key: it signs new credentials."
        )
    unique = {key.kid: key for key in reversed(keys)}  # the same key listed twice counts once
    return Keyring(tuple(key for key in keys if unique.pop(key.kid, None) is not None))


def keyring() -> Keyring:
    """The configured keys, read once per configuration (a changed setting reads afresh)."""
    return _load(
        tuple(settings.CREDENTIAL_SIGNING_KEYS or ()),
        settings.CREDENTIAL_SIGNING_KEY_PEM or "",
        settings.CREDENTIAL_DEV_KEY_FILE or "",
    )


def private_key_pem(key: Ed25519PrivateKey) -> str:
    """A key as a PEM file holds it: for operators making one, and for tests."""
    return _pem(key).decode("ascii")
