"""Order intake: importing the paid orders of the online counter, and the quarantine of what cannot be read."""
