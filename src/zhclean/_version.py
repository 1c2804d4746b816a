"""The package version, in a module of its own: low-level modules (the disk cache keys
tables by it) can name it without importing the package, which imports everything."""

__version__ = "0.1.0"
