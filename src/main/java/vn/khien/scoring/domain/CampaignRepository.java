package vn.khien.scoring.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface CampaignRepository extends ListCrudRepository<Campaign, Long> {}
