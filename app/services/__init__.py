"""QObjects that run store and API work as asyncio tasks and report through signals."""
