package jp.mamori.nomination.form;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An uploaded workbook that passed the gate, with its form sheet. Closing discards it without saving. */
public record OpenedForm(OPCPackage pkg, XSSFWorkbook workbook, XSSFSheet sheet) implements AutoCloseable {

    @Override
    public void close() {
        pkg.revert();
    }
}
