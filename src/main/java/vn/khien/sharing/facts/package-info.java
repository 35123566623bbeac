/**
 * The sharing module's published facts: descriptors of the read-only views other modules may query
 * (their DDL is in this module's migrations), checked against the live views by {@code
 * SharingFactsContractTests}.
 */
@org.springframework.modulith.NamedInterface("facts")
package vn.khien.sharing.facts;
