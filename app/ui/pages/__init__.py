"""The window's section pages: draft lists beside their editor, and the later sections."""
