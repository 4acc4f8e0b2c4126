/** The program's rules in plain Java: its definition, its validation, its submission window. */
@org.springframework.modulith.NamedInterface("domain")
package jp.mamori.program.domain;
