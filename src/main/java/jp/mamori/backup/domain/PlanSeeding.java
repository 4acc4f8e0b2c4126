package jp.mamori.backup.domain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import jp.mamori.survey.domain.SystemEntry;

/**
 * A first plan from what the hospital already told us in the questionnaire, so that nobody types its systems twice:
 * each system listed, generations as the ministry's Q&A example (five for the EMR, three for the others), the
 * frequency the hospital reported for its EMR where it is one of ours, else daily. The TB figures start at zero
 * (the questionnaire does not ask them) and the copies on offline media, the most common proposal.
 */
public final class PlanSeeding {

    public static final int EMR_GENERATIONS = 5;
    public static final int OTHER_GENERATIONS = 3;

    private static final List<String> EMR_WORDS = List.of("電子カルテ", "電カル", "emr", "ehr", "electronic medical record");

    private PlanSeeding() {
    }

    /** @param frequencyAnswer the questionnaire's {@code backup.frequency} (毎日 / 毎週 / 毎月 / それ未満 / していない), or null */
    public static BackupPlan seed(List<SystemEntry> systems, String frequencyAnswer) {
        Frequency frequency = frequencyOf(frequencyAnswer);
        List<ProtectedSystem> seeded = systems.stream()
                .filter(s -> s.name() != null && !s.name().isBlank())
                .map(s -> new ProtectedSystem(s.name(), s.kind(), BigDecimal.ZERO, frequency,
                        isEmr(s) ? EMR_GENERATIONS : OTHER_GENERATIONS, Separation.OFFLINE_MEDIA, null))
                .toList();
        return new BackupPlan(seeded, BackupPlan.DEFAULT_COST_PER_TB_MIN, BackupPlan.DEFAULT_COST_PER_TB_MAX, false, null);
    }

    /** それ未満 and していない are no frequency to propose: the plan starts from daily. */
    static Frequency frequencyOf(String answer) {
        if (answer == null) {
            return Frequency.DAILY;
        }
        return switch (answer.strip()) {
            case "毎週" -> Frequency.WEEKLY;
            case "毎月" -> Frequency.MONTHLY;
            default -> Frequency.DAILY;
        };
    }

    /** The kind is free text: 電子カルテ, EMR, ＥＭＲ, 電カル ... in the kind, or failing that in the name. */
    public static boolean isEmr(SystemEntry s) {
        return mentionsEmr(s.kind()) || mentionsEmr(s.name());
    }

    static boolean mentionsEmr(String text) {
        if (text == null) {
            return false;
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return EMR_WORDS.stream().anyMatch(w -> w.chars().allMatch(c -> c < 128) ? wholeWord(t, w) : t.contains(w));
    }

    /** "emr" as a word, so that a name like "memrise" is no EMR. */
    private static boolean wholeWord(String text, String word) {
        return java.util.regex.Pattern.compile("(^|[^a-z])" + java.util.regex.Pattern.quote(word) + "($|[^a-z])").matcher(text).find();
    }
}
