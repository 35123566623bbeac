package vn.khien.systems.application;

import java.util.List;

/** Which level criteria the facts meet, the lowest level they suggest, and whether to warn. */
public record LevelAdvice(List<Criterion> criteria, int minimumLevel, boolean proposedTooLow) {

    /** One Decree 85 criterion met: its explanation's message key and the level it implies. */
    public record Criterion(String messageKey, int minimumLevel) {}
}
