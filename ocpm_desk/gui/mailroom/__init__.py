"""The mail room's screens: to print, to ship, appeal deadlines."""
