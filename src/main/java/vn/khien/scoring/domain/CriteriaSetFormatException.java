package vn.khien.scoring.domain;

/** A criteria set file that cannot be used, with a message naming the place that is wrong. */
public class CriteriaSetFormatException extends RuntimeException {

    public CriteriaSetFormatException(String message) {
        super(message);
    }
}
