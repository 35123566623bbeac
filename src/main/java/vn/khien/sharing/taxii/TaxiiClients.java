package vn.khien.sharing.taxii;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.khien.identity.ApiClient;
import vn.khien.sharing.application.TaxiiReader;

/** The API token a TAXII call carries (identity's TAXII chain admits nothing else). */
final class TaxiiClients {

    private TaxiiClients() {}

    static TaxiiReader current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ApiClient client) {
            return new TaxiiReader(client.organisationCode(), client.actor());
        }
        throw new AccessDeniedException("TAXII is for API tokens");
    }
}
