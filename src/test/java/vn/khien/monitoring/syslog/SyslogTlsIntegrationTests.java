package vn.khien.monitoring.syslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.monitoring.application.AlertIntake;
import vn.khien.monitoring.application.Senders;
import vn.khien.support.KhienIntegrationTest;

/** Syslog over TLS with a self-signed certificate made by openssl for the test. */
@KhienIntegrationTest
class SyslogTlsIntegrationTests {

    @Autowired
    AlertIntake intake;

    @Autowired
    Senders senders;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @Test
    void storesMessagesSentOverTlsAndClosesAPlainTextSenderOnTheTlsPort() throws Exception {
        Path certificate = folder.resolve("cert.pem");
        Path key = folder.resolve("key.pem");
        selfSigned(certificate, key);
        String marker = "syslogtls" + System.nanoTime();
        var settings = LoopbackSyslog.settings(
                "H57.08", new SyslogSettings.Tls(true, 0, certificate.toString(), key.toString()));
        SyslogServer server = new SyslogServer(settings, intake, senders);
        server.start();
        try {
            try (SSLSocket socket = (SSLSocket)
                            trusting(certificate).getSocketFactory().createSocket("127.0.0.1", server.tlsPort());
                    OutputStream out = socket.getOutputStream()) {
                socket.startHandshake();
                String framed = "<13>1 2026-11-25T01:02:03Z web02 app - - - " + marker + " tls";
                out.write((framed.getBytes(StandardCharsets.UTF_8).length + " " + framed)
                        .getBytes(StandardCharsets.UTF_8));
                out.write(("<13>Nov  5 01:02:03 web03 app: " + marker + " lf\n").getBytes(StandardCharsets.UTF_8));
            }
            try (Socket plain = new Socket(InetAddress.getLoopbackAddress(), server.tlsPort())) {
                plain.getOutputStream()
                        .write(("<13>Nov  5 01:02:03 web03 app: " + marker + " plain\n")
                                .getBytes(StandardCharsets.UTF_8));
                plain.setSoTimeout(5000);
                InputStream in = plain.getInputStream();
                assertThatThrownBy(() -> {
                            while (in.read() >= 0) {
                                // the server answers a TLS alert, then closes
                            }
                            throw new java.io.EOFException("closed");
                        })
                        .isInstanceOf(java.io.IOException.class);
            }
            long deadline = System.currentTimeMillis() + 10_000;
            long stored = 0;
            while (stored < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
                stored = jdbc.sql("SELECT count(*) FROM monitoring.alert WHERE raw LIKE ?")
                        .param("%" + marker + "%")
                        .query(Long.class)
                        .single();
            }
            Thread.sleep(300);
            assertThat(jdbc.sql("SELECT count(*) FROM monitoring.alert WHERE raw LIKE ?")
                            .param("%" + marker + "%")
                            .query(Long.class)
                            .single())
                    .as("the two TLS messages, not the plain one")
                    .isEqualTo(2);
        } finally {
            server.stop();
        }
    }

    private static void selfSigned(Path certificate, Path key) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl is needed");
        Process openssl = new ProcessBuilder(
                        "/usr/bin/openssl",
                        "req",
                        "-x509",
                        "-newkey",
                        "rsa:2048",
                        "-nodes",
                        "-days",
                        "1",
                        "-subj",
                        "/CN=127.0.0.1",
                        "-addext",
                        "subjectAltName=IP:127.0.0.1",
                        "-keyout",
                        key.toString(),
                        "-out",
                        certificate.toString())
                .redirectErrorStream(true)
                .start();
        openssl.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertThat(openssl.waitFor()).isZero();
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            store.setCertificateEntry(
                    "khien", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
