"""The service layer: the only place where sources, the pure pipeline and the
store are wired together (poll, retry, demo)."""
