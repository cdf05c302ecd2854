"""The model manager dialog."""
