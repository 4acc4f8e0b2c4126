package jp.mamori.survey;

import java.util.Optional;

import jp.mamori.selection.WithdrawalVeto;
import jp.mamori.shared.HospitalCode;
import jp.mamori.survey.domain.CaseState;
import org.springframework.stereotype.Component;

/** A hospital whose report was delivered has had its survey: it can no longer withdraw from the program. */
@Component
class DeliveredCaseVeto implements WithdrawalVeto {

    private final CaseRepository cases;

    DeliveredCaseVeto(CaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public Optional<Refusal> refusal(String programId, HospitalCode hospital) {
        return cases.find(programId, hospital)
                .filter(c -> c.state() == CaseState.DELIVERED)
                .map(c -> new Refusal("SURVEY_DELIVERED", "医療機関コード " + hospital + " の病院は調査報告書を受け取り済み（"
                        + c.row(jp.mamori.survey.domain.CaseStep.DELIVERY).doneOn()
                        + " 納品）のため、辞退できません。納品の記録が誤りなら、先に事業者の管理者か厚生労働省が納品日を取り消してください。"));
    }
}
