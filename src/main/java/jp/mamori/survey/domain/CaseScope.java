package jp.mamori.survey.domain;

/**
 * What the access rules need to know of one case: its hospital and prefecture, the organization it is assigned to
 * and that organization's parent contractor (null for a contractor's own case), and the hospital's consent.
 */
public record CaseScope(String hospitalCode, String prefectureCode, String organizationId, String parentOrganizationId,
                        boolean sharedWithPrefecture) {
}
