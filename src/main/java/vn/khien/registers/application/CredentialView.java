package vn.khien.registers.application;

import java.time.LocalDate;
import java.util.List;
import vn.khien.registers.CredentialStatus;

/** One credential with its dated history and the statuses it may move to. */
public record CredentialView(
        CredentialRow credential, Long staffId, List<Step> history, List<CredentialStatus> next, boolean mayEdit) {

    public record Step(CredentialStatus from, CredentialStatus to, LocalDate on, String reason) {}
}
