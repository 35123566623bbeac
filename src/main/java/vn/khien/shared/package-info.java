/**
 * Open kernel every module may use.
 *
 * <p>Owns: the clock, paging, problem details for the API, the embedded PostgreSQL, the web layout
 * (navigation, language, error pages, home page). Publishes: nothing. Offers: {@link
 * vn.khien.shared.AuditableEvent} (publish one to have a change written to the audit trail), {@link
 * vn.khien.shared.NavigationLink} and {@link vn.khien.shared.HomeCard} (how a module shows itself in
 * the shell), {@link vn.khien.shared.PageResponse} (the API list shape), {@code shared.spreadsheet}
 * (registry templates, imports, reports and exports in XLSX/CSV; see docs/spreadsheets.md) and
 * {@code shared.files} (the content-addressed store for uploaded files).
 */
@org.springframework.modulith.ApplicationModule(
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package vn.khien.shared;
