package jp.mamori.survey.domain;

/**
 * One of the hospital's systems as the questionnaire lists it: it seeds the connection inventory and the backup
 * plan, so the vendor and whether it maintains the system remotely matter most. Free text is kept as typed.
 */
public record SystemEntry(String name, String kind, String vendor, Boolean remoteMaintenance) {
}
