package vn.khien.agencies.domain;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface AgencyRepository extends ListCrudRepository<Agency, Long> {

    boolean existsByCode(String code);

    Optional<Agency> findByCode(String code);
}
