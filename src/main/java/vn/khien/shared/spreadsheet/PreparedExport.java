package vn.khien.shared.spreadsheet;

import java.io.OutputStream;

/**
 * An export whose query and access check are fixed when it is prepared (on the request thread) and
 * whose rows are read and written later, while the response streams.
 */
@FunctionalInterface
public interface PreparedExport {

    void writeTo(OutputStream out);
}
