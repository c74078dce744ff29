/// The source systems' exports: Libra and BOOK-IT adapters, the spec-driven table-dump reader, mappings.
public enum Exports {}
