package jp.mamori.survey.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jp.mamori.program.ProgramInput;
import jp.mamori.program.ProgramService;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.PayloadTooLargeException;
import jp.mamori.shared.ValidationException;
import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The vault against the real embedded PostgreSQL: only ciphertext is stored, and every read is verified. */
@IntegrationTest
class DocumentVaultTest {


    @Autowired
    DocumentVault vault;
    @Autowired
    jp.mamori.support.TestCases cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgramService programs;
    @Autowired
    ProgramKeys keys;

    @Test
    void theDatabaseHoldsCiphertextAndARoundTripReturnsTheSameBytes() throws Exception {
        String program = newProgram();
        long caseId = cases.open(program);
        byte[] pdf = SampleFiles.pdf();

        StoredDocument stored = vault.store(program, caseId, DocumentKind.NETWORK_DIAGRAM, "  構成図.pdf ",
                new ByteArrayInputStream(pdf), pdf.length, "contractor-1");

        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.fileName()).isEqualTo("構成図.pdf");
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)))
                .matches("[0-9a-f]{64}");
        byte[] row = jdbc.sql("SELECT content FROM survey_document WHERE id = ?").param(stored.id()).query(byte[].class).single();
        assertThat(indexOf(row, SampleFiles.MARKER.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        assertThat(indexOf(row, "%PDF".getBytes(StandardCharsets.US_ASCII))).isEqualTo(-1);
        assertThat(indexOf(pdf, SampleFiles.MARKER.getBytes(StandardCharsets.UTF_8))).isPositive();

        OpenedDocument opened = vault.open(stored.id());
        assertThat(opened.content()).isEqualTo(pdf);
        assertThat(opened.stream().readAllBytes()).isEqualTo(pdf);
        assertThat(opened.document()).isEqualTo(vault.find(stored.id()).orElseThrow());
        assertThat(DocumentVault.sha256(opened.content())).isEqualTo(stored.sha256());
        assertThat(vault.list(caseId)).extracting(StoredDocument::id).containsExactly(stored.id());
    }

    @Test
    void aTamperedCiphertextByteIsDetected() {
        String program = newProgram();
        StoredDocument stored = storePdf(program, cases.open(program));
        byte[] row = jdbc.sql("SELECT content FROM survey_document WHERE id = ?").param(stored.id()).query(byte[].class).single();
        row[row.length / 2] ^= 0x01;
        jdbc.sql("UPDATE survey_document SET content = ? WHERE id = ?").params(row, stored.id()).update();

        assertThatThrownBy(() -> vault.open(stored.id())).isInstanceOf(DocumentIntegrityException.class)
                .hasMessageContaining("改ざん");
    }

    @Test
    void alteredMetadataIsDetectedByTheHashCheck() {
        String program = newProgram();
        StoredDocument stored = storePdf(program, cases.open(program));
        jdbc.sql("UPDATE survey_document SET sha256 = ? WHERE id = ?").params("0".repeat(64), stored.id()).update();

        assertThatThrownBy(() -> vault.open(stored.id())).isInstanceOf(DocumentIntegrityException.class)
                .hasMessageContaining("SHA-256");
    }

    @Test
    void anotherProgramsKeyCannotOpenADocument() {
        String mine = newProgram();
        String theirs = newProgram();
        StoredDocument stored = storePdf(mine, cases.open(mine));
        long theirCase = cases.open(theirs);
        storePdf(theirs, theirCase);
        // the case's foreign key keeps program and case together, so a moved row names both
        jdbc.sql("UPDATE survey_document SET program_id = ?, case_id = ? WHERE id = ?").params(theirs, theirCase, stored.id()).update();

        assertThatThrownBy(() -> vault.open(stored.id())).isInstanceOf(DocumentIntegrityException.class);
    }

    @Test
    void aDocumentMovedToAnotherCaseIsRefused() {
        String program = newProgram();
        StoredDocument stored = storePdf(program, cases.open(program));
        jdbc.sql("UPDATE survey_document SET case_id = ? WHERE id = ?").params(cases.open(program), stored.id()).update();

        assertThatThrownBy(() -> vault.open(stored.id())).isInstanceOf(DocumentIntegrityException.class);
    }

    @Test
    void aCiphertextCopiedToAnotherDocumentOfTheSameProgramIsRefused() {
        String program = newProgram();
        long caseId = cases.open(program);
        StoredDocument a = storePdf(program, caseId);
        byte[] png = SampleFiles.png();
        StoredDocument b = vault.store(program, caseId, DocumentKind.OTHER, "b.png", new ByteArrayInputStream(png), -1, "u");
        jdbc.sql("UPDATE survey_document SET content = (SELECT content FROM survey_document WHERE id = ?) WHERE id = ?")
                .params(a.id(), b.id()).update();

        assertThatThrownBy(() -> vault.open(b.id())).isInstanceOf(DocumentIntegrityException.class);
        assertThat(vault.open(a.id()).content()).isEqualTo(SampleFiles.pdf());
    }

    @Test
    void destroyingAProgramCountsItsDocumentsAndLeavesThemUnreadable() {
        String closed = newProgram();
        String running = newProgram();
        long caseId = cases.open(closed);
        StoredDocument first = storePdf(closed, caseId);
        StoredDocument second = vault.store(closed, caseId, DocumentKind.MEMORANDUM, "覚書.docx",
                new ByteArrayInputStream(SampleFiles.docx()), -1, "hospital-1");
        StoredDocument other = storePdf(running, cases.open(running));
        byte[] ciphertext = jdbc.sql("SELECT content FROM survey_document WHERE id = ?").param(first.id())
                .query(byte[].class).single();

        assertThat(vault.destroyProgram(closed)).isEqualTo(2);

        assertThatThrownBy(() -> vault.open(first.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> vault.open(second.id())).isInstanceOf(NotFoundException.class);
        assertThat(vault.list(caseId)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM survey_document_key WHERE program_id = ?").param(closed)
                .query(Integer.class).single()).isZero();
        // a copy of the ciphertext (a backup, a dead tuple) restored next to a new key of the same program stays unreadable
        keys.forWriting(closed);
        jdbc.sql("INSERT INTO survey_document (id, program_id, case_id, kind, file_name, content_type, size, sha256, content, uploaded_at, uploaded_by)"
                        + " VALUES (?, ?, ?, 'OTHER', 'x.pdf', 'application/pdf', ?, ?, ?, now(), 'restore')")
                .params(first.id(), closed, caseId, first.size(), first.sha256(), ciphertext).update();
        assertThatThrownBy(() -> vault.open(first.id())).isInstanceOf(DocumentIntegrityException.class)
                .hasMessageContaining("復号できません");

        assertThat(vault.open(other.id()).content()).isEqualTo(SampleFiles.pdf());
        assertThat(vault.destroyProgram(newProgram())).isZero();
    }

    @Test
    void deleteRemovesOneDocument() {
        String program = newProgram();
        long caseId = cases.open(program);
        StoredDocument gone = storePdf(program, caseId);
        StoredDocument kept = storePdf(program, caseId);

        vault.delete(gone.id());

        assertThat(vault.list(caseId)).extracting(StoredDocument::id).containsExactly(kept.id());
        assertThatThrownBy(() -> vault.open(gone.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> vault.delete(gone.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusedUploadsStoreNothing() {
        String program = newProgram();
        long caseId = cases.open(program);
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};

        assertThatThrownBy(() -> vault.store(program, caseId, DocumentKind.OTHER, "invoice.pdf",
                new ByteArrayInputStream(elf), elf.length, "u"))
                .isInstanceOf(DocumentRefusedException.class)
                .satisfies(e -> assertThat(((DocumentRefusedException) e).code()).isEqualTo("FILE_TYPE_NOT_ALLOWED"));
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> vault.store(program, caseId, DocumentKind.SYSTEM_DIAGRAM, "diagram.png",
                new ByteArrayInputStream(script), script.length, "u")).isInstanceOf(DocumentRefusedException.class);
        assertThatThrownBy(() -> vault.store(program, caseId, DocumentKind.OTHER, "big.pdf",
                new BoundedUploadTest.CountingStream(25L * 1024 * 1024 + 1), -1, "u"))
                .isInstanceOf(PayloadTooLargeException.class);
        assertThat(vault.list(caseId)).isEmpty();
    }

    @Test
    void theDeclaredFileNameIsKeptWithoutItsPathAndChecked() {
        String program = newProgram();
        long caseId = cases.open(program);
        byte[] png = SampleFiles.png();

        StoredDocument fromWindows = vault.store(program, caseId, DocumentKind.SYSTEM_DIAGRAM,
                "C:\\Users\\病院\\..\\システム構成.png", new ByteArrayInputStream(png), -1, "u");
        StoredDocument fromScript = vault.store(program, caseId, DocumentKind.SYSTEM_DIAGRAM,
                "../../etc/passwd.png", new ByteArrayInputStream(png), -1, "u");

        assertThat(List.of(fromWindows.fileName(), fromScript.fileName())).containsExactly("システム構成.png", "passwd.png");
        assertThatThrownBy(() -> vault.store(program, caseId, DocumentKind.OTHER, "evil\u202Egnp.exe",
                new ByteArrayInputStream(png), -1, "u")).isInstanceOf(ValidationException.class).hasMessageContaining("ファイル名");
        assertThatThrownBy(() -> vault.store(program, caseId, DocumentKind.OTHER, "a".repeat(201) + ".png",
                new ByteArrayInputStream(png), -1, "u")).isInstanceOf(ValidationException.class).hasMessageContaining("200文字");
    }

    @Test
    void aDifferentMasterKeyIsRefusedAtStartUp() {
        // the shared context already stored its master key's check value in this database
        assertThatThrownBy(() -> new ProgramKeys(jdbc, DocumentCipher.newDataKey()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("一致しません");
    }

    private StoredDocument storePdf(String program, long caseId) {
        byte[] pdf = SampleFiles.pdf();
        return vault.store(program, caseId, DocumentKind.NETWORK_DIAGRAM, "図.pdf", new ByteArrayInputStream(pdf), pdf.length, "u");
    }

    private String newProgram() {
        String id = "D" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        programs.saveUnchecked(id, new ProgramInput("文書テスト事業 " + id, 2025, "FY2025", 10, "2026-03-01",
                "2026-01-31", null, null, List.of(), false, List.of(new ProgramInput.Quota("13", 1, Map.of())), null, null));
        return id;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
