/**
 * The demo province (Huế): its agencies, focal points and heads, users, information systems,
 * assessments, registers, alerts and incidents, loaded when the demo is enabled ({@code khien.demo},
 * by default with the embedded PostgreSQL only) into a database that has no agency yet.
 *
 * <p>Owns: nothing stored of its own; the demo files under {@code src/main/resources/demo}. Publishes:
 * nothing. Depends on the other modules' public APIs only (their base packages: registration, import
 * and workflow interfaces such as {@link vn.khien.agencies.AgencyRegistration} or {@link
 * vn.khien.systems.SystemBulkImport}), so the demo obeys the same checks and audit as real data; no
 * production module depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo province",
        allowedDependencies = {
            "agencies",
            "identity",
            "systems",
            "assessments",
            "registers",
            "monitoring",
            "incidents",
            "scoring",
            "reports",
            "sharing",
            "shared"
        })
package vn.khien.demo;
