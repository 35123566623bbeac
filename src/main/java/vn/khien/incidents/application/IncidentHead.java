package vn.khien.incidents.application;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.khien.agencies.AccountableHead;
import vn.khien.agencies.AccountableHeads;
import vn.khien.shared.ProvinceZone;

/**
 * The head of the owning agency on the day the incident was detected (Vietnam calendar day): the one
 * answerable to the provincial Chairman for the loss of security (seed letter 5620/UBND-CT, Mục 1 ý 2;
 * Decree 85/2016 Art. 20 cl. 1 a). Asked only with a view the user may already see.
 */
@Service
public class IncidentHead {

    private final AccountableHeads heads;

    IncidentHead(AccountableHeads heads) {
        this.heads = heads;
    }

    public Shown of(IncidentView incident) {
        LocalDate day = incident.detectedAt().atZone(ProvinceZone.get()).toLocalDate();
        return Shown.of(day, heads.on(incident.agencyCode(), day));
    }

    /** What the page shows; {@code personName} is null when no head is recorded for the day. */
    public record Shown(LocalDate day, String personName, String position) {

        static Shown of(LocalDate day, Optional<AccountableHead> head) {
            return head.map(h -> new Shown(day, h.personName(), h.position())).orElse(new Shown(day, null, null));
        }

        public boolean recorded() {
            return personName != null;
        }
    }
}
