package vn.khien.monitoring.application;

import org.springframework.stereotype.Component;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.AgencyKind;
import vn.khien.identity.ApiClient;

/**
 * Who a token or syslog source sends for. Providers and agencies report only on the systems they
 * serve; the coordinator's own sensors watch the whole province.
 */
@Component
public class Senders {

    private final AgencyDirectory agencies;

    Senders(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    public AlertIntake.Sender of(ApiClient client) {
        return new AlertIntake.Sender(
                client.organisationCode(), client.tokenId(), restricted(client.organisationCode()));
    }

    public AlertIntake.Sender ofSource(String organisation) {
        return new AlertIntake.Sender(organisation, null, restricted(organisation));
    }

    private boolean restricted(String organisation) {
        return agencies.find(organisation)
                .map(a -> a.kind() != AgencyKind.COORDINATOR)
                .orElse(true);
    }
}
