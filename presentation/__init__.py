"""What people read: the catalogues, chat and console renderings, the ledger export, error wording."""
