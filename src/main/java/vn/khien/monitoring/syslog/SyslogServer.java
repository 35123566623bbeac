package vn.khien.monitoring.syslog;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import vn.khien.monitoring.AlertFormat;
import vn.khien.monitoring.application.AlertIntake;
import vn.khien.monitoring.application.Senders;

/**
 * Syslog over UDP (one message per datagram, or several separated by LF) and TCP (RFC 6587 framing),
 * on Netty, and optionally TCP over TLS on a port of its own. Only registered sources are heard: other senders' datagrams are dropped and their
 * connections closed.
 */
public class SyslogServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SyslogServer.class);
    private final SyslogSettings settings;
    private final SyslogSources sources;
    private final SyslogQueue queue;
    private final List<Channel> channels = new ArrayList<>();
    private EventLoopGroup group;
    private Thread writer;

    /** Where the queue's batches go: the intake, or the Kafka topic ({@code khien.monitoring.kafka.syslog}). */
    @FunctionalInterface
    public interface Sink {
        void write(String organisation, List<String> lines);
    }

    /** Stores what it hears through the intake, one batch per organisation. */
    public SyslogServer(SyslogSettings settings, AlertIntake intake, Senders senders) {
        this(
                settings,
                (organisation, lines) -> intake.ingestLines(senders.ofSource(organisation), AlertFormat.SYSLOG, lines));
    }

    public SyslogServer(SyslogSettings settings, Sink sink) {
        this.settings = settings;
        this.sources = new SyslogSources(settings.sources());
        this.queue = new SyslogQueue(sink, settings);
    }

    @Override
    public synchronized void start() {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        writer = new Thread(queue, "syslog-writer");
        writer.setDaemon(true);
        writer.start();
        try {
            channels.add(new Bootstrap()
                    .group(group)
                    .channel(NioDatagramChannel.class)
                    .handler(new SimpleChannelInboundHandler<DatagramPacket>() {
                        @Override
                        protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
                            String organisation =
                                    sources.organisationOf(packet.sender().getAddress());
                            if (organisation != null) {
                                for (String line : packet.content()
                                        .toString(StandardCharsets.UTF_8)
                                        .split("\n")) {
                                    queue.offer(organisation, line.stripTrailing());
                                }
                            }
                        }
                    })
                    .bind(settings.bindAddress(), settings.udpPort())
                    .sync()
                    .channel());
            channels.add(tcp(settings.tcpPort(), null));
            if (settings.tls().enabled()) {
                channels.add(tcp(settings.tls().port(), SyslogTls.context(settings.tls())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("syslog intake did not start", e);
        }
        log.info(
                "Syslog intake on UDP {}, TCP {}{}",
                udpPort(),
                tcpPort(),
                settings.tls().enabled() ? " and TLS " + tlsPort() : "");
    }

    /** A TCP listener; with a TLS context, every connection starts with the TLS handshake. */
    private Channel tcp(int port, SslContext tls) throws InterruptedException {
        return new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        String organisation =
                                sources.organisationOf(channel.remoteAddress().getAddress());
                        if (organisation == null) {
                            channel.close();
                            return;
                        }
                        if (tls != null) {
                            channel.pipeline().addLast(tls.newHandler(channel.alloc()));
                        }
                        channel.pipeline().addLast(new SyslogFrames(), new SimpleChannelInboundHandler<String>() {
                            @Override
                            protected void channelRead0(ChannelHandlerContext ctx, String line) {
                                queue.offer(organisation, line);
                            }

                            @Override
                            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                                ctx.close(); // a broken frame or handshake: the stream cannot be re-synchronised
                            }
                        });
                    }
                })
                .bind(settings.bindAddress(), port)
                .sync()
                .channel();
    }

    public int udpPort() {
        return ((InetSocketAddress) channels.get(0).localAddress()).getPort();
    }

    public int tcpPort() {
        return ((InetSocketAddress) channels.get(1).localAddress()).getPort();
    }

    public int tlsPort() {
        return ((InetSocketAddress) channels.get(2).localAddress()).getPort();
    }

    public long dropped() {
        return queue.dropped();
    }

    @Override
    public synchronized void stop() {
        channels.forEach(c -> c.close().syncUninterruptibly());
        channels.clear();
        if (group != null) {
            group.shutdownGracefully().syncUninterruptibly();
            group = null;
        }
        queue.stop();
        if (writer != null) {
            try {
                writer.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return group != null;
    }
}
