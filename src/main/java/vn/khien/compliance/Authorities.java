package vn.khien.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Answers "who holds this role on that day" for other modules: who receives the 14 December report,
 * to whom incidents are notified. Reads need no particular role; changes are the coordinator's.
 */
public interface Authorities {

    Optional<AuthorityHolder> holder(AuthorityRole role, LocalDate day);

    /** The holder of every role on the day, in the order of {@link AuthorityRole}. */
    List<AuthorityHolder> holdersOn(LocalDate day);
}
