package vn.khien.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.khien.scoring.AnswerType;

/**
 * What a self-assessed criterion asks and how an answer becomes points: yes/no gives all or nothing;
 * level {@code i} of {@code n} gives {@code max × i / (n − 1)}; a number gives {@code max × min(value /
 * target, 1)}. Answers are kept as text: {@code YES}/{@code NO}, the level's index, or the number.
 */
public record AnswerScale(AnswerType type, List<LocalizedText> levels, BigDecimal target, LocalizedText unit) {

    public AnswerScale {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    public static AnswerScale yesNo() {
        return new AnswerScale(AnswerType.YES_NO, List.of(), null, null);
    }

    /** Whether the text is an answer this scale accepts. */
    public boolean accepts(String value) {
        if (value == null) {
            return false;
        }
        return switch (type) {
            case YES_NO -> value.equals("YES") || value.equals("NO");
            case LEVEL -> value.matches("\\d{1,2}") && Integer.parseInt(value) < levels.size();
            case NUMBER -> number(value) != null;
        };
    }

    /** The points an accepted answer earns out of {@code max}, to two decimals. */
    public BigDecimal points(BigDecimal max, String value) {
        if (!accepts(value)) {
            return Points.ZERO;
        }
        BigDecimal share = switch (type) {
            case YES_NO -> value.equals("YES") ? BigDecimal.ONE : BigDecimal.ZERO;
            case LEVEL ->
                BigDecimal.valueOf(Integer.parseInt(value))
                        .divide(BigDecimal.valueOf(levels.size() - 1L), 10, RoundingMode.HALF_UP);
            case NUMBER ->
                number(value).divide(target, 10, RoundingMode.HALF_UP).min(BigDecimal.ONE);
        };
        return Points.of(max.multiply(share));
    }

    private static BigDecimal number(String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            return number.signum() < 0 || number.precision() - number.scale() > 9 ? null : number;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
