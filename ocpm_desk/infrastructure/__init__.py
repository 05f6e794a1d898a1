"""The infrastructure: the database (engine, models, migrations, change notifications), the unit of work and the use-
case decorator, PDF typesetting, printing, the keyring, profiles, the configuration.
"""
