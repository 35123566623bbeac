package vn.khien.monitoring.application;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** IPv6 ranges are few on provincial networks: a linear scan over them is enough. */
final class Ipv6Ranges {

    private Ipv6Ranges() {}

    static SystemTarget find(List<Object[]> ranges, String ip) {
        BigInteger address = value(ip);
        if (address == null) {
            return null;
        }
        SystemTarget best = null;
        int bestBits = -1;
        for (Object[] range : ranges) {
            String cidr = (String) range[0];
            int slash = cidr.indexOf('/');
            BigInteger network = value(slash < 0 ? cidr : cidr.substring(0, slash));
            int bits = slash < 0 ? 128 : Integer.parseInt(cidr.substring(slash + 1));
            if (network != null
                    && bits > bestBits
                    && address.shiftRight(128 - bits).equals(network.shiftRight(128 - bits))) {
                best = (SystemTarget) range[1];
                bestBits = bits;
            }
        }
        return best;
    }

    private static BigInteger value(String ip) {
        if (ip.indexOf(':') < 0) {
            return null;
        }
        try {
            return new BigInteger(1, InetAddress.getByName("[" + ip + "]").getAddress());
        } catch (UnknownHostException | IllegalArgumentException e) {
            return null;
        }
    }
}
