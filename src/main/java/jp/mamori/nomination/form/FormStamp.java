package jp.mamori.nomination.form;

import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * Which list, at which version, a form was exported from. Kept in the workbook's custom document
 * properties: users reorder, hide and delete columns and rows, but Excel keeps these as they are.
 * A form built by hand has none, and is then never called stale.
 *
 * @param list    "programId/prefectureCode"
 * @param version the list's version when exported; {@link #NO_LIST} when no list was stored yet
 */
public record FormStamp(String list, int version) {

    public static final int NO_LIST = -1;
    static final String LIST = "mamori.list";
    static final String VERSION = "mamori.listVersion";

    public static String listKey(String programId, String prefectureCode) {
        return programId + "/" + prefectureCode;
    }

    void writeTo(POIXMLProperties properties) {
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        custom.addProperty(LIST, list);
        custom.addProperty(VERSION, version);
    }

    static Optional<FormStamp> readFrom(POIXMLProperties properties) {
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        CTProperty list = custom.getProperty(LIST);
        CTProperty version = custom.getProperty(VERSION);
        if (list == null || version == null || list.getLpwstr() == null || !version.isSetI4()) {
            return Optional.empty();
        }
        return Optional.of(new FormStamp(list.getLpwstr(), version.getI4()));
    }
}
