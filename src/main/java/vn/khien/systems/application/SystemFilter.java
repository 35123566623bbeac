package vn.khien.systems.application;

import java.util.Set;
import vn.khien.systems.DossierStatus;
import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemType;

/**
 * Filters of the system list; null (or empty) means "any". {@code sort}: name (default), code or
 * level. {@code dossiers}: only systems with a level dossier in one of these steps (the home page's
 * "dossiers to decide" opens the list with this filter, so its count and the list agree).
 */
public record SystemFilter(
        String text,
        SystemType type,
        Integer level,
        SystemStatus status,
        String ownerCode,
        String sort,
        Set<DossierStatus> dossiers) {

    public SystemFilter(
            String text, SystemType type, Integer level, SystemStatus status, String ownerCode, String sort) {
        this(text, type, level, status, ownerCode, sort, Set.of());
    }

    public SystemFilter {
        dossiers = dossiers == null ? Set.of() : Set.copyOf(dossiers);
    }
}
