"""Staff accounts: logins, passwords, roles; and what the login dialog needs of the application."""
