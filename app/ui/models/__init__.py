"""Item models of the window's lists."""
