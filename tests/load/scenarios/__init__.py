"""One locustfile per load scenario: baseline, cache_test, batch_test, stress_test."""
