"""The application layer: every use case that writes, each in one transaction (docs/architecture.md)."""
