package vn.khien.identity;

import java.util.Optional;

/**
 * Server-side access decisions for every module: which agencies the signed-in user may see. A module
 * filters its queries by the viewer's scope (declared with {@link vn.khien.shared.RowAccess}) and answers
 * 404 for objects outside it.
 */
public interface AccessPolicy {

    /** The signed-in person or machine, with roles, scope, actor name and organisation, read once a request. */
    Viewer currentViewer();

    /** The machine calling with an API token, if the current request is one. */
    Optional<ApiClient> currentApiClient();

    default AgencyScope currentScope() {
        return currentViewer().scope();
    }

    default boolean currentUserHas(Role role) {
        return currentViewer().holds(role);
    }
}
