"""singlelist: one traceable list of designated terrorist organisations and sanctioned
parties, built from every authority's own published list, and a screening engine over it."""

__version__ = "0.1.0"
