"""The program's plain data: what the services return and accept, what the exporters and
the interface read. Frozen dataclasses and named tuples over the domain's vocabulary; no
database, no Qt, no behaviour beyond what a value says of itself."""
