package vn.khien.incidents.domain;

import java.util.List;
import org.springframework.data.repository.Repository;

/** The incidents' timelines: entries are appended and read, never changed (no update or delete here). */
public interface TimelineRepository extends Repository<TimelineEntry, Long> {

    <S extends TimelineEntry> S save(S entry);

    <S extends TimelineEntry> List<S> saveAll(Iterable<S> entries);

    /** One incident's timeline in the order it was written. */
    List<TimelineEntry> findByIncidentOrderById(Long incident);
}
