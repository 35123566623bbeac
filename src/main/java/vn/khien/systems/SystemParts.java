package vn.khien.systems;

import java.time.LocalDate;
import java.util.List;

/** What one imported system is made of, for {@link SystemBulkImport#importParts}; lists keep their order. */
public record SystemParts(
        String systemCode,
        List<SystemDetails.ComponentLine> components,
        List<Asset> assets,
        List<Product> products,
        List<Arrangement> arrangements,
        List<Dossier> dossiers) {

    public SystemParts {
        components = List.copyOf(components);
        assets = List.copyOf(assets);
        products = List.copyOf(products);
        arrangements = List.copyOf(arrangements);
        dossiers = List.copyOf(dossiers);
    }

    public record Asset(AssetKind kind, String value) {}

    /** {@code justification}: why a foreign product was chosen. */
    public record Product(String product, String vendor, String category, ProductOrigin origin, String justification) {}

    /** {@code providerCode} empty: the service is arranged in-house. */
    public record Arrangement(ServiceKind service, String providerCode, LocalDate validFrom, LocalDate validTo) {}

    /** A level dossier as it stood, numbered from 1 in list order; the decision only once approved. */
    public record Dossier(
            int proposedLevel,
            String justification,
            DossierStatus status,
            String appraisalOpinion,
            String appraisedBy,
            SystemDetails.DecisionLine decision) {}
}
