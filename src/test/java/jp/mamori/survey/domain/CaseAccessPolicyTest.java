package jp.mamori.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The "who sees what" table of survey.md, row by row and role by role, refusals included. */
class CaseAccessPolicyTest {

    static final CaseScope SUBCONTRACTED = new CaseScope("1310000001", "13", "SUB-A", "PRIME", false);
    static final CaseScope SHARED = new CaseScope("1310000001", "13", "SUB-A", "PRIME", true);
    static final CaseScope PRIMES_OWN = new CaseScope("1310000001", "13", "PRIME", null, false);

    static final Viewer MINISTRY = new Viewer("MHLW_ADMIN", null, null, null, false);
    static final Viewer AUDITOR = new Viewer("AUDITOR", null, null, null, false);
    static final Viewer TOKYO = new Viewer("PREFECTURE", "13", null, null, false);
    static final Viewer OSAKA = new Viewer("PREFECTURE", "27", null, null, false);
    static final Viewer HOSPITAL = new Viewer("HOSPITAL", null, "1310000001", null, false);
    static final Viewer OTHER_HOSPITAL = new Viewer("HOSPITAL", null, "1310000002", null, false);
    static final Viewer SUB_A = new Viewer("CONTRACTOR", null, null, "SUB-A", false);
    static final Viewer SUB_B = new Viewer("CONTRACTOR", null, null, "SUB-B", false);
    static final Viewer PRIME = new Viewer("CONTRACTOR", null, null, "PRIME", false);
    static final Viewer PRIME_MANAGER = new Viewer("CONTRACTOR", null, null, "PRIME", true);
    static final Viewer SUB_A_MANAGER = new Viewer("CONTRACTOR", null, null, "SUB-A", true);
    static final Viewer CONTRACTOR_WITHOUT_ORGANIZATION = new Viewer("CONTRACTOR", null, null, null, true);

    @Test
    void caseStatesAreSeenByEveryoneInScopeAndNobodyElse() {
        assertThat(CaseAccessPolicy.canReadState(MINISTRY, SUBCONTRACTED)).isTrue();
        assertThat(CaseAccessPolicy.canReadState(AUDITOR, SUBCONTRACTED)).isTrue();
        assertThat(CaseAccessPolicy.canReadState(TOKYO, SUBCONTRACTED)).isTrue();
        assertThat(CaseAccessPolicy.canReadState(OSAKA, SUBCONTRACTED)).isFalse();
        assertThat(CaseAccessPolicy.canReadState(HOSPITAL, SUBCONTRACTED)).isTrue();
        assertThat(CaseAccessPolicy.canReadState(OTHER_HOSPITAL, SUBCONTRACTED)).isFalse();
        assertThat(CaseAccessPolicy.canReadState(SUB_A, SUBCONTRACTED)).isTrue();
        assertThat(CaseAccessPolicy.canReadState(PRIME, SUBCONTRACTED)).isTrue();
        assertThat(CaseAccessPolicy.canReadState(SUB_B, SUBCONTRACTED)).isFalse();
        assertThat(CaseAccessPolicy.canReadState(CONTRACTOR_WITHOUT_ORGANIZATION, SUBCONTRACTED)).isFalse();
    }

    @Test
    void confidentialDataIsTheHospitalsAndItsAssignedContractorsOnly() {
        assertThat(CaseAccessPolicy.canReadConfidential(HOSPITAL, SUBCONTRACTED)).isTrue();
        assertThat(CaseAccessPolicy.canReadConfidential(SUB_A, SUBCONTRACTED)).isTrue();
        assertThat(CaseAccessPolicy.canReadConfidential(PRIME, SUBCONTRACTED)).isTrue();
        assertThat(CaseAccessPolicy.canReadConfidential(SUB_B, SUBCONTRACTED)).isFalse();
        assertThat(CaseAccessPolicy.canReadConfidential(OTHER_HOSPITAL, SUBCONTRACTED)).isFalse();
    }

    @Test
    void theMinistryAndTheAuditorNeverReadConfidentialData() {
        assertThat(CaseAccessPolicy.canReadConfidential(MINISTRY, SHARED)).isFalse();
        assertThat(CaseAccessPolicy.canReadConfidential(AUDITOR, SHARED)).isFalse();
    }

