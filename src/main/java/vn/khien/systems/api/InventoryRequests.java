package vn.khien.systems.api;

import java.time.LocalDate;
import vn.khien.systems.AssetKind;
import vn.khien.systems.ProductOrigin;
import vn.khien.systems.ServiceKind;

/** The small bodies of the inventory API; the application checks their fields. */
final class InventoryRequests {

    private InventoryRequests() {}

    /** {@code POST /api/v1/systems/{code}/assets}: a single IP becomes a /32 or /128 range. */
    /**
     * {@code POST /api/v1/systems/{code}/assets}: {@code confirmOverlap} is the coordinator's decision
     * that an asset overlapping another agency's asset is shared (issue 15).
     */
    record AssetRequest(AssetKind kind, String value, Boolean confirmOverlap) {

        boolean confirmed() {
            return Boolean.TRUE.equals(confirmOverlap);
        }
    }

    /** {@code POST /api/v1/systems/{code}/arrangements}: no {@code providerCode} means in-house. */
    record ArrangementRequest(ServiceKind service, String providerCode, LocalDate from, LocalDate to) {}

    record ProductRequest(String product, String vendor, String category, ProductOrigin origin, String justification) {}

    record DossierRequest(Integer proposedLevel, String justification) {}

    record AppraiseRequest(String opinion) {}

    record ApproveRequest(String decisionNumber, LocalDate decisionDate, String approverCode) {}

    record ReturnRequest(String reasons) {}

    record WithdrawRequest(String reason) {}
}
