package vn.khien.registers.application;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.khien.identity.AccessPolicy;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.systems.KeySystemProduct;
import vn.khien.systems.ProductOrigin;
import vn.khien.systems.SystemDirectory;

/**
 * The domestic-products roll-up (Directive 14/CT-TTg): security products on an agency's level 3+ and
 * e-government systems, domestic against foreign, with the justification of each foreign one. The
 * products themselves are kept by the systems module; this only reads them through its facade.
 */
@Service
public class DomesticProducts {

    private final SystemDirectory systems;
    private final AccessPolicy access;

    DomesticProducts(SystemDirectory systems, AccessPolicy access) {
        this.systems = systems;
        this.access = access;
    }

    public record RollUp(
            long domestic, long foreign, long foreignWithoutJustification, List<KeySystemProduct> products) {}

    public RollUp of(String agencyCode) {
        if (!RegisterAccess.ENTRIES.allows(access.currentViewer(), agencyCode)) {
            throw new ObjectNotFoundException("agency", agencyCode);
        }
        var products = systems.keySystemProducts(agencyCode);
        long domestic = products.stream()
                .filter(p -> p.origin() == ProductOrigin.DOMESTIC)
                .count();
        long unjustified = products.stream()
                .filter(p -> p.origin() == ProductOrigin.FOREIGN)
                .filter(p -> p.justification() == null || p.justification().isBlank())
                .count();
        return new RollUp(domestic, products.size() - domestic, unjustified, products);
    }
}
