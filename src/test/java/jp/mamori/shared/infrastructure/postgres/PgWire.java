package jp.mamori.shared.infrastructure.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/** Just enough of PostgreSQL's protocol to see how a server answers a client that has no secret. */
public final class PgWire {

    private PgWire() {
    }

    /** Sends a StartupMessage for this user and returns the authentication request code (0 would be "OK"). */
    public static int authenticationRequest(SocketChannel channel, String user) {
        try {
            byte[] params = ("user\0" + user + "\0database\0postgres\0\0").getBytes(StandardCharsets.UTF_8);
            ByteBuffer out = ByteBuffer.allocate(8 + params.length);
            out.putInt(8 + params.length).putInt(196608).put(params).flip();
            while (out.hasRemaining()) {
                channel.write(out);
            }
            ByteBuffer head = read(channel, 5);
            byte type = head.get();
            int length = head.getInt();
            ByteBuffer body = read(channel, length - 4);
            if (type != 'R') {
                throw new IllegalStateException("Expected an authentication request, got '" + (char) type + "': "
                        + new String(body.array(), StandardCharsets.UTF_8));
            }
            return body.getInt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ByteBuffer read(SocketChannel channel, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (channel.read(b) < 0) {
                throw new IOException("Server closed the connection");
            }
        }
        return b.flip();
    }
}
