package vn.khien.shared.facts;

/**
 * The PostgreSQL types published views use, named as {@code information_schema.columns.data_type}
 * reports them. Lengths and precisions are left out on purpose: a reader depends on the kind of value,
 * and widening a column in the publisher's table must not break the contract.
 */
public enum SqlType {
    VARCHAR("character varying"),
    TEXT("text"),
    SMALLINT("smallint"),
    INTEGER("integer"),
    BIGINT("bigint"),
    NUMERIC("numeric"),
    BOOLEAN("boolean"),
    DATE("date"),
    TIMESTAMPTZ("timestamp with time zone"),
    UUID("uuid");

    private final String catalogueName;

    SqlType(String catalogueName) {
        this.catalogueName = catalogueName;
    }

    /** The name {@code information_schema.columns.data_type} gives the type. */
    public String catalogueName() {
        return catalogueName;
    }
}
