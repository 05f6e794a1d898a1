"""The caseworker's screens: queues, the order, its dialogs."""
