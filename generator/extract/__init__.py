"""Finding mentions in one article: people and roles, countries, organisations, agreements, places, events; generated titles."""
