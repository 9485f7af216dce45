"""The windows and widgets. They call services and never touch the database themselves."""
