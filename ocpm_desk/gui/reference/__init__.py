"""The reference data screen (read only)."""
