"""Campaign Studio: write email campaigns offline and publish them to an email service provider."""

__version__ = "0.1.0"
