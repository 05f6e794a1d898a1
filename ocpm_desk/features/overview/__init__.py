"""The overview: counts of orders by status and of the queues."""
