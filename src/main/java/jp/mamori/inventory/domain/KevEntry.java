package jp.mamori.inventory.domain;

import java.time.LocalDate;

/**
 * One entry of the CISA Known Exploited Vulnerabilities catalogue, as much of it as a finding's evidence shows.
 * KEV has no version ranges: a match means "check this version against the vendor's advisory", never "vulnerable".
 *
 * @param knownRansomware true when CISA lists {@code knownRansomwareCampaignUse} as "Known"
 */
public record KevEntry(String cveId, String vendorProject, String product, String vulnerabilityName,
                       LocalDate dateAdded, boolean knownRansomware, String requiredAction) {
}
