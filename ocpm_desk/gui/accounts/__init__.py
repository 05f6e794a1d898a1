"""Login, new password and the idle lock."""
