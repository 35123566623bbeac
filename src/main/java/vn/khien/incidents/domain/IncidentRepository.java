package vn.khien.incidents.domain;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface IncidentRepository extends ListCrudRepository<Incident, Long> {

    Optional<Incident> findByReference(String reference);
}
