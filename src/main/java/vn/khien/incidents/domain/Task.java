package vn.khien.incidents.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.incidents.PartyKind;

/** Work to do in the response, owned by a person or a party, with a due date. */
@Table(schema = "incidents", name = "incident_task")
public record Task(UUID ref, String title, String owner, PartyKind partyKind, LocalDate dueOn, Instant doneAt) {

    Task done(Instant at) {
        return new Task(ref, title, owner, partyKind, dueOn, at);
    }
}
