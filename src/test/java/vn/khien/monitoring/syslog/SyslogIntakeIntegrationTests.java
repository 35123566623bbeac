package vn.khien.monitoring.syslog;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.monitoring.application.AlertIntake;
import vn.khien.monitoring.application.Senders;
import vn.khien.support.KhienIntegrationTest;

/** The syslog server on free ports, started by the test inside the shared application context. */
@KhienIntegrationTest
class SyslogIntakeIntegrationTests {

    @Autowired
    AlertIntake intake;

    @Autowired
    Senders senders;

    @Autowired
    JdbcClient jdbc;

    @Test
    void framesTcpByOctetCountingAndByLine() {
        EmbeddedChannel channel = new EmbeddedChannel(new SyslogFrames());
        channel.writeInbound(
                Unpooled.copiedBuffer("13 <13>1 - - - -\n<14>Nov  5 01:02:03 h app: x\r\n<1", StandardCharsets.UTF_8));
        assertThat((String) channel.readInbound()).isEqualTo("<13>1 - - - -");
        assertThat((String) channel.readInbound())
                .as("the LF after a counted frame")
                .isEmpty();
        assertThat((String) channel.readInbound()).isEqualTo("<14>Nov  5 01:02:03 h app: x");
        assertThat((Object) channel.readInbound()).isNull();
    }

    @Test
    void storesMessagesFromARegisteredSourceOverUdpAndTcpAndIgnoresOthers() throws Exception {
        String marker = "syslogtest" + System.nanoTime();
        var settings = LoopbackSyslog.settings("H57.08");
        SyslogServer server = new SyslogServer(settings, intake, senders);
        server.start();
        try {
            byte[] udp = ("<34>Oct 11 22:14:15 web01 sshd: " + marker + " udp").getBytes(StandardCharsets.UTF_8);
            try (DatagramSocket socket = new DatagramSocket()) {
                socket.send(new DatagramPacket(udp, udp.length, InetAddress.getLoopbackAddress(), server.udpPort()));
            }
            String framed = "<13>1 2026-11-25T01:02:03Z web02 app - - - " + marker + " tcp";
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.tcpPort());
                    OutputStream out = socket.getOutputStream()) {
                out.write((framed.getBytes(StandardCharsets.UTF_8).length + " " + framed)
                        .getBytes(StandardCharsets.UTF_8));
                out.write(("<13>Nov  5 01:02:03 web03 app: " + marker + " lf\n").getBytes(StandardCharsets.UTF_8));
            }
            long deadline = System.currentTimeMillis() + 10_000;
            long stored = 0;
            while (stored < 3 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
                stored = jdbc.sql(
                                "SELECT count(*) FROM monitoring.alert WHERE organisation_code = 'H57.08' AND raw LIKE ?")
                        .param("%" + marker + "%")
                        .query(Long.class)
                        .single();
            }
            assertThat(stored).isEqualTo(3);
        } finally {
            server.stop();
        }
        var other = new SyslogSources(List.of(new SyslogSettings.Source("10.0.0.0/8", "X")));
        assertThat(other.organisationOf(InetAddress.getLoopbackAddress())).isNull();
        assertThat(other.organisationOf(InetAddress.getByName("10.1.2.3"))).isEqualTo("X");
    }
}
