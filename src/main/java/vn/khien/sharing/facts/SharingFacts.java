package vn.khien.sharing.facts;

import static vn.khien.shared.facts.SqlType.TIMESTAMPTZ;
import static vn.khien.shared.facts.SqlType.UUID;

import java.util.List;
import vn.khien.shared.facts.FactColumn;
import vn.khien.shared.facts.FactView;

/** The views the sharing module publishes. */
public final class SharingFacts {

    /**
     * The national monitoring centre's collections Khiên has pulled from successfully: since when (the
     * first success) and the latest success.
     */
    public static final FactView NATIONAL_EXCHANGE = FactView.of(
            "sharing.published_national_exchange",
            FactColumn.of("remote_source", UUID),
            FactColumn.of("connected_since", TIMESTAMPTZ),
            FactColumn.of("last_success_at", TIMESTAMPTZ));

    public static final List<FactView> ALL = List.of(NATIONAL_EXCHANGE);

    private SharingFacts() {}
}
