/** The report's rules in plain Java: the lead's text, four eyes, what a later change does to a version, re-delivery. */
@org.springframework.modulith.NamedInterface("domain")
package jp.mamori.report.domain;
