"""The workstation settings dialog."""
