"""Pure text utilities every layer may use: normalising text, Markdown escaping, slugs, dates, transliteration."""
