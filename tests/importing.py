"""Importing in tests as the command line does: every entry the plan can import, written as the CLI's change."""

from __future__ import annotations

from pingtower_desktop.channel_service import ChannelService
from pingtower_desktop.importexport import ImportDone, ImportEntry, plan_import
from pingtower_desktop.storage.oplog import Origin
from pingtower_desktop.storage.repository import ChannelRepository


def import_entries(repo: ChannelRepository, entries: list[ImportEntry]) -> ImportDone:
    return ChannelService(repo).import_channels(plan_import(repo, entries), None, origin=Origin(repo.face)).value
