"""Data the program did not receive from a user: the example the welcome page and
``irev-desktop demo`` load (``demo``, shipped), and the generated archive of many years
that tests, benchmarks and ``irev-desktop generate-archive`` use (``generator``, built
by ``builder`` from ``vocabulary``; ``large_meeting`` for the benchmarks).

Built through the services (and, for the bulk archive, the models); the layers below
the interface never import this package (an import-linter contract)."""
