package vn.khien.monitoring.syslog;

import java.net.InetAddress;
import java.util.List;
import vn.khien.monitoring.domain.IpAddresses;

/** The registered senders: an address belongs to the first source whose range holds it. */
final class SyslogSources {

    private final List<SyslogSettings.Source> sources;

    SyslogSources(List<SyslogSettings.Source> sources) {
        this.sources = sources;
    }

    /** The organisation the address sends for, or null when it is no registered source. */
    String organisationOf(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (SyslogSettings.Source source : sources) {
            if (contains(source.network(), bytes)) {
                return source.organisation();
            }
        }
        return null;
    }

    private static boolean contains(String cidr, byte[] address) {
        int slash = cidr.indexOf('/');
        String literal = IpAddresses.normalise(slash < 0 ? cidr : cidr.substring(0, slash));
        byte[] network;
        try {
            network = literal == null ? null : InetAddress.getByName(literal).getAddress(); // a literal: no lookup
        } catch (java.net.UnknownHostException e) {
            network = null;
        }
        if (network == null) {
            return false;
        }
        if (network.length != address.length) {
            return false;
        }
        int bits = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
        for (int i = 0; i < network.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xFF : (0xFF << (8 - bits)) & 0xFF;
            if ((network[i] & mask) != (address[i] & mask)) {
                return false;
            }
        }
        return true;
    }
}
