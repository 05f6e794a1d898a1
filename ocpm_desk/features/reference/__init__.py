"""Reference data: the catalogue of services and postal products, the letterhead and the database settings."""
