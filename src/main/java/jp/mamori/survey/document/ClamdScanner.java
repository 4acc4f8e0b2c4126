package jp.mamori.survey.document;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * clamd's INSTREAM command over TCP (zINSTREAM, chunks with a 4-byte big-endian length, a zero-length end).
 * Anything but "stream: OK" or "stream: ... FOUND" is no verdict, and no verdict refuses the upload.
 */
final class ClamdScanner implements VirusScanner {

    private static final int CHUNK = 64 * 1024;
    private static final int MAX_REPLY = 4096;

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    ClamdScanner(String host, int port, Duration connectTimeout, Duration readTimeout) {
        this.host = host;
        this.port = port;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    @Override
    public void scan(byte[] content) {
        String reply;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            socket.setSoTimeout((int) readTimeout.toMillis());
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), CHUNK + 4));
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int offset = 0; offset < content.length; offset += CHUNK) {
                int n = Math.min(CHUNK, content.length - offset);
                out.writeInt(n);
                out.write(content, offset, n);
            }
            out.writeInt(0);
            out.flush();
            reply = readReply(socket.getInputStream());
        } catch (IOException e) {
            throw new ScannerUnavailableException("clamd " + host + ":" + port + " に接続できないか応答がありません: "
                    + e.getClass().getSimpleName(), e);
        }
        if (reply.equals("stream: OK")) {
            return;
        }
        if (reply.startsWith("stream: ") && reply.endsWith(" FOUND")) {
            throw new InfectedFileException(reply.substring("stream: ".length(), reply.length() - " FOUND".length()).trim());
        }
        // e.g. "INSTREAM size limit exceeded. ERROR": raise StreamMaxLength in clamd.conf
        throw new ScannerUnavailableException("clamd の応答: " + reply, null);
    }

    /** One reply, NUL-terminated (z-prefixed commands), cut short if clamd sends more than any reply holds. */
    private static String readReply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) > 0 && reply.size() < MAX_REPLY) {
            reply.write(b);
        }
        return reply.toString(StandardCharsets.UTF_8).trim();
    }
}
