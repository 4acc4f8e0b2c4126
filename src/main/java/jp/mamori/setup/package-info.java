/**
 * First-start set-up (the administrator, the demo registry, program and data) as steps that complete on the
 * next start when a start dies half-way, and that one instance alone does when several start at once.
 */
package jp.mamori.setup;
