package jp.mamori.program.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.PrefectureCode;

/**
 * 提出期限: a prefecture may submit until the end of its deadline day in Japan — the program's
 * deadline, or its own extension when it has one.
 */
public record SubmissionWindow(LocalDate deadline, Map<PrefectureCode, LocalDate> extensions) {

    public SubmissionWindow {
        extensions = Map.copyOf(extensions);
    }

    /** The last day this prefecture may submit on. */
    public LocalDate lastDay(PrefectureCode prefecture) {
        LocalDate extension = extensions.get(prefecture);
        return extension != null && extension.isAfter(deadline) ? extension : deadline;
    }

    public boolean extended(PrefectureCode prefecture) {
        return lastDay(prefecture).isAfter(deadline);
    }

    /** The first instant at which submitting is refused: 00:00:00 JST the day after the last day. */
    public Instant closesAt(PrefectureCode prefecture) {
        return lastDay(prefecture).plusDays(1).atStartOfDay(JapaneseDates.TOKYO).toInstant();
    }

    public boolean isOpen(PrefectureCode prefecture, Instant now) {
        return now.isBefore(closesAt(prefecture));
    }
}
