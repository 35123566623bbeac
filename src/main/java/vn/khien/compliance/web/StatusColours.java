package vn.khien.compliance.web;

import org.springframework.stereotype.Component;
import vn.khien.compliance.ObligationStatus;

/** One colour per obligation status for the calendar and the heat map ({@code @statusColours}). */
@Component("statusColours")
public class StatusColours {

    public String of(ObligationStatus status) {
        if (status == null) {
            return "bg-light";
        }
        return switch (status) {
            case OVERDUE, VIOLATED -> "text-bg-danger";
            case DUE_SOON -> "text-bg-warning";
            case DUE -> "text-bg-info";
            case LATE -> "text-bg-late";
            case NOT_FOLLOWED -> "text-bg-not-followed";
            case MET, WAIVED -> "text-bg-success";
            case NOT_EVALUATED -> "text-bg-secondary";
            case NOT_APPLICABLE -> "text-bg-light";
        };
    }
}
