package jp.mamori.report.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FourEyesRuleTest {

    @Test
    void theLeadCannotApproveTheirOwnReport() {
        assertThatThrownBy(() -> FourEyesRule.check("lead", "lead", true, true))
                .isInstanceOf(ReportRefusal.class).extracting("code").isEqualTo("FOUR_EYES");
    }

    @Test
    void theLeadIsRefusedAsTheLeadEvenBeforeTheOnsiteSurvey() {
        assertThatThrownBy(() -> FourEyesRule.check("lead", "lead", false, false)).extracting("code").isEqualTo("FOUR_EYES");
    }

    @Test
    void aCaseWithoutLeadOrWithoutOnsiteSurveyIsIncomplete() {
        assertThatThrownBy(() -> FourEyesRule.check(null, "other", true, true)).extracting("code").isEqualTo("STEP_INCOMPLETE");
        assertThatThrownBy(() -> FourEyesRule.check("lead", "other", false, true)).extracting("code").isEqualTo("STEP_INCOMPLETE");
    }

    @Test
    void nothingWrittenIsRefusedAsEmpty() {
        assertThatThrownBy(() -> FourEyesRule.check("lead", "other", true, false)).extracting("code").isEqualTo("REPORT_EMPTY");
    }

    @Test
    void anotherAccountApprovesAWrittenReportAfterTheOnsiteSurvey() {
        assertThatCode(() -> FourEyesRule.check("lead", "other", true, true)).doesNotThrowAnyException();
    }
}
