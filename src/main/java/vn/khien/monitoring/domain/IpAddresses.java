package vn.khien.monitoring.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** IP literals only — never a name lookup — in PostgreSQL's {@code inet} text form. */
public final class IpAddresses {

    private IpAddresses() {}

    /** The address normalised, or null when the text is not an IPv4 or IPv6 literal. */
    public static String normalise(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return null;
        }
        String s = text.strip();
        if (s.indexOf(':') >= 0) {
            InetAddress v6 = ipv6(s);
            return v6 == null ? null : v6.getHostAddress();
        }
        long v4 = ipv4(s);
        return v4 < 0 ? null : (v4 >>> 24) + "." + ((v4 >>> 16) & 255) + "." + ((v4 >>> 8) & 255) + "." + (v4 & 255);
    }

    /** The 4 or 16 octets of an address {@link #normalise} gave, or null when the text is not one. */
    public static byte[] octets(String address) {
        if (address.indexOf(':') < 0) {
            long v4 = ipv4(address);
            return v4 < 0 ? null : new byte[] {(byte) (v4 >>> 24), (byte) (v4 >>> 16), (byte) (v4 >>> 8), (byte) v4};
        }
        InetAddress v6 = ipv6(address);
        return v6 == null ? null : v6.getAddress();
    }

    /** The IPv4 address as a number, or -1. */
    public static long ipv4(String s) {
        long value = 0;
        int parts = 0;
        int digits = 0;
        int part = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '.';
            if (c == '.') {
                if (digits == 0 || part > 255 || ++parts > 4) {
                    return -1;
                }
                value = value << 8 | part;
                digits = 0;
                part = 0;
            } else if (c >= '0' && c <= '9' && digits < 3) {
                part = part * 10 + (c - '0');
                digits++;
            } else {
                return -1;
            }
        }
        return parts == 4 ? value : -1;
    }

    private static InetAddress ipv6(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
                return null;
            }
        }
        try {
            // a text with ':' is taken as an IPv6 literal: no name service is asked
            return InetAddress.getByName("[" + s + "]");
        } catch (UnknownHostException | IllegalArgumentException e) {
            return null;
        }
    }
}
