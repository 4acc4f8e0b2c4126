/** The backup plan's rules in plain Java: seeding, cost range, the hospital's decision, the fee schedule's check. */
@org.springframework.modulith.NamedInterface("domain")
package jp.mamori.backup.domain;
