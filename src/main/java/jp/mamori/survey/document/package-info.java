/**
 * The document vault: survey documents (diagrams, memoranda, ...) checked by content, scanned, and stored
 * encrypted per program so a closed program's documents can be destroyed by deleting one key.
 * No access checks here: the case module decides who may call {@link jp.mamori.survey.document.DocumentVault}.
 */
package jp.mamori.survey.document;
