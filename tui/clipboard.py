"""Copy text: the terminal's clipboard (OSC 52, works over SSH) and, where one exists, the local one."""
from __future__ import annotations


def local_copy(text: str) -> str | None:
    """Copy with pyperclip; return None on success or the reason it could not copy."""
    try:
        import pyperclip
        pyperclip.copy(text)
    except Exception as exc:  # pyperclip raises its own types, or OSError when no tool exists
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return None
