package jp.mamori.survey.document;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;

import jp.mamori.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey documents' vault: checks, scans, encrypts and stores uploads; {@link #open} is the one way to
 * a document's bytes, so the case module audits every download by auditing that one call.
 * No access checks: callers decide who may store, open, delete or destroy.
 */
@Service
public class DocumentVault {

    private final DocumentStore store;
    private final ProgramKeys keys;
    private final VirusScanner scanner;
    private final Clock clock;
    private final long maxBytes;

    @Autowired
    DocumentVault(DocumentStore store, ProgramKeys keys, VirusScanner scanner, DocumentSettings settings, Clock clock) {
        this(store, keys, scanner, clock, settings.maxSize().toBytes());
    }

    DocumentVault(DocumentStore store, ProgramKeys keys, VirusScanner scanner, Clock clock, long maxBytes) {
        this.store = store;
        this.keys = keys;
        this.scanner = scanner;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /**
     * Reads at most the size limit from {@code content}, scans it (when a scanner is configured), reads its type
     * from the bytes, and stores it encrypted under the program's key.
     *
     * @param declaredSize the size the client announced, or -1 when unknown; refused early when over the limit
     * @throws jp.mamori.shared.PayloadTooLargeException FILE_TOO_LARGE
     * @throws InfectedFileException FILE_INFECTED
     * @throws DocumentRefusedException FILE_TYPE_NOT_ALLOWED
     * @throws ScannerUnavailableException a scanner is configured but gave no verdict
     */
    // no transaction: a scan may take seconds and must not hold a database connection; each write is one statement
    public StoredDocument store(String programId, long caseId, DocumentKind kind, String fileName, InputStream content,
                                long declaredSize, String uploadedBy) {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        String name = FileNames.clean(fileName);
        byte[] plaintext = BoundedUpload.read(content, declaredSize, maxBytes);
        // scanned before the type check, so an infected file is always reported (and audited) as infected
        if (plaintext.length > 0) {
            scanner.scan(plaintext);
        }
        DocumentType type = FileTypePolicy.classify(plaintext);
        StoredDocument document = new StoredDocument(UUID.randomUUID(), programId, caseId, kind, name, type.mediaType(),
                plaintext.length, sha256(plaintext), clock.instant(), uploadedBy);
        SecretKey key = keys.forWriting(programId);
        store.insert(document, DocumentCipher.seal(key, plaintext, DocumentCipher.documentAad(programId, caseId, document.id())));
        return document;
    }

    /**
     * The document's bytes, decrypted and checked against its SHA-256. The only read of any content.
     *
     * @throws NotFoundException no such document (or it was deleted or destroyed)
     * @throws DocumentIntegrityException the stored bytes were altered, or its program's key is gone or wrong
     */
    @Transactional(readOnly = true)
    public OpenedDocument open(UUID documentId) {
        DocumentStore.Sealed sealed = store.findSealed(documentId).orElseThrow(DocumentVault::notFound);
        StoredDocument d = sealed.document();
        SecretKey key = keys.forReading(d.programId()).orElseThrow(() -> new DocumentIntegrityException(
                "文書 " + d.id() + " の事業 " + d.programId() + " の鍵がありません（破棄済み）。", null));
        byte[] plaintext;
        try {
            plaintext = DocumentCipher.open(key, sealed.content(), DocumentCipher.documentAad(d.programId(), d.caseId(), d.id()));
        } catch (IllegalArgumentException e) {
            throw new DocumentIntegrityException("文書 " + d.id() + " を復号できません（改ざん、破損、または別の事業の鍵）。", e);
        }
        if (plaintext.length != d.size() || !MessageDigest.isEqual(
                sha256(plaintext).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                d.sha256().getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new DocumentIntegrityException("文書 " + d.id() + " のSHA-256が保存時と一致しません。", null);
        }
        return new OpenedDocument(d, plaintext);
    }

    /** Metadata only: never the content. */
    public Optional<StoredDocument> find(UUID documentId) {
        return store.find(documentId);
    }

    /** A case's documents in upload order, metadata only. */
    public List<StoredDocument> list(long caseId) {
        return store.byCase(caseId);
    }

    /** @throws NotFoundException no such document */
    @Transactional
    public void delete(UUID documentId) {
        if (!store.delete(documentId)) {
            throw notFound();
        }
    }

    /**
     * Destroys every document of a program by deleting its key (crypto-shredding) and their rows; any copy of
     * the ciphertext left in backups or on disk is unreadable without that key.
     *
     * @return how many documents were destroyed
     */
    @Transactional
    public int destroyProgram(String programId) {
        if (!keys.lock(programId)) {
            return 0;
        }
        int destroyed = store.deleteProgram(programId);
        keys.delete(programId);
        return destroyed;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("文書が見つかりません。削除されたか、事業の終了により破棄された可能性があります。");
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
