package vn.khien.shared;

/**
 * A module's part of the demo province. Each module loads its own demo data through its own
 * application services, so the demo obeys the same rules as real data.
 */
public interface DemoDataset {

    /** Datasets load in ascending order: agencies before the users that belong to them. */
    int order();

    /** Whether the module already holds data: the demo loads only into an empty database. */
    boolean hasData();

    void load();
}
