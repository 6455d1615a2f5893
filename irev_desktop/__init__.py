"""IREV Desktop: the governance records of a French public-interest group, offline."""

__version__ = "0.1.0"
APP_NAME = "IREV Desktop"
