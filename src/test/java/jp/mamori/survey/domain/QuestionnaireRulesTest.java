package jp.mamori.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.mamori.shared.ValidationException;
import org.junit.jupiter.api.Test;

class QuestionnaireRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final QuestionnaireEdition FIRST = firstEdition();

    static QuestionnaireEdition firstEdition() {
        try (InputStream in = QuestionnaireRulesTest.class.getResourceAsStream("/reference/questionnaire/Q2025.json")) {
            return new ObjectMapper().readValue(in, QuestionnaireEdition.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> complete() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("staff.it", 3);
        a.put("staff.itFullTime", "はい");
        a.put("systems", List.of(Map.of("name", "電子カルテ", "kind", "EMR", "vendor", "富士通Japan株式会社", "remoteMaintenance", true)));
        a.put("connections.known", 4);
        a.put("connections.controlled", "わからない");
        a.put("backup.frequency", "毎日");
        a.put("backup.generations", "はい");
        a.put("backup.offline", "いいえ");
        return a;
    }

    @Test
    void theFirstEditionHoldsTheFixedItemIdsThatRulesRead() {
        assertThat(FIRST.items()).extracting(QuestionnaireItem::id).containsExactly("staff.it", "staff.itFullTime", "systems",
                "connections.known", "connections.controlled", "backup.frequency", "backup.generations", "backup.offline",
                "backup.restoreTestedOn");
        assertThat(FIRST.item("backup.restoreTestedOn").orElseThrow().required()).isFalse();
    }

    @Test
    void aCompleteSetMissesNothingAndTheOptionalDateMayStayEmpty() {
        Map<String, Object> stored = QuestionnaireRules.normalise(FIRST, complete(), TODAY);
        assertThat(QuestionnaireRules.missing(FIRST, stored)).isEmpty();
    }

    @Test
    void aPartialSetIsADraftThatNamesWhatIsMissing() {
        Map<String, Object> stored = QuestionnaireRules.normalise(FIRST, Map.of("staff.it", "２"), TODAY);
        assertThat(stored).containsEntry("staff.it", 2);
        assertThat(QuestionnaireRules.missing(FIRST, stored)).contains("systems", "backup.offline").doesNotContain("staff.it");
    }

    @Test
    void fullWidthDigitsAndSpacesAreNumbers() {
        assertThat(QuestionnaireRules.normalise(FIRST, Map.of("connections.known", " １２ "), TODAY))
                .containsEntry("connections.known", 12);
    }

    @Test
    void aChoiceOutsideTheItemsChoicesIsRefusedWithTheChoicesNamed() {
        assertThatThrownBy(() -> QuestionnaireRules.normalise(FIRST, Map.of("backup.offline", "たぶん"), TODAY))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).message()).contains("はい / いいえ / わからない"));
    }

    @Test
    void aNegativeOrFractionalCountIsRefused() {
        assertThatThrownBy(() -> QuestionnaireRules.normalise(FIRST, Map.of("staff.it", -1), TODAY)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> QuestionnaireRules.normalise(FIRST, Map.of("staff.it", "1.5"), TODAY)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aRestoreTestInTheFutureIsRefused() {
        assertThatThrownBy(() -> QuestionnaireRules.normalise(FIRST, Map.of("backup.restoreTestedOn", "2026-12-02"), TODAY))
                .isInstanceOf(ValidationException.class);
        assertThat(QuestionnaireRules.normalise(FIRST, Map.of("backup.restoreTestedOn", "２０２６/１１/３０"), TODAY))
                .containsEntry("backup.restoreTestedOn", "2026-11-30");
    }

    @Test
    void anUnknownItemIsRefused() {
        assertThatThrownBy(() -> QuestionnaireRules.normalise(FIRST, Map.of("password.admin", "x"), TODAY))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void everyProblemIsListedAtOnce() {
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("staff.it", "many");
        bad.put("backup.offline", "?");
        bad.put("systems", List.of(Map.of("kind", "PACS")));
        assertThatThrownBy(() -> QuestionnaireRules.normalise(FIRST, bad, TODAY))
                .satisfies(e -> assertThat(((ValidationException) e).problems()).hasSize(3));
    }

    @Test
    void systemsKeepTheirFreeTextAsTypedAndRefuseControlCharacters() {
        Map<String, Object> stored = QuestionnaireRules.normalise(FIRST, Map.of("systems",
                List.of(Map.of("name", " 部門システム（透析） ", "vendor", "ＡＢＣメディカル㈱"))), TODAY);
        assertThat(QuestionnaireRules.systemsOf(stored)).containsExactly(
                new SystemEntry("部門システム（透析）", null, "ＡＢＣメディカル㈱", null));
        assertThatThrownBy(() -> QuestionnaireRules.normalise(FIRST, Map.of("systems",
                List.of(Map.of("name", "PACS\u202E"))), TODAY)).isInstanceOf(ValidationException.class);
    }

    @Test
    void presurveyNeedsBothDiagramsAndACompleteQuestionnaire() {
        assertThat(PresurveyCondition.missing(true, true, List.of(), true)).isEmpty();
        assertThat(PresurveyCondition.missing(true, false, List.of(), true)).containsExactly("システム構成図をアップロードしてください。");
        assertThat(PresurveyCondition.missing(false, true, List.of("systems"), true)).hasSize(2);
        assertThat(PresurveyCondition.missing(true, true, List.of(), false))
                .containsExactly("病院のサイバーセキュリティ対策チェックリスト（自己点検）にすべて回答してください。");
    }
}
