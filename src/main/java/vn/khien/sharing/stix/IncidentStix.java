package vn.khien.sharing.stix;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.khien.incidents.IncidentStatus;
import vn.khien.sharing.ReportingStage;

/**
 * Maps an approved share to STIX 2.1: the TLP marking definition, the producer's identity (every
 * object's {@code created_by_ref}), the agency's identity when it may be named, the incident (with the
 * Incident Core extension), one indicator per observable with its observable, observed data and our
 * sighting, their relationships to the incident, a note, and the stage's grouping (or the closing report).
 * Ids are deterministic, so sharing the next stage makes new versions ({@code modified}) of the same
 * objects.
 */
public final class IncidentStix {

    /** The Incident Core extension (cti-stix-common-objects, incident-core). */
    public static final String INCIDENT_EXTENSION = "extension-definition--ef765651-680c-498d-9894-99799f2fa126";

    private static final String IDENTITY_CREATED = "2026-12-07T00:00:00.000Z";

    private IncidentStix() {}

    public static List<ObjectNode> objects(IncidentShare share) {
        var incident = share.incident();
        String ref = incident.reference();
        TlpMarking marking = TlpMarking.of(share.tlp());
        String now = StixTime.format(share.approvedAt());
        String producer = identityId(share.producer().code());
        String created = StixTime.format(incident.reportedAt());
        Common common = new Common(producer, marking, created.compareTo(now) <= 0 ? created : now, now);

        List<ObjectNode> out = new ArrayList<>();
        out.add(marking.definition());
        if (marking != TlpMarking.CLEAR) {
            out.add(TlpMarking.CLEAR.definition()); // the identities' marking
        }
        out.add(identity(share.producer()));
        String victim = null;
        if (share.agency() != null) {
            victim = identityId(share.agency().code());
            out.add(identity(share.agency()).put("created_by_ref", producer));
        }
        ObjectNode stixIncident = common.sdo("incident", StixIds.of("incident", ref));
        stixIncident.put("name", ref);
        if (share.summaryShared()
                && incident.summary() != null
                && !incident.summary().isBlank()) {
            stixIncident.put("description", incident.summary());
        }
        ObjectNode extension = stixIncident.putObject("extensions").putObject(INCIDENT_EXTENSION);
        extension.put("extension_type", "property-extension");
        extension.put("investigation_status", investigation(incident.status()));
        extension.put("determination", incident.status() == IncidentStatus.REJECTED ? "false-positive" : "confirmed");
        extension.put("criticality", criticality(incident.severity()));
        extension.putArray("incident_types").add(incident.typeCode().toLowerCase(java.util.Locale.ROOT));
        out.add(stixIncident);
        List<String> refs = new ArrayList<>();
        refs.add(stixIncident.get("id").asString());
        if (victim != null) {
            refs.add(victim);
            out.add(common.relationship(ref, stixIncident.get("id").asString(), "targets", victim));
        }
        for (Observable observable : share.observables()) {
            ObjectNode indicator = common.sdo("indicator", StixIds.of("indicator", ref + ":" + observable.pattern()));
            indicator.put("name", observable.value());
            indicator.putArray("indicator_types").add("malicious-activity");
            indicator.put("pattern", observable.pattern());
            indicator.put("pattern_type", "stix");
            indicator.put("pattern_version", "2.1");
            indicator.put("valid_from", StixTime.format(incident.detectedAt()));
            ObjectNode sco = observable.sco();
            sco.putArray("object_marking_refs").add(marking.id());
            ObjectNode observed = common.sdo(
                    "observed-data",
                    StixIds.of("observed-data", ref + ":" + sco.get("id").asString()));
            observed.put("first_observed", StixTime.format(incident.detectedAt()));
            observed.put("last_observed", StixTime.format(incident.detectedAt()));
            observed.put("number_observed", 1);
            observed.putArray("object_refs").add(sco.get("id").asString());
            ObjectNode sighting = common.sdo("sighting", StixIds.of("sighting", ref + ":" + observable.pattern()));
            sighting.put("sighting_of_ref", indicator.get("id").asString());
            sighting.put("first_seen", StixTime.format(incident.detectedAt()));
            sighting.put("count", 1);
            sighting.putArray("observed_data_refs").add(observed.get("id").asString());
            sighting.putArray("where_sighted_refs").add(victim != null ? victim : producer);
            ObjectNode related = common.relationship(
                    ref,
                    indicator.get("id").asString(),
                    "related-to",
                    stixIncident.get("id").asString());
            out.addAll(List.of(sco, observed, indicator, sighting, related));
            refs.addAll(
                    List.of(indicator.get("id").asString(), sighting.get("id").asString()));
        }
        if (share.note() != null && !share.note().isBlank()) {
            ObjectNode note = common.sdo("note", StixIds.of("note", ref + ":" + share.stage() + ":" + now));
            note.put("content", share.note());
            note.putArray("object_refs").add(stixIncident.get("id").asString());
            out.add(note);
            refs.add(note.get("id").asString());
        }
        out.add(stage(share, common, refs));
        return out;
    }

