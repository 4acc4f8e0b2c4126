package jp.mamori.nomination.form;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Inflates every entry of the upload once, counting bytes and throwing them away, before POI loads
 * anything: a zip bomb is refused after at most {@link FormLimits#MAX_ENTRY_BYTES} of work and no memory.
 * Streams the local headers exactly as POI does when opening from a stream, so nothing can hide.
 */
final class ZipGuard {

    private ZipGuard() {
    }

    static void check(byte[] file) throws Refusal {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(file))) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > FormLimits.MAX_ZIP_ENTRIES) {
                    throw new Refusal(FormErrorCode.NOT_A_WORKBOOK, FormMessages.zipBomb());
                }
                if (!zip.canReadEntryData(entry)) {
                    throw new Refusal(FormErrorCode.NOT_A_WORKBOOK, FormMessages.notAWorkbook());
                }
                long size = 0;
                int n;
                while ((n = zip.read(buffer, 0, buffer.length)) > 0) {
                    size += n;
                    total += n;
                    if (size > FormLimits.MAX_ENTRY_BYTES || total > FormLimits.MAX_TOTAL_BYTES) {
                        throw new Refusal(FormErrorCode.NOT_A_WORKBOOK, FormMessages.zipBomb());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Refusal(FormErrorCode.NOT_A_WORKBOOK, FormMessages.notAWorkbook());
        }
        if (entries == 0) {
            throw new Refusal(FormErrorCode.NOT_A_WORKBOOK, FormMessages.notAWorkbook());
        }
    }
}
