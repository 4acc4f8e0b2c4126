package jp.mamori.survey.document;

import java.text.Normalizer;

import jp.mamori.shared.TextRules;
import jp.mamori.shared.ValidationException;

/**
 * The declared file name, kept for display and download only (never for the type): the last path part,
 * trimmed, checked by {@link TextRules}.
 */
final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    static String clean(String declared) {
        String name = declared == null ? "" : Normalizer.normalize(declared, Normalizer.Form.NFC);
        // browsers on Windows send C:\path\file.pdf; scripts may send ../../file.pdf
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new ValidationException(jp.mamori.shared.Problem.field("fileName", "REQUIRED",
                    "ファイル名がありません。ファイル名の付いたファイルを選んでアップロードしてください。"));
        }
        TextRules.checkLine("fileName", "ファイル名", name, MAX_LENGTH).ifPresent(p -> {
            throw new ValidationException(p);
        });
        return name;
    }
}
