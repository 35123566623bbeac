package vn.khien.demo;

/**
 * One part of the demo province. Each part loads through its module's public API, so the demo obeys
 * the same rules and audit as real data.
 */
interface DemoDataset {

    /** Parts load in ascending order: agencies before the users that belong to them. */
    int order();

    void load();
}
