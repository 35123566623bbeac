package vn.khien.registers.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface AttestationRepository extends ListCrudRepository<Attestation, Long> {}
