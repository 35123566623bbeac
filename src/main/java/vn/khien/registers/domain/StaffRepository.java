package vn.khien.registers.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface StaffRepository extends ListCrudRepository<Staff, Long> {}
