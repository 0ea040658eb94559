"""mailbot: a support-inbox triage bot for refund and cancellation requests."""

__version__ = "0.1.0"
