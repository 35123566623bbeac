package vn.khien.compliance.domain;

/** A pack that cannot be used as written; the message says where and why. */
public class PackFormatException extends RuntimeException {

    public PackFormatException(String message) {
        super(message);
    }
}
