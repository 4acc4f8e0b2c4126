package jp.mamori.survey.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;

import jp.mamori.shared.PayloadTooLargeException;
import org.junit.jupiter.api.Test;

/** 25 MB + 1 byte is refused as FILE_TOO_LARGE after reading no more than one byte past the limit. */
class BoundedUploadTest {

    static final long LIMIT = 25L * 1024 * 1024;

    @Test
    void oneByteOverTheLimitIsRefusedWithoutReadingTheRest() {
        CountingStream upload = new CountingStream(LIMIT + 1 + 10L * 1024 * 1024);

        assertThatThrownBy(() -> BoundedUpload.read(upload, -1, LIMIT))
                .isInstanceOf(PayloadTooLargeException.class)
                .hasMessageContaining("25MB");
        assertThat(upload.served).isEqualTo(LIMIT + 1);
    }

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedBeforeReadingAnything() {
        CountingStream upload = new CountingStream(LIMIT + 1);

        assertThatThrownBy(() -> BoundedUpload.read(upload, LIMIT + 1, LIMIT)).isInstanceOf(PayloadTooLargeException.class);
        assertThat(upload.served).isZero();
    }

    @Test
    void exactlyTheLimitIsAccepted() {
        CountingStream upload = new CountingStream(LIMIT);

        assertThat(BoundedUpload.read(upload, LIMIT, LIMIT)).hasSize((int) LIMIT);
    }

    /** Serves zeros up to its length, counting what was taken. */
    static final class CountingStream extends InputStream {
        private final long length;
        long served;

        CountingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (served >= length) {
                return -1;
            }
            served++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - served);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            served += n;
            return n;
        }
    }
}
