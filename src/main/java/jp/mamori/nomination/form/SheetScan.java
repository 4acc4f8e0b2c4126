package jp.mamori.nomination.form;

import java.io.InputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;

/**
 * A streaming count over a sheet's XML, done before the workbook is loaded into memory, so that a sheet
 * with a million rows or sixteen thousand columns is refused while it is still cheap to do so.
 */
final class SheetScan {

    private long cells;
    private final long cellBudget;

    /** @param cellBudget cells left for this and the following sheets */
    SheetScan(long cellBudget) {
        this.cellBudget = cellBudget;
    }

    long cells() {
        return cells;
    }

    /** Counts cells; on the form sheet also rows with values and values beyond the last allowed column. */
    void scan(InputStream xml, boolean formSheet) throws Refusal {
        XMLStreamReader r = null;
        try {
            r = XMLHelper.newXMLInputFactory().createXMLStreamReader(xml);
            int valueRows = 0;
            boolean rowHasValue = false;
            long rowNumber = 0;
            int column = -1;
            boolean inCell = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "dimension" -> checkWithinExcel(r.getAttributeValue(null, "ref"));
                        case "row" -> {
                            rowHasValue = false;
                            column = -1;
                            String ref = r.getAttributeValue(null, "r");
                            rowNumber = ref != null ? rowNumberOf(ref) : rowNumber + 1;
                            if (rowNumber > EXCEL_ROWS) {
                                throw new Refusal(FormErrorCode.INVALID_VALUE, FormMessages.beyondExcel(String.valueOf(ref)));
                            }
                        }
                        case "c" -> {
                            if (++cells > cellBudget) {
                                throw new Refusal(FormErrorCode.INVALID_VALUE, FormMessages.tooManyCells(FormLimits.MAX_CELLS));
                            }
                            String ref = r.getAttributeValue(null, "r");
                            column = ref != null ? columnOf(ref, column) : column + 1;
                            if (column >= EXCEL_COLUMNS || (ref != null && rowOfCell(ref) > EXCEL_ROWS)) {
                                throw new Refusal(FormErrorCode.INVALID_VALUE, FormMessages.beyondExcel(String.valueOf(ref)));
                            }
                            inCell = true;
                        }
                        case "v", "is" -> {
                            if (inCell && formSheet) {
                                rowHasValue = true;
                                if (column >= FormLimits.MAX_COLUMNS) {
                                    String cellRef = CellReference.convertNumToColString(column) + rowNumber;
                                    throw new Refusal(FormErrorCode.INVALID_VALUE,
                                            FormMessages.tooManyColumns(FormLimits.MAX_COLUMNS, cellRef));
                                }
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("c")) {
                        inCell = false;
                    } else if (name.equals("row") && rowHasValue
                            && ++valueRows > FormLimits.MAX_DATA_ROWS + FormLayout.HEADER_SEARCH_ROWS) {
                        throw new Refusal(FormErrorCode.INVALID_VALUE, FormMessages.tooManyRows(FormLimits.MAX_DATA_ROWS));
                    }
                }
            }
        } catch (Refusal refusal) {
            throw refusal;
        } catch (XMLStreamException | RuntimeException e) {
            throw new Refusal(FormErrorCode.NOT_A_WORKBOOK, FormMessages.notAWorkbook());
        } finally {
            close(r);
        }
    }

    /** Excel's own sheet size: a file declaring more was not made by Excel and would only cost memory. */
    static final long EXCEL_ROWS = 1_048_576;
    static final int EXCEL_COLUMNS = 16_384;

    /** A row's r attribute; a number too long to parse is beyond Excel anyway. */
    private static long rowNumberOf(String ref) {
        if (!ref.matches("\\d{1,18}")) {
            return ref.matches("\\d+") ? Long.MAX_VALUE : 0;
        }
        return Long.parseLong(ref);
    }

    /** "AB12" → 12; 0 when the reference has no digits. */
    private static long rowOfCell(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        return i < ref.length() ? rowNumberOf(ref.substring(i)) : 0;
    }

    /** {@code <dimension ref="A1:XFD9999999">}: the sheet's declared extent, refused before any row is read. */
    private static void checkWithinExcel(String ref) throws Refusal {
        if (ref == null) {
            return;
        }
        for (String corner : ref.split(":")) {
            String c = corner.replace("$", "");
            int letters = 0;
            while (letters < c.length() && Character.isLetter(c.charAt(letters))) {
                letters++;
            }
            if (letters > 3 || (letters > 0 && columnOf(c, -1) >= EXCEL_COLUMNS) || rowOfCell(c) > EXCEL_ROWS) {
                throw new Refusal(FormErrorCode.INVALID_VALUE, FormMessages.beyondExcel(ref));
            }
        }
    }

    /** "AB12" → 27; a malformed reference counts as the next column. */
    private static int columnOf(String ref, int previous) {
        int i = 0;
        int col = 0;
        while (i < ref.length() && i < 4 && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? previous + 1 : col - 1;
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing left to release
            }
        }
    }
}
