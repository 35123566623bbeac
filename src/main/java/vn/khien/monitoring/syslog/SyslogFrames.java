package vn.khien.monitoring.syslog;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.TooLongFrameException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 6587 framing on a TCP stream: octet counting ({@code 123 <34>1 …}) when a frame starts with a
 * digit, else one message per line (LF, an optional CR dropped). Frames over 64 KiB are refused.
 */
final class SyslogFrames extends ByteToMessageDecoder {

    static final int MAX_FRAME = 65536;

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            int start = in.readerIndex();
            byte first = in.getByte(start);
            if (first >= '1' && first <= '9') {
                int space = in.indexOf(start, Math.min(in.writerIndex(), start + 7), (byte) ' ');
                if (space < 0) {
                    if (in.readableBytes() > 7) {
                        throw new TooLongFrameException("bad octet count");
                    }
                    return;
                }
                int length = Integer.parseInt(in.toString(start, space - start, StandardCharsets.US_ASCII));
                if (length > MAX_FRAME) {
                    throw new TooLongFrameException("frame of " + length + " bytes");
                }
                if (in.writerIndex() - space - 1 < length) {
                    return;
                }
                out.add(in.toString(space + 1, length, StandardCharsets.UTF_8).stripTrailing());
                in.readerIndex(space + 1 + length);
            } else {
                int lf = in.indexOf(start, in.writerIndex(), (byte) '\n');
                if (lf < 0) {
                    if (in.readableBytes() > MAX_FRAME) {
                        throw new TooLongFrameException("line over " + MAX_FRAME + " bytes");
                    }
                    return;
                }
                String line = in.toString(start, lf - start, StandardCharsets.UTF_8);
                out.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
                in.readerIndex(lf + 1);
            }
        }
    }
}
