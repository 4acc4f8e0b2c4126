/** Cross-cutting infrastructure: the database (embedded or external) and settings. */
package jp.mamori.shared.infrastructure;
