/**
 * Incident response (Decision 05/2017/QĐ-TTg, Circular 20/2017/TT-BTTTT): intake by form, API and
 * from alerts, the response workflow, parties, tasks, the timeline, regulatory clocks from the
 * policy packs and the official forms 03, 04 and 05.
 *
 * <p>Owns: incidents with their responders, named viewers (RED), parties, tasks, indicators, files,
 * clocks and timeline; the taxonomy of incident types; generated form versions. Publishes: {@link
 * vn.khien.incidents.IncidentReported}, {@link vn.khien.incidents.IncidentClassified}, {@link
 * vn.khien.incidents.IncidentClosed}, {@link vn.khien.incidents.IncidentClockMissed}, {@link
 * vn.khien.incidents.IncidentChanged}; its facts for other modules' SQL in {@link
 * vn.khien.incidents.facts.IncidentFacts} (named interface {@code facts}): the incident clocks and the
 * Form 05 summaries made, read by compliance. Offers:
 * the API values {@link vn.khien.incidents.IncidentStatus}, {@link vn.khien.incidents.Tlp}, {@link
 * vn.khien.incidents.Pap}, {@link vn.khien.incidents.IncidentSeverity}. Declares the port {@link
 * vn.khien.incidents.IncidentClockPolicy} (with {@link vn.khien.incidents.IncidentClockRule} and {@link
 * vn.khien.incidents.SeriousIncidentTest}), which the compliance module implements from its policy
 * packs: incidents does not depend on compliance.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Incidents",
        allowedDependencies = {
            "agencies",
            "agencies :: facts",
            "identity",
            "monitoring",
            "systems",
            "systems :: facts",
            "shared"
        })
package vn.khien.incidents;
