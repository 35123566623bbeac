package vn.khien.assessments.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface PlanRepository extends ListCrudRepository<Plan, UUID> {

    Optional<Plan> findByAgencyCodeAndYear(String agencyCode, int year);
}
