package vn.khien.sharing.application;

import java.util.List;
import java.util.UUID;
import vn.khien.incidents.Tlp;

/**
 * The coordinator's approval: the TLP the objects carry, the organisations an AMBER share reaches (one
 * for AMBER+STRICT), whether the incident's summary and its agency are shared or redacted, and the
 * outbound collection they go to.
 */
public record ShareDecision(
        Tlp tlp, List<String> audience, boolean summaryShared, boolean agencyNamed, UUID collection) {}
