package jp.mamori.backup;

/**
 * The contractor changed a case's plan (its systems, rates or whether it is declined), in the change's transaction:
 * what an approved report rests on. The hospital's decision alone is not such a change (api-survey.md, Report).
 */
public record BackupPlanChanged(long caseId) {
}
