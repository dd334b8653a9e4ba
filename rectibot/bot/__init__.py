"""Application wiring: configuration, the Telegram application, the scheduler and the command line."""
