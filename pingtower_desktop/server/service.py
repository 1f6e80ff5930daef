"""The server features as the CLI and the GUI use them: login, status, plan, apply, test.

Every method that talks to the server is a coroutine (the GUI runs them on its worker); the
others touch only local files and the keyring.
"""

from __future__ import annotations

import asyncio
import os
import ssl
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from ..channel_service import ChannelService
from ..channels import Channel
from ..errors import ServerFailure
from ..storage.network_settings import NetworkStore
from ..storage.oplog import Origin
from ..storage.paths import AppPaths
from ..storage.repository import ChannelRepository
from ..storage.secrets import SecretStore
from ..text import message_of, msg
from ..transport.context import DEFAULT_TIMEOUT
from ..transport.proxy import ProxyInvalid, ProxyRoute
from ..transport.result import DeliveryResult
from ..transport.trust import CaFileError, default_ssl_context, trusting
from .auth import NotAToken, TokenInfo, decode_token, normalize_base_url, plain_http_warning
from .client import ServerClient
from .dialects import DOCUMENTED, dialect
from .errors import UNREACHABLE, ErrorKind, LoginInputError, NotSynced, ServerError
from .limits import MAX_CHANNELS
from .profile import ProfileStore, ServerProfile
from .remote_test import ask_server_to_test
from .snapshot import Fingerprints
from .states import ServerState
from .sync import Progress, SyncReport, apply_plan
from .sync_plan import Choice, Consent, Planner, SyncPlan, UpdateOnServer
from .sync_state import SyncState, SyncStateStore

LOGIN_HINT = msg("log in with: pingtower-desktop-cli server login URL --email E --password-stdin")


class NotLoggedIn(ServerFailure):
    """No server profile or no token: the user has to log in first."""


@dataclass(frozen=True)
class ServerStatus:
    state: ServerState
    #: One line for a status bar or the CLI.
    message: str
    profile: ServerProfile | None = None
    token: TokenInfo | None = None
    channels_on_server: int | None = None

    @property
    def warning(self) -> str | None:
        """Set when the token travels over plain http to a host that is not this computer."""
        return plain_http_warning(self.profile.base_url) if self.profile else None


