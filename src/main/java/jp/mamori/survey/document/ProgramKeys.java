package jp.mamori.survey.document;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

import jp.mamori.shared.infrastructure.MamoriProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each program's data key, kept wrapped by the master key in the database so every app instance shares them.
 * Loaded at start-up: a missing, malformed or wrong master key stops the application before any upload.
 */
@Component
class ProgramKeys {

    private static final byte[] CHECK_LABEL = "mamori-master-key-check:v1".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final JdbcClient jdbc;
    private final SecretKey master;

    @Autowired
    ProgramKeys(JdbcClient jdbc, DocumentSettings settings, MamoriProperties properties) {
        this(jdbc, MasterKey.load(settings.fileKey(), properties.dataDir()));
    }

    ProgramKeys(JdbcClient jdbc, SecretKey master) {
        this.jdbc = jdbc;
        this.master = master;
        verifyMaster();
    }

    /** The program's key, created on its first document. */
    SecretKey forWriting(String programId) {
        SecretKey fresh = DocumentCipher.newDataKey();
        jdbc.sql("INSERT INTO survey_document_key (program_id, wrapped_key) VALUES (?, ?) ON CONFLICT (program_id) DO NOTHING")
                .params(programId, DocumentCipher.wrap(master, fresh, programId)).update();
        return forReading(programId).orElseThrow(() -> new IllegalStateException("program key vanished: " + programId));
    }

    Optional<SecretKey> forReading(String programId) {
        return jdbc.sql("SELECT wrapped_key FROM survey_document_key WHERE program_id = ?").param(programId)
                .query(byte[].class).optional()
                .map(wrapped -> {
                    try {
                        return DocumentCipher.unwrap(master, wrapped, programId);
                    } catch (IllegalArgumentException e) {
                        throw new DocumentIntegrityException("事業 " + programId + " の文書鍵を復号できません（鍵の改ざんまたは別のマスター鍵）。", e);
                    }
                });
    }

    /** Locks the key row so no document is added while the program is destroyed; false when it has no key. */
    boolean lock(String programId) {
        return jdbc.sql("SELECT 1 FROM survey_document_key WHERE program_id = ? FOR UPDATE").param(programId)
                .query(Integer.class).optional().isPresent();
    }

    void delete(String programId) {
        jdbc.sql("DELETE FROM survey_document_key WHERE program_id = ?").param(programId).update();
    }

    private void verifyMaster() {
        byte[] check = keyCheck();
        jdbc.sql("INSERT INTO survey_document_master (id, key_check) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")
                .param(check).update();
        byte[] stored = jdbc.sql("SELECT key_check FROM survey_document_master WHERE id = 1").query(byte[].class).single();
        if (!MessageDigest.isEqual(stored, check)) {
            throw new IllegalStateException("文書の暗号鍵（MAMORI_FILE_KEY または鍵ファイル）が、このデータベースの文書を暗号化した鍵と一致しません。"
                    + "保存してある元の鍵を設定してから起動してください（別の鍵では既存の文書を読めません）。");
        }
    }

    private byte[] keyCheck() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(master);
            return mac.doFinal(CHECK_LABEL);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
