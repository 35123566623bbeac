package vn.khien.sharing.stix;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An observable an indicator is built from: an IPv4 or IPv6 address or network, a domain, a URL or a
 * file hash. {@link #parse} recognises which from the text alone and refuses anything else, so a
 * pattern is never built from text that is not what it claims to be.
 */
public record Observable(Kind kind, String value) {

    public enum Kind {
        IPV4("ipv4-addr"),
        IPV6("ipv6-addr"),
        DOMAIN("domain-name"),
        URL("url"),
        MD5("file"),
        SHA1("file"),
        SHA256("file"),
        SHA512("file");

        private final String scoType;

        Kind(String scoType) {
            this.scoType = scoType;
        }

        public String scoType() {
            return scoType;
        }
    }

    private static final Pattern IPV4 =
            Pattern.compile("^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
    private static final Pattern IPV6_CHARS = Pattern.compile("^[0-9a-f:.]{2,45}$");
    private static final Pattern HEX = Pattern.compile("^[0-9a-f]+$");
    private static final Pattern LABEL = Pattern.compile("^(?!-)[a-z0-9-]{1,63}(?<!-)$");

    /** The observable {@code raw} is, normalised (lower case, no surrounding blanks), or empty. */
    public static Optional<Observable> parse(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 2048) {
            return Optional.empty();
        }
        String text = raw.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("ftp://")) {
            return url(text);
        }
        if (HEX.matcher(lower).matches()) {
            return switch (lower.length()) {
                case 32 -> Optional.of(new Observable(Kind.MD5, lower));
                case 40 -> Optional.of(new Observable(Kind.SHA1, lower));
                case 64 -> Optional.of(new Observable(Kind.SHA256, lower));
                case 128 -> Optional.of(new Observable(Kind.SHA512, lower));
                default -> Optional.empty();
            };
        }
        String[] network = lower.split("/", -1);
        if (network.length <= 2) {
            Optional<Integer> prefix = network.length == 2 ? prefix(network[1]) : Optional.of(-1);
            if (prefix.isEmpty()) {
                return Optional.empty();
            }
            if (IPV4.matcher(network[0]).matches()) {
                return prefix.get() <= 32 ? Optional.of(new Observable(Kind.IPV4, lower)) : Optional.empty();
            }
            if (network[0].contains(":")) {
                return ipv6(network[0]) && prefix.get() <= 128
                        ? Optional.of(new Observable(Kind.IPV6, lower))
                        : Optional.empty();
            }
        }
        return domain(lower);
    }

    /** The STIX pattern that matches this observable (STIX 2.1 §9). */
    public String pattern() {
        return switch (kind) {
            case IPV4, IPV6 ->
                value.contains("/")
                        ? "[%s:value ISSUBSET '%s']".formatted(kind.scoType, value)
                        : "[%s:value = '%s']".formatted(kind.scoType, value);
            case DOMAIN, URL -> "[%s:value = '%s']".formatted(kind.scoType, escaped(value));
            case MD5, SHA1, SHA256, SHA512 -> "[file:hashes.'%s' = '%s']".formatted(hashName(), value);
        };
    }

    /** The cyber-observable object, with its deterministic id. */
    public ObjectNode sco() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", kind.scoType);
        String contributing;
        if (kind.scoType.equals("file")) {
            contributing = "{\"hashes\":{\"%s\":\"%s\"}}".formatted(hashName(), value);
        } else {
            contributing =
                    "{\"value\":\"%s\"}".formatted(value.replace("\\", "\\\\").replace("\"", "\\\""));
        }
        node.put("spec_version", "2.1");
        node.put("id", StixIds.observable(kind.scoType, contributing));
        if (kind.scoType.equals("file")) {
            node.putObject("hashes").put(hashName(), value);
        } else {
            node.put("value", value);
        }
        return node;
    }

    private String hashName() {
        return switch (kind) {
            case MD5 -> "MD5";
            case SHA1 -> "SHA-1";
            case SHA256 -> "SHA-256";
            default -> "SHA-512";
        };
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("'", "\\'");
    }

    private static Optional<Integer> prefix(String text) {
        if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }

    private static boolean ipv6(String text) {
        if (!IPV6_CHARS.matcher(text).matches()) {
            return false;
        }
        try {
            // a literal of hex digits, colons and dots only: parsed, never looked up
            return InetAddress.getByName(text) instanceof java.net.Inet6Address;
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }

    private static Optional<Observable> domain(String text) {
        String name = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2
                || ascii.length() > 253
                || IPV4_LIKE.matcher(ascii).matches()) {
            return Optional.empty();
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(new Observable(Kind.DOMAIN, name));
    }

    private static final Pattern IPV4_LIKE = Pattern.compile("^[0-9.]+$");

    private static Optional<Observable> url(String text) {
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null || text.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
                return Optional.empty();
            }
            return Optional.of(new Observable(Kind.URL, text));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
