"""The Processing algorithms of the dipmix provider, one per server process."""
