package vn.khien.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON request bodies read strictly where leniency stored nonsense: a date is an ISO
 * {@code yyyy-MM-dd} string with a four-digit year, never a bare number (Jackson's lenient default read
 * {@code -1} as the epoch day 31/12/1969) nor a signed year PostgreSQL cannot store; a string with a NUL character is refused like a request parameter with one
 * ({@link InputBinding}). Both answer 400 naming the field.
 */
@Component
class StrictJsonInput implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.addModule(new SimpleModule("khien-strict-input")
                .addDeserializer(String.class, new NulRefusing())
                .addDeserializer(LocalDate.class, new IsoDate()));
    }

    /** Jackson's own string reading, then the NUL rule. */
    static final class NulRefusing extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (InputBinding.contain(text)) {
                throw InvalidFormatException.from(parser, "text contains a NUL character (U+0000)", text, String.class);
            }
            return text;
        }
    }

    /** A date only as a {@code yyyy-MM-dd} string with a four-digit year ({@link InputDates}). */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString();
            try {
                return InputDates.iso(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date yyyy-MM-dd");
            }
        }
    }
}
