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
        int32(4);
        int32((int) (day.toEpochDay() - POSTGRES_EPOCH_DAY));
        return this;
    }

    /** Microseconds since 2000-01-01 UTC; a finer fraction is cut. */
    BinaryCopy timestamp(Instant instant) {
        int32(8);
        int64(Math.multiplyExact(instant.getEpochSecond() - POSTGRES_EPOCH_SECOND, 1_000_000L)
                + instant.getNano() / 1000);
        return this;
    }

    BinaryCopy uuid(UUID uuid) {
        int32(16);
        int64(uuid.getMostSignificantBits());
        int64(uuid.getLeastSignificantBits());
        return this;
    }

    BinaryCopy smallint(Integer value) {
        if (value == null) {
            return nothing();
        }
        int32(2);
        int16(value);
        return this;
    }

    BinaryCopy integer(Integer value) {
        if (value == null) {
            return nothing();
        }
        int32(4);
        int32(value);
        return this;
    }

    BinaryCopy bigint(Long value) {
        if (value == null) {
            return nothing();
        }
        int32(8);
        int64(value);
        return this;
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

    private void int16(int value) {
        ensure(2);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void int32(int value) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            buffer[length++] = (byte) (value >>> shift);
        }
    }

    private void int64(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
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
