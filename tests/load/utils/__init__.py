"""Helpers shared by the locustfiles: query data, the validating user base class, /metrics reading.

Kept free of imports so that `python -m tests.load.utils.metrics_collector` does not pull in locust.
"""
