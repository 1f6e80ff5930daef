"""The channel editor: a form generated from the channel type's declaration, plus Send test."""
