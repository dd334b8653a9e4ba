"""Telegram handlers: read the Update, call notices/store, format the reply. Nothing else."""
