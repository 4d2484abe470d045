"""DSAR Desk: answer GDPR data subject requests on time, offline."""

__version__ = "0.1.0"
