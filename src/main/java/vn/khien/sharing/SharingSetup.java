package vn.khien.sharing;

import java.util.List;
import java.util.UUID;
import vn.khien.incidents.Tlp;

/**
 * Sets sharing up for a province (the demo uses it): collections and grants, received STIX documents
 * loaded as if pulled, and the review of an incident's indicators. Each call checks access as the
 * pages do: the coordinator opens, grants, loads and approves; the response team proposes.
 */
public interface SharingSetup {

    /** Opens a collection in an API root ({@code province}, {@code national}, {@code peers}). */
    UUID openCollection(String apiRoot, String title, boolean outbound);

    void grant(UUID collection, String organisationCode, boolean canRead, boolean canWrite);

    /** Stores the objects of a STIX bundle or TAXII envelope in an inbound collection; returns how many. */
    int receive(UUID collection, String json);

    long propose(String incidentReference, ReportingStage stage, List<String> observables, String note);

    /** Approves a proposal into an outbound collection; {@code audience} for TLP:AMBER and AMBER+STRICT. */
    int approve(long request, Tlp tlp, List<String> audience, UUID collection);
}
