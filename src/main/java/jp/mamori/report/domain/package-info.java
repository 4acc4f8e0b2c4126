/**
 * The report's rules in plain Java (no Spring): which findings it shows and in what order, how its dates read,
 * which spreadsheet text must be kept as text.
 */
package jp.mamori.report.domain;
