"""Reference data that extraction and resolution both read: the country index, the registry of known entities, offices and ranks."""
