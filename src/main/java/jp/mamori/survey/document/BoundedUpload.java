package jp.mamori.survey.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jp.mamori.shared.PayloadTooLargeException;

/** Reads an upload into memory, stopping one byte past the limit so an oversized file costs no more than the limit. */
final class BoundedUpload {

    private BoundedUpload() {
    }

    static byte[] read(InputStream in, long declaredSize, long maxBytes) {
        if (declaredSize > maxBytes) {
            throw tooLarge(maxBytes);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declaredSize, 0), maxBytes) + 1);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            while (true) {
                int want = (int) Math.min(buffer.length, maxBytes + 1 - total);
                int n = in.read(buffer, 0, want);
                if (n < 0) {
                    break;
                }
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("アップロードされたファイルを読み取れませんでした。", e);
        }
        return out.toByteArray();
    }

    private static PayloadTooLargeException tooLarge(long maxBytes) {
        return new PayloadTooLargeException("ファイルが大きすぎます。1ファイル" + (maxBytes / (1024 * 1024))
                + "MB以下にしてください（図は解像度を下げる、資料は分割するなど）。");
    }
}
