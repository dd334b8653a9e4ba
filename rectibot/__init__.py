"""rectibot: read inspection rectification notices, answer questions about them, remind chats."""

__version__ = "0.1.0"
