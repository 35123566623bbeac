/**
 * The compliance engine: turns the directive and the decrees into a live list of what each agency and
 * system must do, by when, and whether it is done.
 *
 * <p>Owns: versioned policy packs (YAML under {@code compliance/packs}, versions kept in the database),
 * dated authorities, rule kinds, obligations and waivers, the deadline calendar (pages and a private
 * iCalendar feed per user) and the daily compliance snapshots behind the trend chart. Reads other modules' data only through
 * their published facts (read-only views described in each module's {@code facts} named interface, e.g.
 * {@link vn.khien.systems.facts.SystemFacts}), one SQL statement per rule over the whole province; a rule
 * whose view does not exist yet is "not evaluated", never met. Publishes:
 * {@link vn.khien.compliance.WaiverGranted}. Offers: {@link vn.khien.compliance.ObligationStatus}
 * and {@link vn.khien.compliance.SubjectType} as API values, {@link vn.khien.compliance.Authorities}
 * (who holds a role on a day) and {@link vn.khien.compliance.ObligationReminders} (what is due soon or
 * overdue on a day, for the notifications' digest). Implements the port {@link
 * vn.khien.incidents.IncidentClockPolicy} that incidents declares (the incident clocks and the
 * serious-incident test in force on a day, from the packs), so compliance depends on incidents and
 * never the other way round. Declares the port {@link vn.khien.compliance.DatedDuties}: dated duties
 * other modules own (scoring's self-assessment closing date) shown in the calendar, its feed and the
 * digest without compliance depending on them. Reads {@link vn.khien.sharing.NationalExchange} to show,
 * beside layer 4's declared connection, whether the exchange with the national centre works.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Compliance",
        allowedDependencies = {
            "agencies",
            "agencies :: facts",
            "assessments",
            "assessments :: facts",
            "identity",
            "incidents",
            "incidents :: facts",
            "registers",
            "registers :: facts",
            "sharing",
            "sharing :: facts",
            "systems",
            "systems :: facts",
            "shared"
        })
package vn.khien.compliance;
