/**
 * The national figures' rules in plain Java (no Spring): which figures drawn from confidential data may be
 * published, and which must be suppressed so that no figure resting on fewer than five hospitals can be read or
 * worked out.
 */
@org.springframework.modulith.NamedInterface("domain")
package jp.mamori.dashboard.domain;
