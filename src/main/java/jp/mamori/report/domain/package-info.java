/**
 * The report's rules in plain Java (no Spring): the lead's text, four eyes, what a later change does to a version,
 * re-delivery; which findings the report shows and in what order, how its dates read, which spreadsheet text must be
 * kept as text.
 */
@org.springframework.modulith.NamedInterface("domain")
package jp.mamori.report.domain;
