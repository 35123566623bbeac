package vn.khien.identity;

/**
 * Server-side access decisions for every module: which agencies the signed-in user may see. A module
 * filters its queries by the viewer's scope (declared with {@link vn.khien.shared.RowAccess}) and answers
 * 404 for objects outside it.
 */
public interface AccessPolicy {

    AgencyScope currentScope();

    boolean currentUserHas(Role role);

    /** The signed-in person or machine, with roles, scope, actor name and organisation, read once. */
    Viewer currentViewer();

    /** The machine calling with an API token, if the current request is one. */
    java.util.Optional<ApiClient> currentApiClient();
}
