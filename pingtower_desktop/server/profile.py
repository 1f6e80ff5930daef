"""The server profile: which server, which dialect, who logged in. The token lives in the keyring.

``server.json`` beside channels.json holds the URL, the dialect and the e-mail; the login token
is kept under the keyring account ``server:token``. The password is never kept anywhere.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from ..storage.locking import file_lock
from ..storage.paths import AppPaths
from ..storage.secrets import SecretStore
from .auth import NotAToken, TokenInfo, decode_token
from .dialects import DIALECTS, Dialect, dialect
from .files import read_json, write_json

TOKEN_ACCOUNT = "server:token"


@dataclass(frozen=True)
class ServerProfile:
    base_url: str
    dialect: str
    email: str = ""
    #: A private certificate authority the server's certificate comes from (a PEM file), or "".
    ca_file: str = ""

    @property
    def api(self) -> Dialect:
        return dialect(self.dialect)


class ProfileStore:
    def __init__(self, paths: AppPaths, secrets: SecretStore):
        self.path: Path = paths.config_dir / "server.json"
        self.secrets = secrets

    def load(self) -> ServerProfile | None:
        data = read_json(self.path)
        if not isinstance(data, dict):
            return None
        url, kind, email = data.get("baseUrl"), data.get("dialect"), data.get("email", "")
        ca_file = data.get("caFile", "")
        if not isinstance(url, str) or kind not in DIALECTS or not isinstance(email, str):
            return None
        return ServerProfile(url, kind, email, ca_file if isinstance(ca_file, str) else "")

    def save(self, profile: ServerProfile, token: str | None) -> None:
        """Token first (a keyring failure leaves the old profile whole), then the file."""
        if token is not None:
            self.secrets.set_secret(TOKEN_ACCOUNT, token)
        data = asdict(profile)
        with file_lock(self.path.with_name(self.path.name + ".lock")):
            stored = {"baseUrl": data["base_url"], "dialect": data["dialect"], "email": data["email"]}
            if profile.ca_file:
                stored["caFile"] = profile.ca_file
            write_json(self.path, stored)

    def token(self) -> str | None:
        return self.secrets.get_secret(TOKEN_ACCOUNT)

    def token_info(self) -> TokenInfo | None:
        """What the stored token says about itself; None when there is none or it is not a JWT."""
        token = self.token()
        if not token:
            return None
        try:
            return decode_token(token)
        except NotAToken:
            return None

    def forget_token(self) -> None:
        self.secrets.delete_secret(TOKEN_ACCOUNT)
