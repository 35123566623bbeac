package vn.khien.assessments.domain;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface AssessmentRepository extends ListCrudRepository<Assessment, UUID> {}
