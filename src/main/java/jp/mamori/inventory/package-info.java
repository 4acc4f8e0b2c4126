/**
 * The external connection inventory of a survey case, the findings raised on it, and the KEV catalogue they are
 * matched against. Every read and write of a case's inventory and findings goes through survey's {@code CaseAccess}.
 */
package jp.mamori.inventory;