    @Test
    void thePrefectureReadsConfidentialDataOnlyWithTheHospitalsConsent() {
        assertThat(CaseAccessPolicy.canReadConfidential(TOKYO, SUBCONTRACTED)).isFalse();
        assertThat(CaseAccessPolicy.canReadConfidential(TOKYO, SHARED)).isTrue();
        assertThat(CaseAccessPolicy.canReadConfidential(OSAKA, SHARED)).isFalse();
    }

    @Test
    void contactsAndHistoryAreNeverTheAuthorities() {
        assertThat(CaseAccessPolicy.canReadPersonal(MINISTRY, SHARED)).isFalse();
        assertThat(CaseAccessPolicy.canReadPersonal(TOKYO, SHARED)).isFalse();
        assertThat(CaseAccessPolicy.canReadPersonal(HOSPITAL, SHARED)).isTrue();
        assertThat(CaseAccessPolicy.canReadPersonal(PRIME, SHARED)).isTrue();
    }

    @Test
    void theMinistryReadsTheMemorandumItSigned() {
        assertThat(CaseAccessPolicy.canReadMemorandum(MINISTRY, SUBCONTRACTED)).isTrue();
        assertThat(CaseAccessPolicy.canReadMemorandum(AUDITOR, SUBCONTRACTED)).isFalse();
        assertThat(CaseAccessPolicy.canReadMemorandum(TOKYO, SHARED)).isFalse();
    }

    @Test
    void onlyTheAssignedContractorWritesTheSurvey() {
        assertThat(CaseAccessPolicy.canWriteSurvey(SUB_A, SUBCONTRACTED)).isTrue();
        assertThat(CaseAccessPolicy.canWriteSurvey(PRIME, SUBCONTRACTED)).isTrue();
        assertThat(CaseAccessPolicy.canWriteSurvey(SUB_B, SUBCONTRACTED)).isFalse();
        assertThat(CaseAccessPolicy.canWriteSurvey(MINISTRY, SUBCONTRACTED)).isFalse();
        assertThat(CaseAccessPolicy.canWriteSurvey(HOSPITAL, SUBCONTRACTED)).isFalse();
    }

    @Test
    void onlyTheHospitalWritesItsOwnPart() {
        assertThat(CaseAccessPolicy.canWriteAsHospital(HOSPITAL, SUBCONTRACTED)).isTrue();
        assertThat(CaseAccessPolicy.canWriteAsHospital(OTHER_HOSPITAL, SUBCONTRACTED)).isFalse();
        assertThat(CaseAccessPolicy.canWriteAsHospital(SUB_A, SUBCONTRACTED)).isFalse();
    }

    @Test
    void theParentContractorsManagerMovesASubcontractorsCaseButNotTheSubcontractorsOwnManager() {
        assertThat(CaseAccessPolicy.canReassign(PRIME_MANAGER, SUBCONTRACTED)).isTrue();
        assertThat(CaseAccessPolicy.canReassign(PRIME_MANAGER, PRIMES_OWN)).isTrue();
        assertThat(CaseAccessPolicy.canReassign(PRIME, SUBCONTRACTED)).isFalse();
        assertThat(CaseAccessPolicy.canReassign(SUB_A_MANAGER, SUBCONTRACTED)).isFalse();
        assertThat(CaseAccessPolicy.canReassign(MINISTRY, SUBCONTRACTED)).isTrue();
        assertThat(CaseAccessPolicy.canReassign(AUDITOR, SUBCONTRACTED)).isFalse();
    }

    @Test
    void doneDatesAreCorrectedByAManagerOfAnAssignedOrganizationOrTheMinistry() {
        assertThat(CaseAccessPolicy.canCorrect(SUB_A_MANAGER, SUBCONTRACTED)).isTrue();
        assertThat(CaseAccessPolicy.canCorrect(PRIME_MANAGER, SUBCONTRACTED)).isTrue();
        assertThat(CaseAccessPolicy.canCorrect(SUB_A, SUBCONTRACTED)).isFalse();
        assertThat(CaseAccessPolicy.canCorrect(new Viewer("CONTRACTOR", null, null, "SUB-B", true), SUBCONTRACTED)).isFalse();
        assertThat(CaseAccessPolicy.canCorrect(MINISTRY, SUBCONTRACTED)).isTrue();
        assertThat(CaseAccessPolicy.canCorrect(AUDITOR, SUBCONTRACTED)).isFalse();
    }
}
