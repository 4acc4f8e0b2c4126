package jp.mamori.registry;

import jp.mamori.shared.PrefectureCode;

/** 都道府県 with its names and region (地方). */
public record Prefecture(PrefectureCode code, String nameJa, String nameKana, String nameEn, int regionId,
                         String regionJa, String regionEn) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameJa;
    }
}
