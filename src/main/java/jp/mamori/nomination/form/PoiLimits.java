package jp.mamori.nomination.form;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The one place that sets POI's process-wide zip limits. They apply only when POI <em>reads</em> a
 * zip (opening a workbook), never when it writes one, so every export is unaffected.
 * {@link ZipGuard} checks an upload before POI sees it; these are the second line for the same file
 * and for any other reader in the application:
 * <ul>
 * <li>max entry size: {@link FormLimits#MAX_ENTRY_BYTES} (POI default 4 GB);</li>
 * <li>min inflate ratio: left at POI's default 1% (a legitimate sheet compresses far less than 100:1);</li>
 * <li>max file count: left at POI's default 1,000.</li>
 * </ul>
 */
public final class PoiLimits {

    private static volatile boolean applied;

    private PoiLimits() {
    }

    public static void apply() {
        if (applied) {
            return;
        }
        synchronized (PoiLimits.class) {
            if (!applied) {
                // Only ever tighten: never raise a limit someone else set lower.
                if (ZipSecureFile.getMaxEntrySize() > FormLimits.MAX_ENTRY_BYTES) {
                    ZipSecureFile.setMaxEntrySize(FormLimits.MAX_ENTRY_BYTES);
                }
                applied = true;
            }
        }
    }
}
