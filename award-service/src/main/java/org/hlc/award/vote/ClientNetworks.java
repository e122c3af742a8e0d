package org.hlc.award.vote;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The /24 (IPv4) or /48 (IPv6) block of an address: what votes record instead of the address. */
final class ClientNetworks {
    private ClientNetworks() {
    }

    static String of(String address) {
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 4) {
                return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24";
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 6; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/48").toString();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
