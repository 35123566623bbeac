package vn.khien.sharing.application;

/**
 * Who reads or writes over TAXII: the organisation an API token acts for, and the token (the actor the
 * audit trail names).
 */
public record TaxiiReader(String organisationCode, String actor) {}
