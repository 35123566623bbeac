package vn.khien.scoring.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface SubmissionRepository extends ListCrudRepository<Submission, Long> {

    Optional<Submission> findByCampaignAndAgencyCode(long campaign, String agencyCode);

    List<Submission> findByCampaign(long campaign);
}
