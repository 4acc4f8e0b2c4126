package jp.mamori.shared.infrastructure.backup;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The backup file's encryption: a key from the passphrase (Argon2id), then AES-256-GCM over chunks of
 * fixed size, each nonce made of a per-file random prefix, the chunk's number and a "last chunk" flag.
 * Reordered, altered, cut or appended chunks fail their tag, so a damaged backup is never half restored;
 * memory stays constant however large the backup is.
 *
 * <pre>
 * header: "MAMORIBK" | version (1) | argon2 memory KiB, iterations, parallelism (3 × int) | salt (16)
 *         | nonce prefix (7) | chunk size (int) | passphrase check (HMAC-SHA256 of the above, 32)
 * then:   chunks of (chunk size + 16) bytes, the last one shorter or equal, authenticated with the header
 * </pre>
 */
public final class BackupCipher {

    static final byte[] MAGIC = "MAMORIBK".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int CHUNK = 64 * 1024;
    private static final int TAG = 16;
    private static final int MEMORY_KIB = 64 * 1024;
    private static final int ITERATIONS = 3;
    private static final int PARALLELISM = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    static final String WRONG_PASSPHRASE = "パスフレーズが違います。バックアップを作成したときのパスフレーズを入力してください。"
            + "何も復元していません。 / Wrong passphrase; nothing was restored.";
    static final String DAMAGED = "バックアップファイルが壊れているか、途中で切れているか、改ざんされています。何も復元していません。"
            + "別のコピーを使ってください。 / The backup file is damaged, truncated or altered; nothing was restored.";
    static final String NOT_A_BACKUP = "このファイルは Mamori のバックアップではありません。何も復元していません。 / Not a Mamori backup.";

    private BackupCipher() {
    }

    public static OutputStream encrypt(OutputStream out, char[] passphrase) throws IOException {
        byte[] salt = random(16);
        byte[] prefix = random(7);
        ByteArrayOutputStream h = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(h);
        d.write(MAGIC);
        d.writeByte(VERSION);
        d.writeInt(MEMORY_KIB);
        d.writeInt(ITERATIONS);
        d.writeInt(PARALLELISM);
        d.write(salt);
        d.write(prefix);
        d.writeInt(CHUNK);
        Keys keys = Keys.derive(passphrase, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
        d.write(keys.check(h.toByteArray()));
        byte[] header = h.toByteArray();
        out.write(header);
        return new Encrypting(out, keys.aes, prefix, header, CHUNK);
    }

    public static InputStream decrypt(InputStream in, char[] passphrase) throws IOException {
        DataInputStream d = new DataInputStream(in);
        ByteArrayOutputStream h = new ByteArrayOutputStream();
        DataOutputStream copy = new DataOutputStream(h);
        try {
            byte[] magic = d.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new BackupException(NOT_A_BACKUP);
            }
            copy.write(magic);
            int version = d.readUnsignedByte();
            if (version != VERSION) {
                throw new BackupException("このバックアップの形式（" + version + "）には対応していません。 / Unsupported format.");
            }
            copy.writeByte(version);
            int memory = d.readInt();
            int iterations = d.readInt();
            int parallelism = d.readInt();
            byte[] salt = d.readNBytes(16);
            byte[] prefix = d.readNBytes(7);
            int chunk = d.readInt();
            // refuse parameters a forged header could use to exhaust memory or time
            if (memory < 8 * 1024 || memory > 1024 * 1024 || iterations < 1 || iterations > 20 || parallelism < 1
                    || parallelism > 16 || chunk < 1024 || chunk > 16 * 1024 * 1024 || salt.length < 16 || prefix.length < 7) {
                throw new BackupException(DAMAGED);
            }
            copy.writeInt(memory);
            copy.writeInt(iterations);
            copy.writeInt(parallelism);
            copy.write(salt);
            copy.write(prefix);
            copy.writeInt(chunk);
            byte[] check = d.readNBytes(32);
            Keys keys = Keys.derive(passphrase, salt, memory, iterations, parallelism);
            if (!MessageDigest.isEqual(check, keys.check(h.toByteArray()))) {
                throw new BackupException(WRONG_PASSPHRASE);
            }
            copy.write(check);
            return new Decrypting(in, keys.aes, prefix, h.toByteArray(), chunk);
        } catch (EOFException e) {
            throw new BackupException(DAMAGED, e);
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static byte[] nonce(byte[] prefix, long counter, boolean last) {
        if (counter > 0xFFFF_FFFFL) {
            throw new BackupException("バックアップが大きすぎます。 / Backup too large.");
        }
        return ByteBuffer.allocate(12).put(prefix).putInt((int) counter).put((byte) (last ? 1 : 0)).array();
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] nonce, byte[] header) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, key, new GCMParameterSpec(TAG * 8, nonce));
            c.updateAAD(header);
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Keys(SecretKeySpec aes, byte[] checkKey) {
        static Keys derive(char[] passphrase, byte[] salt, int memory, int iterations, int parallelism) {
            Argon2BytesGenerator g = new Argon2BytesGenerator();
            g.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withSalt(salt).withMemoryAsKB(memory).withIterations(iterations).withParallelism(parallelism).build());
            ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
            byte[] pw = new byte[utf8.remaining()];
            utf8.get(pw);
            byte[] out = new byte[64];
            g.generateBytes(pw, out);
            Arrays.fill(pw, (byte) 0);
            return new Keys(new SecretKeySpec(out, 0, 32, "AES"), Arrays.copyOfRange(out, 32, 64));
        }

