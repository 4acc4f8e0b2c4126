/**
 * The offline backup plan of a survey case (survey.md, "Offline backup plan"): the systems to protect, how their
 * copies are kept apart from the hospital network, the cost range, and the hospital's decision. Not to be confused
 * with {@code shared.infrastructure.backup}, which backs up Mamori's own database. Reads and writes go through
 * survey's {@code CaseAccess}; BACKUP_REACHABLE is raised through inventory's {@code FindingSuggestions}.
 */
package jp.mamori.backup;
