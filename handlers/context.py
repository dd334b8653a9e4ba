"""What handlers get from the application: the use cases' services, kept once in bot_data."""

from __future__ import annotations

from telegram.ext import ContextTypes

from usecases.services import Services, Settings

__all__ = ["Services", "Settings", "services"]


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    """The application's services (bot_data["services"])."""
    found = context.bot_data["services"]
    assert isinstance(found, Services)
    return found
