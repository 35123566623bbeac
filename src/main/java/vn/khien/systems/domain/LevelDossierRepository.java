package vn.khien.systems.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface LevelDossierRepository extends ListCrudRepository<LevelDossier, Long> {

    List<LevelDossier> findBySystemCodeOrderByNumberDesc(String systemCode);

    Optional<LevelDossier> findBySystemCodeAndNumber(String systemCode, int number);

    @Query("SELECT coalesce(max(number), 0) FROM systems.level_dossier WHERE system_code = :systemCode")
    int lastNumber(String systemCode);

    @Query(
            "SELECT count(*) > 0 FROM systems.level_dossier WHERE system_code = :systemCode AND status NOT IN ('APPROVED', 'WITHDRAWN')")
    boolean hasOpenDossier(String systemCode);
}
