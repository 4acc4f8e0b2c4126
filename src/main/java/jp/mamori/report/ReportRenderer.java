package jp.mamori.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

/** Placeholder renderer (replaced at merge by the real one): a one-page PDF and a one-sheet workbook. */
@Service
public class ReportRenderer {

    public byte[] pdf(long caseId, ReportText text, ReportStamp stamp) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 720);
                s.showText("Report case " + caseId + " version " + stamp.version()
                        + (stamp.deliveredOn() == null ? "" : " delivered " + stamp.deliveredOn()));
                s.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("report PDF of case " + caseId, e);
        }
    }

    public byte[] xlsx(long caseId, ReportText text, ReportStamp stamp) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("報告書");
            sheet.createRow(0).createCell(0).setCellValue("case " + caseId + " version " + stamp.version());
            sheet.createRow(1).createCell(0).setCellValue(text.summary() == null ? "" : text.summary());
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("report workbook of case " + caseId, e);
        }
    }
}
