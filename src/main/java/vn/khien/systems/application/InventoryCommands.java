package vn.khien.systems.application;

import java.time.LocalDate;
import vn.khien.systems.AssetKind;
import vn.khien.systems.ProductOrigin;
import vn.khien.systems.ServiceKind;

/**
 * The small inputs of a system's and a dossier's pages, bound as the page's form and as the body of the
 * matching {@code /api/v1/systems/{code}/…} route alike. The application checks their fields, so that
 * both answer the same messages; hence no constraint annotations here.
 */
public final class InventoryCommands {

    private InventoryCommands() {}

    /**
     * An asset of the system; a single IP becomes a /32 or /128 range. {@code confirmOverlap}: the
     * coordinator records an asset shared with another agency's system (issue 15).
     */
    public record AddAsset(AssetKind kind, String value, Boolean confirmOverlap) {

        public boolean confirmed() {
            return Boolean.TRUE.equals(confirmOverlap);
        }
    }

    public record AddProduct(
            String product, String vendor, String category, ProductOrigin origin, String justification) {}

    /** Who serves the system; no {@code providerCode} means in-house. */
    public record Arrange(ServiceKind service, String providerCode, LocalDate from, LocalDate to) {}

    public record ProposeLevel(Integer proposedLevel, String justification) {}

    public record Appraise(String opinion) {}

    public record Approve(String decisionNumber, LocalDate decisionDate, String approverCode) {}

    public record GiveBack(String reasons) {}

    public record Withdraw(String reason) {}
}
