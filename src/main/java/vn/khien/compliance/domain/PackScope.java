package vn.khien.compliance.domain;

import java.util.List;

/**
 * Who a pack's texts leave out, as data: owner kinds whose systems (and who, as agencies) the pack's
 * rules do not apply to, with the legal basis (each text's Article 1). A rule may name its own
 * {@code excludeOwnerKinds} instead.
 */
public record PackScope(List<String> excludeOwnerKinds, Text basis) {

    public static final PackScope NONE = new PackScope(List.of(), null);

    public PackScope {
        excludeOwnerKinds = List.copyOf(excludeOwnerKinds);
    }
}
