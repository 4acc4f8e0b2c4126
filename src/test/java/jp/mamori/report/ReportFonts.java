package jp.mamori.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** The fonts of a PDF that are not embedded, walking every page's resources (and its form XObjects'). */
final class ReportFonts {

    private ReportFonts() {
    }

    static List<String> notEmbedded(PDDocument doc) throws IOException {
        List<String> out = new ArrayList<>();
        int fonts = 0;
        for (PDPage page : doc.getPages()) {
            fonts += walk(page.getResources(), out);
        }
        if (fonts == 0) {
            out.add("no font at all");
        }
        return out;
    }

    private static int walk(PDResources res, List<String> out) throws IOException {
        if (res == null) {
            return 0;
        }
        int n = 0;
        for (COSName name : res.getFontNames()) {
            PDFont f = res.getFont(name);
            n++;
            if (!f.isEmbedded()) {
                out.add(f.getName());
            }
        }
        for (COSName name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                n += walk(form.getResources(), out);
            }
        }
        return n;
    }
}