    /** The identity id of an organisation by its registry code (stable across versions). */
    public static String identityId(String organisationCode) {
        return StixIds.of("identity", organisationCode);
    }

    private static ObjectNode stage(IncidentShare share, Common common, List<String> refs) {
        String ref = share.incident().reference();
        String name = ref + " – "
                + share.stage().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        if (share.stage() == ReportingStage.CLOSURE) {
            ObjectNode report = common.sdo("report", StixIds.of("report", ref + ":closure"));
            report.put("name", name);
            report.putArray("report_types").add("threat-report");
            report.put("published", StixTime.format(share.approvedAt()));
            refs.forEach(report.putArray("object_refs")::add);
            return report;
        }
        ObjectNode grouping = common.sdo("grouping", StixIds.of("grouping", ref + ":" + share.stage()));
        grouping.put("name", name);
        grouping.put("context", "suspicious-activity");
        refs.forEach(grouping.putArray("object_refs")::add);
        return grouping;
    }

    /** Organisations are one version: their identity does not change with each share. */
    private static ObjectNode identity(IncidentShare.Organisation organisation) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", "identity");
        node.put("spec_version", "2.1");
        node.put("id", identityId(organisation.code()));
        node.put("created", IDENTITY_CREATED);
        node.put("modified", IDENTITY_CREATED);
        node.put("name", organisation.name());
        node.put("identity_class", "organization");
        node.putArray("sectors").add("government-regional");
        node.putArray("object_marking_refs").add(TlpMarking.CLEAR.id());
        return node;
    }

    private static String investigation(IncidentStatus status) {
        return switch (status) {
            case RECEIVED -> "new";
            case CLOSED, REJECTED -> "closed";
            default -> "open";
        };
    }

    private static int criticality(vn.khien.incidents.IncidentSeverity severity) {
        return switch (severity) {
            case CRITICAL -> 100;
            case HIGH -> 75;
            case MEDIUM -> 50;
            case LOW -> 25;
            case INFO -> 0;
        };
    }

    /** What every object of one share has in common: producer, marking, first and this version's time. */
    private record Common(String producer, TlpMarking marking, String created, String now) {

        ObjectNode sdo(String type, String id) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("type", type);
            node.put("spec_version", "2.1");
            node.put("id", id);
            node.put("created_by_ref", producer);
            node.put("created", created);
            node.put("modified", now);
            node.putArray("object_marking_refs").add(marking.id());
            return node;
        }

        ObjectNode relationship(String ref, String source, String type, String target) {
            ObjectNode node =
                    sdo("relationship", StixIds.of("relationship", ref + ":" + source + ":" + type + ":" + target));
            node.put("relationship_type", type);
            node.put("source_ref", source);
            node.put("target_ref", target);
            return node;
        }
    }
}
