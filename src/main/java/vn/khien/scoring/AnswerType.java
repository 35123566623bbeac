package vn.khien.scoring;

/**
 * The kind of answer a self-assessed criterion asks for: yes/no (all or nothing), one of ordered
 * levels (points in equal steps from the first to the last), or a number (points in proportion to
 * a target, capped at the maximum).
 */
public enum AnswerType {
    YES_NO,
    LEVEL,
    NUMBER
}
