"""Debian's Postfix with Dovecot SASL on 127.0.0.1: the mail server a company runs, not a double.

A throwaway instance per test session: Dovecot's auth service checks a passwd-file (and logs each
failed login, with its delay between failures), Postfix offers STARTTLS with a trustme certificate,
AUTH only after it, 8BITMIME, and discards what it accepts. Needs root and the Debian packages
postfix and dovecot-core (``tools/system-deps.sh`` installs them); elsewhere the tests skip, and with
``PINGTOWER_DESKTOP_REQUIRE_REAL_PEERS=1`` (CI) they fail instead.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import trustme

USERNAME = "alerts@example.com"
PASSWORD = "company-mail-password-71"
POSTFIX_MASTER = "/usr/lib/postfix/sbin/master"
QUEUE_DIRS = ("active", "bounce", "corrupt", "defer", "deferred", "flush", "hold", "incoming", "private")
QUEUE_DIRS += ("saved", "trace", "maildrop", "public")
#: The daemons Postfix needs to take a message and discard it (master.cf; none chrooted).
SERVICES = """\
{listen} inet n - n - - smtpd
pickup unix n - n 60 1 pickup
cleanup unix n - n - 0 cleanup
qmgr unix n - n 300 1 qmgr
tlsmgr unix - - n 1000? 1 tlsmgr
rewrite unix - - n - - trivial-rewrite
bounce unix - - n - 0 bounce
defer unix - - n - 0 bounce
trace unix - - n - 0 bounce
verify unix - - n - 1 verify
flush unix n - n 1000? 0 flush
proxymap unix - - n - - proxymap
error unix - - n - - error
retry unix - - n - - error
discard unix - - n - - discard
anvil unix - - n - 1 anvil
scache unix - - n - 1 scache
postlog unix-dgram n - n - 1 postlogd
"""


@dataclass
class MailServer:
    port: int
    ca_file: str
    folder: Path

    def failed_logins(self) -> int:
        """Failed logins Dovecot has counted (each one costs the client its auth_failure_delay)."""
        return (self.folder / "dovecot.log").read_text(errors="replace").count("Password mismatch")

    def accepted(self) -> int:
        """Messages Postfix took and discarded."""
        log = self.folder / "postfix.log"
        return log.read_text(errors="replace").count("status=sent") if log.exists() else 0


def _missing() -> str | None:
    if os.geteuid() != 0:
        return "Postfix and Dovecot are started as root"
    for tool in (POSTFIX_MASTER, shutil.which("dovecot")):
        if not tool or not os.path.exists(tool):
            return "needs the Debian packages postfix and dovecot-core (tools/system-deps.sh installs them)"
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _dovecot_conf(folder: Path) -> str:
    return f"""base_dir = {folder}/dovecot-run
state_dir = {folder}/dovecot-state
log_path = {folder}/dovecot.log
protocols =
listen = 127.0.0.1
ssl = no
auth_verbose = yes
auth_mechanisms = plain login
disable_plaintext_auth = no
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {folder}/users
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home=/nonexistent
}}
service auth {{
  unix_listener {folder}/auth {{
    mode = 0666
  }}
}}
"""


def _postfix_main(folder: Path) -> str:
    return f"""compatibility_level = 3.6
queue_directory = {folder}/spool
data_directory = {folder}/data
mail_owner = postfix
setgid_group = postdrop
myhostname = mail.example.test
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
default_transport = discard:accepted by a test server
relay_transport = discard:accepted by a test server
local_transport = discard:accepted by a test server
maillog_file = {folder}/postfix.log
maillog_file_prefixes = {folder}
smtpd_tls_cert_file = {folder}/cert.pem
smtpd_tls_key_file = {folder}/cert.pem
smtpd_tls_security_level = may
smtpd_tls_auth_only = yes
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = {folder}/auth
smtpd_relay_restrictions = permit_sasl_authenticated, reject
"""


def _start(folder: Path) -> MailServer:
    folder.chmod(0o755)  # Postfix's and Dovecot's own users read their files here
    ca = trustme.CA()
    ca.issue_cert("127.0.0.1", "localhost").private_key_and_cert_chain_pem.write_to_path(str(folder / "cert.pem"))
    ca.cert_pem.write_to_path(str(folder / "ca.pem"))
    (folder / "users").write_text(f"{USERNAME}:{{PLAIN}}{PASSWORD}\n")
    for name in ("dovecot-run", "dovecot-state", "postfix", "data"):
        (folder / name).mkdir()
    shutil.chown(folder / "data", "postfix")
    spool = folder / "spool"
    (spool / "pid").mkdir(parents=True)
    for name in QUEUE_DIRS:
        (spool / name).mkdir()
        shutil.chown(spool / name, "postfix", "postdrop" if name in ("maildrop", "public") else None)
        (spool / name).chmod({"maildrop": 0o730, "public": 0o710}.get(name, 0o700))
    (folder / "dovecot.conf").write_text(_dovecot_conf(folder))
    port = _free_port()
    (folder / "postfix" / "main.cf").write_text(_postfix_main(folder))
    (folder / "postfix" / "master.cf").write_text(SERVICES.format(listen=f"127.0.0.1:{port}"))
    subprocess.run(["dovecot", "-c", str(folder / "dovecot.conf")], check=True, timeout=30)
    subprocess.run([POSTFIX_MASTER, "-c", str(folder / "postfix"), "-w"], check=True, timeout=30)
    deadline = time.monotonic() + 15
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    return MailServer(port, str(folder / "ca.pem"), folder)


def _stop(folder: Path) -> None:
    pid_file = folder / "spool" / "pid" / "master.pid"
    if pid_file.exists():
        with contextlib.suppress(ProcessLookupError, ValueError):
            os.kill(int(pid_file.read_text().split()[0]), signal.SIGTERM)
    subprocess.run(["dovecot", "-c", str(folder / "dovecot.conf"), "stop"], timeout=30, capture_output=True)


@pytest.fixture(scope="session")
def postfix_server() -> Iterator[MailServer]:
    reason = _missing()
    if reason:
        if os.environ.get("PINGTOWER_DESKTOP_REQUIRE_REAL_PEERS"):
            pytest.fail(reason)
        pytest.skip(reason)
    folder = Path(tempfile.mkdtemp(prefix="pingtower-postfix-", dir="/tmp"))
    try:
        yield _start(folder)
    finally:
        _stop(folder)
        shutil.rmtree(folder, ignore_errors=True)
