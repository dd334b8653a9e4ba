"""What handlers get from the application: a typed callback context carrying the use cases' services."""

from __future__ import annotations

from typing import Any

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from usecases.services import Services, Settings

__all__ = ["CONTEXT_TYPES", "Context", "Services", "Settings", "services"]


class Context(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """The context of every handler and job (PTB's ContextTypes): the application's services, typed."""

    @property
    def services(self) -> Services:
        """The use cases' services, kept once in bot_data by the composition root."""
        found = self.bot_data["services"]
        assert isinstance(found, Services)
        return found


CONTEXT_TYPES = ContextTypes(context=Context)


def services(context: Context) -> Services:
    """The application's services (bot_data["services"])."""
    return context.services
