package vn.khien.systems;

/**
 * A security product in use on a level 3+ or e-government system (Directive 14/CT-TTg prefers domestic
 * products there), with the owner agency and, for a foreign product, its justification (null if none).
 */
public record KeySystemProduct(
        String agencyCode,
        String systemCode,
        String systemName,
        Integer approvedLevel,
        SystemType systemType,
        boolean eGovernment,
        String product,
        String vendor,
        ProductOrigin origin,
        String justification) {}