class ServerService:
    def __init__(
        self,
        paths: AppPaths,
        secrets: SecretStore,
        repo: ChannelRepository | None = None,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        ssl_context: ssl.SSLContext | None = None,
        max_channels: int | None = None,
        route: ProxyRoute | None = None,
    ):
        """``max_channels``: how many channels a sync takes from the server this time (None: the profile's);
        ``route``: the way to the server for this run (None: the saved network settings and the environment)."""
        self.repo = repo or ChannelRepository(paths, secrets)
        self.profiles = ProfileStore(paths, secrets)
        self.state_store = SyncStateStore(paths.config_dir)
        self.fingerprints = Fingerprints(secrets)
        self.timeout = timeout
        self.ssl_context = ssl_context
        self.max_channels = max_channels
        self.route = route
        self.network = NetworkStore(paths, secrets)

    # --- login ---

    def client(
        self,
        base_url: str,
        api=DOCUMENTED,
        token: str | None = None,
        ca_file: str = "",
        max_channels: int = MAX_CHANNELS,
    ) -> ServerClient:
        """Raises ServerError (TLS) when ``ca_file`` cannot be used."""
        try:
            context = self.ssl_context or (trusting(ca_file) if ca_file else _system_trust())
        except CaFileError as error:
            raise ServerError(ErrorKind.TLS, message_of(error)) from None
        limit = self.max_channels or max_channels
        try:
            route = self.route or self.network.route(os.environ)
        except ProxyInvalid as error:
            raise ServerError(ErrorKind.NETWORK, message_of(error)) from None
        return ServerClient(
            base_url, api, token, timeout=self.timeout, ssl_context=context, max_channels=limit, route=route
        )

    async def login(
        self,
        url: str,
        *,
        email: str = "",
        password: str | None = None,
        token: str | None = None,
        dialect_name: str | None = None,
        ca_file: str = "",
    ) -> ServerStatus:
        """Log in with e-mail and password, or check a pasted token; store the profile and the token.

        The dialect is detected unless given. Raises ServerError, or LoginInputError for bad input.
        ``ca_file``: a private certificate authority to trust for this server (kept in the profile).
        Callers warn about plain http first (see ``auth.plain_http_warning``).
        """
        try:
            base_url = normalize_base_url(url)
            chosen = dialect(dialect_name) if dialect_name else None
        except ValueError as error:
            raise LoginInputError(message_of(error)) from None
        if (password is None) == (token is None):
            raise LoginInputError(msg("give either a password or a token"))
        if token is not None:
            token = token.strip()
            if not token:
                raise LoginInputError(msg("the token is empty"))
            info = _token_info(token)  # an opaque (non-JWT) token is left to the server to judge
            if info is not None and info.expired():
                raise ServerError(
                    ErrorKind.AUTH, msg("that token has expired ({expiry}) — log in again", expiry=info.describe())
                )
        async with self.client(base_url, ca_file=ca_file) as client:
            client.dialect = chosen or await client.detect_dialect()
            if password is not None:
                if not email:
                    raise LoginInputError(msg("an e-mail is needed to log in with a password"))
                token = (await client.login(email, password)).token
            client.token = token
            try:
                count = await client.count_channels()
            except ServerError as error:
                if error.kind is not ErrorKind.NOT_FOUND:
                    raise
                raise ServerError(
                    ErrorKind.NOT_FOUND,
                    msg(
                        "no channel API at {base_url}{channels_path} — check the URL, or the dialect (this is {description})",
                        base_url=base_url,
                        channels_path=client.dialect.channels_path,
                        description=client.dialect.description,
                    ),
                    status_code=error.status_code,
                ) from None
        info = _token_info(token)
        email = email or (info.subject if info and info.subject else "")
        kept = self.profiles.load()
        limit = kept.max_channels if kept is not None else MAX_CHANNELS
        profile = ServerProfile(base_url, client.dialect.name, email, ca_file, limit)
        self.profiles.save(profile, token)
        return ServerStatus(ServerState.CONNECTED, _connected(profile, info, count), profile, info, count)

    def logout(self) -> None:
        """Forget the token; the URL and dialect stay for the next login."""
        self.profiles.forget_token()

    def set_max_channels(self, limit: int) -> None:
        """How many channels a sync takes from this server from now on (the profile keeps it)."""
        profile = self.profiles.load()
        if profile is None:
            raise NotLoggedIn(msg("no server is set up — {how}", how=LOGIN_HINT))
        self.profiles.save(replace(profile, max_channels=max(1, limit)), None)

    # --- status ---

    def local_status(self) -> ServerStatus:
        """What is known without asking the server."""
        profile = self.profiles.load()
        if profile is None:
            return ServerStatus(ServerState.NOT_SET_UP, msg("no server is set up — {how}", how=LOGIN_HINT))
        token = self.profiles.token(profile)
        if not token:
            return ServerStatus(
                ServerState.LOGGED_OUT,
                msg("logged out of {base_url} — {how}", base_url=profile.base_url, how=LOGIN_HINT),
                profile,
            )
        info = _token_info(token)
        if info is not None and info.expired():
            message = msg(
                "the login to {base_url} has expired ({expiry}) — log in again",
                base_url=profile.base_url,
                expiry=info.describe(),
            )
            return ServerStatus(ServerState.TOKEN_EXPIRED, message, profile, info)
        who = info.describe() if info else msg("an opaque token")
        where = msg("{base_url} ({dialect}) as {who}", base_url=profile.base_url, dialect=profile.dialect, who=who)
        return ServerStatus(ServerState.LOGGED_IN, where, profile, info)

    async def status(self) -> ServerStatus:
        """The local status, then one request to see whether the server answers and takes the token."""
        local = self.local_status()
        if local.state is not ServerState.LOGGED_IN:
            return local
        try:
            async with self.open_client() as client:
                count = await client.count_channels()
        except ServerError as error:
            if error.kind is ErrorKind.AUTH:
                state = ServerState.REFUSED
            else:
                state = ServerState.OFFLINE if error.kind in UNREACHABLE else ServerState.ERROR
            return ServerStatus(state, message_of(error), local.profile, local.token)
        profile = local.profile
        assert profile is not None  # logged in: there is a profile
        return ServerStatus(ServerState.CONNECTED, _connected(profile, local.token, count), profile, local.token, count)

    def open_client(self) -> ServerClient:
        """A client for the stored profile; raises NotLoggedIn, or ServerError(AUTH) for an expired token."""
        status = self.local_status()
        if status.state in (ServerState.NOT_SET_UP, ServerState.LOGGED_OUT):
            raise NotLoggedIn(status.message)
        if status.state is ServerState.TOKEN_EXPIRED:
            raise ServerError(ErrorKind.AUTH, status.message)
        profile = status.profile
        assert profile is not None  # neither unset nor logged out
        token = self.profiles.token(profile)
        return self.client(profile.base_url, profile.api, token, profile.ca_file, profile.max_channels)

    # --- sync ---

    def _planner(self, client: ServerClient) -> Planner:
        return Planner(client.dialect, self.fingerprints)

    def _here(self, server_url: str) -> tuple[list[Channel], bool, SyncState]:
        """The channels here (secrets included), whether all could be read, and the sync state: file and
        keyring reads, for a thread of their own."""
        local = [self.repo.with_secrets(channel) for channel in self.repo.list()]
        return local, self.repo.load_warning is None, self.state_store.load(server_url)

    async def plan(self, client: ServerClient | None = None) -> SyncPlan:
        """One request (the list); nothing is written."""
        if client is None:
            async with self.open_client() as client:
                return await self.plan(client)
        server_channels = await client.list_channels()
        local, complete, state = await asyncio.to_thread(self._here, client.base_url)
        planner = self._planner(client)
        return planner.plan(local, server_channels, state, server_url=client.base_url, local_complete=complete)

    async def apply(
        self, plan: SyncPlan, client: ServerClient | None = None, progress: Progress | None = None
    ) -> SyncReport:
        if client is None:
            async with self.open_client() as client:
                return await self.apply(plan, client, progress)
        return await apply_plan(
            plan,
            planner=self._planner(client),
            client=client,
            channels=ChannelService(self.repo),
            origin=Origin(self.repo.face),
            store=self.state_store,
            progress=progress,
        )

    async def sync(
        self,
        *,
        prefer: Choice | None = None,
        dry_run: bool = False,
        progress: Progress | None = None,
        copy_others: bool = False,
        send_anyway: bool = False,
        delete_on_server: Iterable[str] = (),
    ) -> tuple[SyncPlan, SyncReport | None]:
        """Plan, resolve conflicts by ``prefer``, give the consents asked for, apply (unless ``dry_run``),
        over one connection. ``delete_on_server``: names of channels this computer did not create that
        may be deleted on the server."""
        async with self.open_client() as client:
            plan = await self.plan(client)
            if prefer:
                plan = plan.prefer(prefer)
            if copy_others:
                plan = plan.agree(Consent.COPY_HERE)
            if send_anyway:
                plan = plan.agree(Consent.SEND_ANYWAY)
            names = set(delete_on_server)
            if names:
                plan = plan.agree(Consent.DELETE_THERE, names)
            if dry_run:
                return plan, None
            return plan, await self.apply(plan, client, progress)

    async def push(self, channel_id: str) -> str:
        """Sends one synced channel's change to the server now (a rotated secret), as a sync would and with
        its bookkeeping; answers what came of it ("" when the channel is not synced here)."""
        if channel_id not in await asyncio.to_thread(self.server_ids):
            return ""
        try:
            async with self.open_client() as client:
                plan = await self.plan(client)
                mine = tuple(
                    item
                    for item in plan.items
                    if item.local_id == channel_id and isinstance(item, UpdateOnServer) and not item.waiting
                )
                if not mine:
                    return msg("the server already has it, or it waits for the next sync: nothing was sent")
                report = await self.apply(replace(plan, items=mine), client)
        except (NotLoggedIn, ServerError) as error:
            return msg("not sent to the server: {error}", error=error)
        if report.failed:
            return msg("not sent to the server: {error}", error=report.failed[0][1])
        return msg("sent to the server")

    # --- test through the server ---

    def server_ids(self) -> dict[str, str]:
        """Local id → server id of every channel synced with the current server."""
        profile = self.profiles.load()
        if profile is None:
            return {}
        return {link.local_id: link.server_id for link in self.state_store.load(profile.base_url).links.values()}

    async def test(
        self, channel: Channel, *, message: str | None = None, username: str | None = None
    ) -> DeliveryResult:
        """Ask the server to send a test through ``channel``; raises NotLoggedIn or, when the
        channel was never synced, NotSynced."""
        server_id = self.server_ids().get(channel.id)
        if server_id is None:
            raise NotSynced(msg("'{name}' is not on the server yet: sync first", name=channel.name))
        async with self.open_client() as client:
            return await ask_server_to_test(client, server_id, channel, message=message, username=username)


@cache
def _system_trust() -> ssl.SSLContext:
    """The system trust store, loaded once per process (loading it takes tens of milliseconds)."""
    return default_ssl_context()


def _token_info(token: str | None) -> TokenInfo | None:
    try:
        return decode_token(token) if token else None
    except NotAToken:
        return None


def _connected(profile: ServerProfile, info: TokenInfo | None, count: int) -> str:
    who = info.describe() if info else msg("an opaque token")
    return msg(
        "connected to {base_url} ({dialect}) as {who}; {count} channel(s) on the server",
        base_url=profile.base_url,
        dialect=profile.dialect,
        who=who,
        count=count,
    )
