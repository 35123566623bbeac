package vn.khien.systems;

import java.util.List;

/**
 * Imports an inventory kept elsewhere in bulk (coordinator only): the systems first, checked all
 * together, then what each system is made of.
 */
public interface SystemBulkImport {

    /**
     * Creates or updates the systems by code in one transaction; if any row is bad nothing is imported
     * and every problem is reported. Publishes {@link SystemRegistered}, {@link SystemLevelApproved} and
     * one {@link SystemsImported}, as the registry spreadsheet does.
     */
    ImportResult importAll(List<SystemDetails> rows);

    /**
     * Adds the components, network assets, security products, service arrangements and past level
     * dossiers of systems already imported, written in batches as they were kept before (an inventory
     * moved in, not changes made here): no per-row event, no audit entry, no overlap check. Call it in
     * the transaction of {@link #importAll}, whose {@link SystemsImported} refreshes the readers of
     * assets after commit.
     */
    void importParts(List<SystemParts> parts);
}
