package vn.khien.registers.application;

import java.util.List;

/** An agency's to-do list from its registers, each part short (the full lists are one click away). */
public record AgencyTodo(
        String agencyCode,
        TodoCounts counts,
        List<CredentialRow> credentials,
        List<ItPlanRow> exceptions,
        List<AttestationRow> attestations,
        List<StaffRow> belowTarget,
        int windowDays) {}
