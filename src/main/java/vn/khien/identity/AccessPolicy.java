package vn.khien.identity;

/**
 * Server-side access decisions for every module: which agencies the signed-in user may see. A module
 * filters its queries by {@link #currentScope()} and answers 404 for objects outside it.
 */
public interface AccessPolicy {

    AgencyScope currentScope();

    boolean currentUserHas(Role role);

    /** The machine calling with an API token, if the current request is one. */
    java.util.Optional<ApiClient> currentApiClient();

    /**
     * The organisation the signed-in person or machine acts for (a user's agency or organisation, an
     * API token's organisation), if any: used where being named as a party gives access.
     */
    java.util.Optional<String> currentOrganisationCode();
}
