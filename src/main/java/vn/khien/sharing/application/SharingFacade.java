package vn.khien.sharing.application;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.khien.incidents.Tlp;
import vn.khien.sharing.ReportingStage;
import vn.khien.sharing.SharingSetup;

/** {@link SharingSetup} over the module's services, with their access checks. */
@Service
class SharingFacade implements SharingSetup {

    private final CollectionManagement collections;
    private final BundleImport imports;
    private final ShareReview review;

    SharingFacade(CollectionManagement collections, BundleImport imports, ShareReview review) {
        this.collections = collections;
        this.imports = imports;
        this.review = review;
    }

    @Override
    public UUID openCollection(String apiRoot, String title, boolean outbound) {
        return collections.open(apiRoot, title, null, outbound ? "OUTBOUND" : "INBOUND");
    }

    @Override
    public void grant(UUID collection, String organisationCode, boolean canRead, boolean canWrite) {
        collections.grant(collection, organisationCode, canRead, canWrite);
    }

    @Override
    public int receive(UUID collection, String json) {
        return imports.receive(collection, json).stored();
    }

    @Override
    public long propose(String incidentReference, ReportingStage stage, List<String> observables, String note) {
        return review.propose(incidentReference, stage, observables, note);
    }

    @Override
    public int approve(long request, Tlp tlp, List<String> audience, UUID collection) {
        return review.approve(request, new ShareDecision(tlp, audience, false, false, collection));
    }
}
