package vn.khien.scoring.domain;

import org.springframework.data.repository.ListCrudRepository;
import vn.khien.scoring.CampaignState;

public interface CampaignRepository extends ListCrudRepository<Campaign, Long> {

    /** Whether the year already has a campaign of the set that is not cancelled (one query, not a scan). */
    boolean existsByYearAndSetCodeAndStateNot(int year, String setCode, CampaignState state);
}
