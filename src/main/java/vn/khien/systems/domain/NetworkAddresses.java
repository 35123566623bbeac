package vn.khien.systems.domain;

import java.net.IDN;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.khien.shared.InvalidInputException;
import vn.khien.systems.AssetKind;

/**
 * Parses and normalises network assets. Everything is decided from the text alone: no name is ever
 * resolved (an IPv6 literal is parsed by the JDK, which resolves nothing for text that starts with a hex
 * digit or a colon and contains a colon — the only text handed to it).
 */
public final class NetworkAddresses {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6_TEXT = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F:.]*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LABEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

    private NetworkAddresses() {}

    /** The value in its normal form, or an {@link InvalidInputException} on field {@code value}. */
    public static String normalise(AssetKind kind, String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw invalid("systems.asset.error.value-required");
        }
        return switch (kind) {
            case CIDR -> cidr(value);
            case HOSTNAME -> hostname(value, false);
            case DOMAIN -> hostname(value, true);
        };
    }

    static String cidr(String value) {
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        String prefixText = slash < 0 ? null : value.substring(slash + 1);
        byte[] bytes = address.contains(":") ? ipv6(address) : ipv4(address);
        int bits = bytes.length * 8;
        int prefix = bits;
        if (prefixText != null) {
            if (!prefixText.matches("\\d{1,3}") || Integer.parseInt(prefixText) > bits) {
                throw invalid("systems.asset.error.prefix");
            }
            prefix = Integer.parseInt(prefixText);
        }
        if (!hostBitsClear(bytes, prefix)) {
            throw invalid("systems.asset.error.host-bits");
        }
        return format(bytes) + "/" + prefix;
    }

    private static byte[] ipv4(String address) {
        var m = IPV4.matcher(address);
        if (!m.matches()) {
            throw invalid("systems.asset.error.cidr");
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = m.group(i + 1);
            int octet = Integer.parseInt(part);
            if (octet > 255 || (part.length() > 1 && part.startsWith("0"))) {
                throw invalid("systems.asset.error.cidr"); // leading zeros read as octal by some tools
            }
            bytes[i] = (byte) octet;
        }
        return bytes;
    }

    private static byte[] ipv6(String address) {
        if (!IPV6_TEXT.matcher(address).matches() || address.length() > 45) {
            throw invalid("systems.asset.error.cidr");
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (!(parsed instanceof Inet6Address)) {
                throw invalid("systems.asset.error.cidr"); // an IPv4-mapped address: write it as IPv4
            }
            return parsed.getAddress();
        } catch (UnknownHostException e) {
            throw invalid("systems.asset.error.cidr");
        }
    }

    private static boolean hostBitsClear(byte[] bytes, int prefix) {
        for (int bit = prefix; bit < bytes.length * 8; bit++) {
            if ((bytes[bit / 8] & (0x80 >> (bit % 8))) != 0) {
                return false;
            }
        }
        return true;
    }

    private static String format(byte[] bytes) {
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 16; i += 2) {
            text.append(i == 0 ? "" : ":")
                    .append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
        }
        return text.toString();
    }

    /** RFC 1123 names; Vietnamese internationalised names are stored in their ASCII (punycode) form. */
    static String hostname(String value, boolean domain) {
        String name = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw invalid(domain ? "systems.asset.error.domain" : "systems.asset.error.hostname");
        }
        String[] labels = ascii.split("\\.", -1);
        boolean valid = !ascii.isEmpty() && ascii.length() <= 253;
        for (String label : labels) {
            valid &= LABEL.matcher(label).matches();
        }
        if (valid && domain) {
            valid = labels.length >= 2
                    && TOP_LABEL.matcher(labels[labels.length - 1]).matches();
        }
        if (valid && !domain) {
            valid = !labels[labels.length - 1].matches("\\d+"); // an IP address is a CIDR asset
        }
        if (!valid) {
            throw invalid(domain ? "systems.asset.error.domain" : "systems.asset.error.hostname");
        }
        return ascii;
    }

    private static InvalidInputException invalid(String key) {
        return new InvalidInputException("value", key);
    }
}
