"""Locust load tests for query-gateway (see tests/load/README.md)."""