        byte[] check(byte[] header) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(checkKey, "HmacSHA256"));
                return mac.doFinal(header);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final class Encrypting extends OutputStream {
        private final OutputStream out;
        private final SecretKeySpec key;
        private final byte[] prefix;
        private final byte[] header;
        private final byte[] buffer;
        private int filled;
        private long counter;
        private boolean closed;

        Encrypting(OutputStream out, SecretKeySpec key, byte[] prefix, byte[] header, int chunk) {
            this.out = out;
            this.key = key;
            this.prefix = prefix;
            this.header = header;
            this.buffer = new byte[chunk];
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                // a full buffer is sent only once more data follows, so the last chunk is always known at close
                if (filled == buffer.length) {
                    emit(false);
                }
                int n = Math.min(len, buffer.length - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void emit(boolean last) throws IOException {
            try {
                out.write(cipher(Cipher.ENCRYPT_MODE, key, nonce(prefix, counter++, last), header)
                        .doFinal(buffer, 0, filled));
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            filled = 0;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            emit(true);
            out.close();
        }
    }

    private static final class Decrypting extends InputStream {
        private final InputStream in;
        private final SecretKeySpec key;
        private final byte[] prefix;
        private final byte[] header;
        private final int chunk;
        private byte[] ahead;
        private byte[] plain = new byte[0];
        private int pos;
        private long counter;
        private boolean done;

        Decrypting(InputStream in, SecretKeySpec key, byte[] prefix, byte[] header, int chunk) throws IOException {
            this.in = in;
            this.key = key;
            this.prefix = prefix;
            this.header = header;
            this.chunk = chunk;
            this.ahead = in.readNBytes(chunk + TAG);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (pos == plain.length) {
                if (done) {
                    return -1;
                }
                next();
            }
            int n = Math.min(len, plain.length - pos);
            System.arraycopy(plain, pos, b, off, n);
            pos += n;
            return n;
        }

        private void next() throws IOException {
            byte[] current = ahead;
            if (current.length < TAG) {
                throw new BackupException(DAMAGED);
            }
            ahead = current.length == chunk + TAG ? in.readNBytes(chunk + TAG) : new byte[0];
            boolean last = ahead.length == 0;
            try {
                plain = cipher(Cipher.DECRYPT_MODE, key, nonce(prefix, counter++, last), header).doFinal(current);
            } catch (AEADBadTagException e) {
                throw new BackupException(DAMAGED, e);
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            pos = 0;
            done = last;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
