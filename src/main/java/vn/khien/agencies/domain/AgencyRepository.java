package vn.khien.agencies.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface AgencyRepository extends ListCrudRepository<Agency, Long> {

    boolean existsByCode(String code);

    Optional<Agency> findByCode(String code);

    List<Agency> findAllByCodeIn(Collection<String> codes);
}
