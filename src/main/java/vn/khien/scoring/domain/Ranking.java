package vn.khien.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Standard competition ranking (ranks 1 2 2 4 for two tied second places): an entry's rank is one more than the number of
 * strictly higher scores, so equal scores share a rank and the next rank skips the tied places. No
 * tie is broken: the criteria set names no tie-break rule, and a made-up one would rank agencies on
 * something the province never decided.
 */
public final class Ranking {

    private Ranking() {}

    /** The ranks of the scores, in the order given. */
    public static List<Integer> ranks(List<BigDecimal> scores) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> scores.get(i)).reversed());
        Integer[] ranks = new Integer[scores.size()];
        for (int position = 0; position < order.size(); position++) {
            int index = order.get(position);
            boolean tied = position > 0 && scores.get(order.get(position - 1)).compareTo(scores.get(index)) == 0;
            ranks[index] = tied ? ranks[order.get(position - 1)] : position + 1;
        }
        return List.of(ranks);
    }
}
