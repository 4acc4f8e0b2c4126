/**
 * The ministry's cybersecurity checklist and the BCP confirmation table (checklists.md): editions as versioned data,
 * answers per hospital, edition and respondent, the comparison of the three, and CHECKLIST_MISMATCH. Reads the case
 * and its scope through survey's {@code CaseAccess}; raises findings through inventory's {@code FindingSuggestions}.
 */
package jp.mamori.checklist;
