"""The audit trail: search, the chain's verification and its witness."""
