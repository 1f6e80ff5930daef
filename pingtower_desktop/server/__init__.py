"""Talking to a PingTower server: the REST client in both dialects, login, and two-way sync."""
