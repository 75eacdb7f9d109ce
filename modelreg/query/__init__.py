"""Queries over records: search (ranking and matchers), filters, sorting and value parsers."""
