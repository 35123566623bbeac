package vn.khien.scoring;

/**
 * Where a yearly evaluation campaign stands: prepared ({@code OPEN}), agencies answering until the
 * closing date ({@code SELF_ASSESSMENT}), the coordinator checking ({@code VERIFICATION}), the ranking
 * public ({@code PUBLISHED}); or given up before publication ({@code CANCELLED}).
 */
public enum CampaignState {
    OPEN,
    SELF_ASSESSMENT,
    VERIFICATION,
    PUBLISHED,
    CANCELLED
}
