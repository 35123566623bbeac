package vn.khien.systems.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.khien.systems.AssetKind;
import vn.khien.systems.ProductOrigin;
import vn.khien.systems.ServiceKind;

/** The small forms of the system and dossier pages; the application checks their fields. */
final class InventoryForms {

    private InventoryForms() {}

    /** {@code confirmOverlap}: the coordinator records an asset shared with another agency's system. */
    record AssetForm(AssetKind kind, String value, Boolean confirmOverlap) {

        boolean confirmed() {
            return Boolean.TRUE.equals(confirmOverlap);
        }
    }

    record ProductForm(String product, String vendor, String category, ProductOrigin origin, String justification) {}

    record ArrangementForm(
            ServiceKind service,
            String providerCode,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {}

    record DossierForm(Integer proposedLevel, String justification) {}

    record AppraiseForm(String opinion) {}

    record ApproveForm(
            String decisionNumber,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
            String approverCode) {}

    record ReturnForm(String reasons) {}

    record WithdrawForm(String reason) {}
}
