/**
 * The report to the hospital (survey.md, "Report to the hospital"): what the survey delivers, as PDF and Excel,
 * written by the case's lead surveyor, approved by a second account of the contractor, frozen at delivery.
 * Reads the case through survey's {@code CaseAccess} and the inventory, checklist and backup modules' public
 * services; nothing below uses this module.
 */
package jp.mamori.report;
