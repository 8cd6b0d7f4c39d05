"""A local emulator of the provider's Server-to-Server API, run as its own process."""
