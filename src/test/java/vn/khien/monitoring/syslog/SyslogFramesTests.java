package vn.khien.monitoring.syslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, item 6: TCP syslog frames with wrong octet counts and oversize frames are refused (the
 * server closes the connection on the decoder's exception) and never read past what was sent.
 */
class SyslogFramesTests {

    private static EmbeddedChannel channel() {
        return new EmbeddedChannel(new SyslogFrames());
    }

    private static void write(EmbeddedChannel channel, String text) {
        channel.writeInbound(Unpooled.copiedBuffer(text, StandardCharsets.UTF_8));
    }

    @Test
    void aCountLargerThanWhatWasSentWaitsAndEmitsNothing() {
        EmbeddedChannel channel = channel();
        write(channel, "500 <13>1 - - - - short");
        assertThat((Object) channel.readInbound()).isNull();
    }

    @Test
    void aCountSmallerThanTheMessageCutsTheFrameThereAndTheRestIsTheNextFrame() {
        EmbeddedChannel channel = channel();
        write(channel, "5 <13>1 - - -\n");
        assertThat((String) channel.readInbound()).isEqualTo("<13>1");
        assertThat((String) channel.readInbound()).isEqualTo(" - - -");
    }

    @Test
    void aCountThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> write(channel(), "12ab <13>1 - - - - x")).isInstanceOf(DecoderException.class);
        assertThatThrownBy(() -> write(channel(), "12345678 <13>1 - - - - x")).isInstanceOf(DecoderException.class);
    }

    @Test
    void aCountOverTheFrameLimitIsRefusedBeforeAnyOfTheFrameIsRead() {
        assertThatThrownBy(() -> write(channel(), (SyslogFrames.MAX_FRAME + 1) + " <13>1"))
                .isInstanceOf(TooLongFrameException.class);
    }

    @Test
    void aLineOverTheFrameLimitIsRefused() {
        assertThatThrownBy(() -> write(channel(), "<13>" + "x".repeat(SyslogFrames.MAX_FRAME + 1)))
                .isInstanceOf(TooLongFrameException.class);
    }

    @Test
    void randomBytesAreEitherFramesWithinTheLimitOrADecoderRefusal() {
        qt().withExamples(500)
                .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 400))
                .checkAssert(bytes -> {
                    byte[] raw = new byte[bytes.size()];
                    for (int i = 0; i < raw.length; i++) {
                        raw[i] = (byte) (int) bytes.get(i);
                    }
                    EmbeddedChannel channel = channel();
                    try {
                        channel.writeInbound(Unpooled.wrappedBuffer(raw));
                    } catch (DecoderException refused) {
                        return;
                    }
                    for (Object frame = channel.readInbound(); frame != null; frame = channel.readInbound()) {
                        // a frame is at most MAX_FRAME bytes; decoded, each byte is at most one char
                        assertThat(((String) frame).length()).isLessThanOrEqualTo(SyslogFrames.MAX_FRAME);
                    }
                });
    }
}
