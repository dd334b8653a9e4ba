"""What people read: the catalogues, chat and console renderings, the ledger export, error wording,
and pictures (charts.py: the ledger at a glance, matplotlib with a shipped CJK font; no Telegram, no SQL)."""
