package jp.mamori.survey.document;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 12-byte nonce per message, the nonce stored in front of the ciphertext and tag.
 * The associated data binds a ciphertext to where it belongs (program, case and document), so a row copied to
 * another document, case or program fails authentication instead of decrypting.
 */
final class DocumentCipher {

    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DocumentCipher() {
    }

    static SecretKey newDataKey() {
        byte[] raw = new byte[MasterKey.KEY_BYTES];
        RANDOM.nextBytes(raw);
        return new SecretKeySpec(raw, "AES");
    }

    static byte[] wrap(SecretKey master, SecretKey dataKey, String programId) {
        return seal(master, dataKey.getEncoded(), keyAad(programId));
    }

    static SecretKey unwrap(SecretKey master, byte[] wrapped, String programId) {
        byte[] raw = open(master, wrapped, keyAad(programId));
        return new SecretKeySpec(raw, "AES");
    }

    static byte[] seal(SecretKey key, byte[] plaintext, byte[] aad) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** IllegalArgumentException when authentication fails: the caller says which document, in Japanese. */
    static byte[] open(SecretKey key, byte[] sealed, byte[] aad) {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("ciphertext too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(sealed, NONCE_BYTES)));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("authentication failed", e);
        }
    }

    static byte[] documentAad(String programId, long caseId, java.util.UUID documentId) {
        return ("mamori-document:v1:" + programId + ":" + caseId + ":" + documentId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] keyAad(String programId) {
        return ("mamori-program-key:v1:" + programId).getBytes(StandardCharsets.UTF_8);
    }
}
