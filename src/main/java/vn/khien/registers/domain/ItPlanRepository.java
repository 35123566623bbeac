package vn.khien.registers.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface ItPlanRepository extends ListCrudRepository<ItPlan, Long> {}
