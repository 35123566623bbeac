package vn.khien.assessments.domain;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface FindingRepository extends ListCrudRepository<Finding, UUID> {}
