package vn.khien.registers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.khien.shared.spreadsheet.PreparedExport;
import vn.khien.shared.spreadsheet.SheetLayout;
import vn.khien.shared.web.Downloads;

/** A register list's download, named after its sheet's Vietnamese title (whatever the reader's language) and day. */
@Component
class RegisterDownloads {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final Clock clock;

    RegisterDownloads(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** {@code format} is {@code xlsx} or {@code csv}; {@code writer} is told whether CSV is wanted. */
    ResponseEntity<StreamingResponseBody> export(
            SheetLayout sheet, String format, Function<Boolean, PreparedExport> writer) {
        return Downloads.export(sheetName(sheet), LocalDate.now(clock), format, writer.apply(format.equals("csv")));
    }

    String sheetName(SheetLayout sheet) {
        return messages.getMessage(sheet.sheetNameKey(), null, VIETNAMESE);
    }
}
