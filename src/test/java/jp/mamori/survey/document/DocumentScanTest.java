package jp.mamori.survey.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.program.ProgramInput;
import jp.mamori.program.ProgramService;
import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

/** Uploads scanned by a real clamd (started by the test, own config and signature) before anything is stored. */
@IntegrationTest
class DocumentScanTest {

    @TempDir
    static Path clamdDir;
    static TestClamd clamd;

    @Autowired
    DocumentStore store;
    @Autowired
    jp.mamori.support.TestCases cases;
    @Autowired
    ProgramKeys keys;
    @Autowired
    Clock clock;
    @Autowired
    ProgramService programs;

    @BeforeAll
    static void startClamd() throws Exception {
        clamd = TestClamd.start(clamdDir);
        System.out.println("clamd answered PING after " + clamd.startMillis + " ms");
    }

    @AfterAll
    static void stopClamd() throws Exception {
        if (clamd != null) {
            clamd.close();
        }
    }

    @Test
    void theEicarTestFileIsRefusedAsInfectedAndNotStored() {
        DocumentVault vault = vaultScanningAt(clamd.port());
        String program = newProgram();
        long caseId = cases.open(program);

        assertThatThrownBy(() -> vault.store(program, caseId, DocumentKind.OTHER, "eicar.pdf",
                new ByteArrayInputStream(TestClamd.eicar()), -1, "u"))
                .isInstanceOfSatisfying(InfectedFileException.class, e -> {
                    assertThat(e.code()).isEqualTo("FILE_INFECTED");
                    assertThat(e.signature()).startsWith(TestClamd.SIGNATURE);
                })
                .hasMessageContaining("ウイルス");
        assertThat(vault.list(caseId)).isEmpty();
    }

    @Test
    void anInfectedFileOfAnAllowedTypeIsRefusedToo() {
        DocumentVault vault = vaultScanningAt(clamd.port());
        String program = newProgram();
        long caseId = cases.open(program);
        byte[] pdf = SampleFiles.pdf();
        byte[] pdfWithEicar = (new String(pdf, StandardCharsets.ISO_8859_1).replace("trailer",
                new String(TestClamd.eicar(), StandardCharsets.ISO_8859_1) + "\ntrailer")).getBytes(StandardCharsets.ISO_8859_1);
        // a real PDF by its content: only the scanner can refuse it
        assertThat(FileTypePolicy.classify(pdfWithEicar)).isEqualTo(DocumentType.PDF);

        assertThatThrownBy(() -> vault.store(program, caseId, DocumentKind.NETWORK_DIAGRAM, "図.pdf",
                new ByteArrayInputStream(pdfWithEicar), -1, "u")).isInstanceOf(InfectedFileException.class);
        assertThat(vault.list(caseId)).isEmpty();
    }

    @Test
    void aCleanPdfIsScannedAndStored() {
        DocumentVault vault = vaultScanningAt(clamd.port());
        String program = newProgram();
        long caseId = cases.open(program);
        byte[] pdf = SampleFiles.pdf();

        StoredDocument stored = vault.store(program, caseId, DocumentKind.NETWORK_DIAGRAM, "構成図.pdf",
                new ByteArrayInputStream(pdf), pdf.length, "contractor-1");

        assertThat(vault.list(caseId)).extracting(StoredDocument::id).containsExactly(stored.id());
        assertThat(vault.open(stored.id()).content()).isEqualTo(pdf);
    }

    @Test
    void aConfiguredButUnreachableScannerRefusesTheUpload() throws Exception {
        DocumentVault vault = vaultScanningAt(TestClamd.freePort());
        String program = newProgram();
        long caseId = cases.open(program);
        byte[] pdf = SampleFiles.pdf();

        assertThatThrownBy(() -> vault.store(program, caseId, DocumentKind.NETWORK_DIAGRAM, "構成図.pdf",
                new ByteArrayInputStream(pdf), pdf.length, "u"))
                .isInstanceOfSatisfying(ScannerUnavailableException.class, e -> assertThat(e.code()).isEqualTo("SCANNER_UNAVAILABLE"))
                .hasMessageContaining("ウイルス検査を実行できなかった");
        assertThat(vault.list(caseId)).isEmpty();
    }

    /** The vault as the application builds it when MAMORI_CLAMAV_HOST and MAMORI_CLAMAV_PORT are set. */
    private DocumentVault vaultScanningAt(int port) {
        DocumentSettings settings = new DocumentSettings(DataSize.ofMegabytes(25), null,
                new DocumentSettings.Clamav("127.0.0.1", port, Duration.ofSeconds(2), Duration.ofSeconds(30)));
        return new DocumentVault(store, keys, ScannerConfig.scannerFor(settings.clamav()), settings, clock);
    }

    private String newProgram() {
        String id = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        programs.saveUnchecked(id, new ProgramInput("検査テスト事業 " + id, 2025, "FY2025", 10, "2026-03-01",
                "2026-01-31", null, null, List.of(), false, List.of(new ProgramInput.Quota("13", 1, Map.of())), null, null));
        return id;
    }
}
