package vn.khien.systems.domain;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface InformationSystemRepository extends ListCrudRepository<InformationSystem, Long> {

    Optional<InformationSystem> findByCode(String code);

    boolean existsByCode(String code);
}
