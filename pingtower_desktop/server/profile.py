"""The server profile: which server, which dialect, who logged in. The token lives in the keyring.

``server.json`` beside channels.json holds the URL, the dialect and the e-mail; the login token is
kept in the keyring under an account of its own for this config folder and this server URL (see
:func:`token_account`), so that two config folders logged in to two servers never see, send or
delete each other's token, and a token is only ever read for the URL it was issued by. The password
is never kept anywhere.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path

from ..storage.locking import file_lock
from ..storage.paths import AppPaths
from ..storage.secrets import SecretStore
from .dialects import DIALECTS, Dialect, dialect
from .files import read_json, write_json
from .limits import MAX_CHANNELS

#: Where builds before tokens were scoped kept the one token of every profile; removed at the next login.
LEGACY_TOKEN_ACCOUNT = "server:token"


def token_account(config_dir: Path, base_url: str) -> str:
    """``server:token:<folder>:<url>``: the folder is named by a digest of its absolute path (the path
    itself may be long and says where a user keeps things)."""
    folder = hashlib.sha256(str(Path(config_dir).absolute()).encode()).hexdigest()[:16]
    return f"server:token:{folder}:{base_url}"


@dataclass(frozen=True)
class ServerProfile:
    base_url: str
    dialect: str
    email: str = ""
    #: A private certificate authority the server's certificate comes from (a PEM file), or "".
    ca_file: str = ""
    #: The most channels a sync takes from this server (see ``client.MAX_CHANNELS``).
    max_channels: int = MAX_CHANNELS

    @property
    def api(self) -> Dialect:
        return dialect(self.dialect)


class ProfileStore:
    def __init__(self, paths: AppPaths, secrets: SecretStore):
        self.config_dir = paths.config_dir
        self.path: Path = paths.config_dir / "server.json"
        self.secrets = secrets

    def load(self) -> ServerProfile | None:
        data = read_json(self.path)
        if not isinstance(data, dict):
            return None
        url, kind, email = data.get("baseUrl"), data.get("dialect"), data.get("email", "")
        ca_file, limit = data.get("caFile", ""), data.get("maxChannels")
        if not isinstance(url, str) or kind not in DIALECTS or not isinstance(email, str):
            return None
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            limit = MAX_CHANNELS
        return ServerProfile(url, kind, email, ca_file if isinstance(ca_file, str) else "", limit)

    def save(self, profile: ServerProfile, token: str | None) -> None:
        """Token first (a keyring failure leaves the old profile whole), then the file; then the token of the
        server this folder was logged in to before, if another, and the unscoped token of older builds."""
        previous = self.load()
        if token is not None:
            self.secrets.set_secret(self._account(profile), token)
        data = asdict(profile)
        with file_lock(self.path.with_name(self.path.name + ".lock")):
            stored = {"baseUrl": data["base_url"], "dialect": data["dialect"], "email": data["email"]}
            if profile.ca_file:
                stored["caFile"] = profile.ca_file
            if profile.max_channels != MAX_CHANNELS:
                stored["maxChannels"] = profile.max_channels
            write_json(self.path, stored)
        stale = [LEGACY_TOKEN_ACCOUNT]
        if previous is not None and previous.base_url != profile.base_url:
            stale.append(self._account(previous))
        self.secrets.delete_accounts(stale)

    def _account(self, profile: ServerProfile) -> str:
        return token_account(self.config_dir, profile.base_url)

    def token(self, profile: ServerProfile) -> str | None:
        """The token this folder holds for ``profile``'s server (None when logged out of it)."""
        return self.secrets.get_secret(self._account(profile))

    def forget_token(self) -> None:
        """Logs this folder out of its server (other folders, and this folder's other servers, stay)."""
        profile = self.load()
        if profile is not None:
            self.secrets.delete_secret(self._account(profile))
