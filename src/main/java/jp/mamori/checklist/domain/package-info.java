/**
 * The checklist's rules in plain Java (no Spring, no clock: today is passed in): editions and their items, answers
 * by respondent, one named class per rule (the target date, the gate question, per-target keys, the id map between
 * editions, completeness, the mismatch between the hospital and the contractor, who reads and writes).
 */
@org.springframework.modulith.NamedInterface("domain")
package jp.mamori.checklist.domain;
