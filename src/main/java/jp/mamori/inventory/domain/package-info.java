/** The inventory's rules in plain Java: connection points, findings and their rules, KEV matching. */
@org.springframework.modulith.NamedInterface("domain")
package jp.mamori.inventory.domain;
