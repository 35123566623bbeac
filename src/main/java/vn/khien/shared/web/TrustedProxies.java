package vn.khien.shared.web;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Behind a TLS proxy: {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed only from the
 * proxy addresses listed in {@code khien.web.trusted-proxies}; from anyone else they are ignored, so a
 * client cannot claim to be the machine itself or to have come over TLS. Tomcat applies them, so the
 * client address, {@code isSecure()} (HSTS, {@code Secure} session cookie) and redirects all follow.
 * Boot's own proxy detection stays off ({@code server.forward-headers-strategy: none}): on a cloud
 * platform it would trust every private address.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final List<String> addresses;

    TrustedProxies(@Value("${khien.web.trusted-proxies:}") List<String> addresses) {
        this.addresses =
                addresses.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (addresses.isEmpty()) {
            return;
        }
        RemoteIpValve valve = new RemoteIpValve();
        // exact addresses, not Tomcat's default of every private range
        valve.setInternalProxies(addresses.stream().map(Pattern::quote).collect(Collectors.joining("|")));
        valve.setTrustedProxies("");
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        factory.addEngineValves(valve);
    }
}
