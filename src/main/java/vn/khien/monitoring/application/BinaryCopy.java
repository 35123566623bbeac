package vn.khien.monitoring.application;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.postgresql.copy.CopyIn;
import vn.khien.monitoring.domain.IpAddresses;

/**
 * Rows in PostgreSQL's binary COPY format, sent to the server as they are written (in 64 KiB chunks).
 * The server then stores dates, times, UUIDs and addresses as given instead of parsing their text,
 * which is a good part of its work per alert. Layouts are those of the types' send/receive functions.
 */
final class BinaryCopy {

    private static final byte[] HEADER = {
        'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
    };
    private static final int CHUNK = 1 << 16;
    private static final long POSTGRES_EPOCH_SECOND = 946_684_800L; // 2000-01-01T00:00:00Z
    private static final long POSTGRES_EPOCH_DAY = 10_957L;
    private static final byte AF_INET = 2;
    private static final byte AF_INET6 = 3;

    private final CopyIn copy;
    private byte[] buffer = new byte[CHUNK * 2];
    private int length;

    BinaryCopy(CopyIn copy) throws SQLException {
        this.copy = copy;
        bytes(HEADER);
    }

    BinaryCopy row(int fields) throws SQLException {
        if (length >= CHUNK) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
        int16(fields);
        return this;
    }

    /** Text without NUL, which PostgreSQL text cannot hold. */
    BinaryCopy text(String value) {
        if (value == null) {
            return nothing();
        }
        byte[] utf8 =
                (value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "")).getBytes(StandardCharsets.UTF_8);
        int32(utf8.length);
        bytes(utf8);
        return this;
    }

    BinaryCopy date(LocalDate day) {
        return sized(4, day.toEpochDay() - POSTGRES_EPOCH_DAY);
    }

    /** Microseconds since 2000-01-01 UTC; a finer fraction is cut. */
    BinaryCopy timestamp(Instant instant) {
        return sized(
                8,
                Math.multiplyExact(instant.getEpochSecond() - POSTGRES_EPOCH_SECOND, 1_000_000L)
                        + instant.getNano() / 1000);
    }

    BinaryCopy uuid(UUID uuid) {
        int32(16);
        int64(uuid.getMostSignificantBits());
        int64(uuid.getLeastSignificantBits());
        return this;
    }

    BinaryCopy smallint(Integer value) {
        return value == null ? nothing() : sized(2, value);
    }

    BinaryCopy integer(Integer value) {
        return value == null ? nothing() : sized(4, value);
    }

    BinaryCopy bigint(Long value) {
        return value == null ? nothing() : sized(8, value);
    }

    /** An address as {@link IpAddresses#normalise} gives it: a host address, never a network. */
    BinaryCopy inet(String address) {
        byte[] octets = address == null ? null : IpAddresses.octets(address);
        if (octets == null) {
            return nothing();
        }
        int32(4 + octets.length);
        ensure(4);
        buffer[length++] = octets.length == 4 ? AF_INET : AF_INET6;
        buffer[length++] = (byte) (octets.length * 8);
        buffer[length++] = 0; // not a cidr
        buffer[length++] = (byte) octets.length;
        bytes(octets);
        return this;
    }

    /** Ends the COPY: the number of rows the server took. */
    long finish() throws SQLException {
        int16(-1);
        copy.writeToCopy(buffer, 0, length);
        length = 0;
        return copy.endCopy();
    }

    private BinaryCopy nothing() {
        int32(-1);
        return this;
    }

    /** A field of a fixed-size number: its length, then the number. */
    private BinaryCopy sized(int bytes, long value) {
        int32(bytes);
        bigEndian(value, bytes);
        return this;
    }

    private void int16(int value) {
        bigEndian(value, 2);
    }

    private void int32(int value) {
        bigEndian(value, 4);
    }

    private void int64(long value) {
        bigEndian(value, 8);
    }

    private void bigEndian(long value, int bytes) {
        ensure(bytes);
        for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
            buffer[length++] = (byte) (value >>> shift);
        }
    }

    private void bytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
