package vn.khien.agencies.domain;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import vn.khien.agencies.FocalPointRole;

public interface FocalPointRepository extends ListCrudRepository<FocalPoint, Long> {

    /** The open term of the agency's focal point in that role, if any. */
    Optional<FocalPoint> findByAgencyCodeAndRoleAndValidToIsNull(String agencyCode, FocalPointRole role);
}
