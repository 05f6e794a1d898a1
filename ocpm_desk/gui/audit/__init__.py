"""The auditor's screen: the journal, its French texts, the chain's verification."""
