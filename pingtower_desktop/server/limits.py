"""How much one server's listing may bring (light: the window reads it without loading the server client)."""

#: The most channels one listing may bring unless the user allows more: a sync writes a file entry and a
#: keyring item for each, and a server (hostile, or just shared by many) could otherwise ask for any number.
MAX_CHANNELS = 1000
#: JSON objects a channel may bring (itself, its configuration, headers …): a listing holding more than
#: this many per allowed channel is refused while it is parsed, not after.
OBJECTS_PER_CHANNEL = 8
