"""Analysing text: tokens, sentences, lemmas, and the NER models (spaCy for English, Natasha for Russian)."""
