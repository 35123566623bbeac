package vn.khien.agencies;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Looks agencies up for other modules. */
public interface AgencyDirectory {

    Optional<AgencySummary> find(String code);

    /** Names of the given agencies by code, in one lookup; unknown codes are left out. */
    Map<String, String> namesOf(Collection<String> codes);

    /** Active agencies in Vietnamese name order, for choosing one in a form. */
    List<AgencySummary> listActive();

    /**
     * Active agencies whose code or name contains the text, accents and case ignored ("hue" finds
     * "Huế"), in name order, at most {@code limit}: among {@code codes} and the organisations of
     * {@code kinds} only, unless {@code everyAgency}. Backs the type-ahead pickers, so that a province
     * of 20,000 agencies never sends them all to a page.
     */
    List<AgencySummary> searchActive(
            String text, boolean everyAgency, Collection<String> codes, Set<AgencyKind> kinds, int limit);

    /** The organisation's licence and mandate to assess, as recorded now; empty if the code is unknown. */
    Optional<AssessorCredentials> credentials(String code);

    /** The agency and all units below it in the hierarchy; empty if the code is unknown. */
    Set<String> codesWithin(String code);
}
