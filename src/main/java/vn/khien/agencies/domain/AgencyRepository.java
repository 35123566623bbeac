package vn.khien.agencies.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface AgencyRepository extends ListCrudRepository<Agency, Long> {

    boolean existsByCode(String code);
}
