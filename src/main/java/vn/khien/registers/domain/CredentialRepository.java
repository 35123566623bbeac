package vn.khien.registers.domain;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface CredentialRepository extends ListCrudRepository<Credential, Long> {

    @Query("SELECT EXISTS (SELECT 1 FROM registers.credential WHERE issuer = :issuer AND certificate_serial = :serial)")
    boolean serialTaken(String issuer, String serial);
}
