"""Keeping watch over the channels: scheduled checks (nothing sent) and canary tests (a labelled message
really sent), each channel's health (OK, failing since when and why, unknown), alerts when a channel
breaks or recovers. Qt-free: the CLI's ``watch`` and the app share it, one of them running the schedule
at a time (a lock), the other showing its state.
"""
