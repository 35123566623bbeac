package vn.khien.registers.domain;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface CredentialRepository extends ListCrudRepository<Credential, Long> {

    List<Credential> findByAgencyCode(String agencyCode);
}
