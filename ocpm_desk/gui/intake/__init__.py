"""The intake screen: import a file of orders, the quarantine."""
