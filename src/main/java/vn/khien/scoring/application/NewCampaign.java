package vn.khien.scoring.application;

import java.time.LocalDate;

/** A campaign to create: the year, the set (its newest version), a title and the cut-off (default 31/12). */
public record NewCampaign(Integer year, String setCode, String title, LocalDate cutOff) {}
