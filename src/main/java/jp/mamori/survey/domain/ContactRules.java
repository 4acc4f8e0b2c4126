package jp.mamori.survey.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.shared.Contact;
import jp.mamori.shared.ContactFormat;
import jp.mamori.shared.Problem;
import jp.mamori.shared.TextRules;

/**
 * The case's contacts: the list's limits and each field, with the nomination form's own phone and address rule
 * ({@link ContactFormat}), so a contact accepted there is accepted here.
 */
public final class ContactRules {

    public static final int MAX_CONTACTS = 10;

    private ContactRules() {
    }

    /** Trims and NFKC-normalizes each field (a full-width ＠ is fine), as the form does. */
    public static Contact normalized(Contact c) {
        return new Contact(norm(c.department()), norm(c.name()), norm(c.phone()), norm(c.email()));
    }

    /** Every problem of the list, each naming the contact by its position (1 = first). */
    public static List<Problem> check(List<Contact> contacts) {
        List<Problem> out = new ArrayList<>();
        if (contacts == null || contacts.isEmpty()) {
            out.add(Problem.field("contacts", "MISSING_VALUE", "担当者を1人以上入力してください。"));
            return out;
        }
        if (contacts.size() > MAX_CONTACTS) {
            out.add(Problem.field("contacts", "INVALID_VALUE", "担当者は" + MAX_CONTACTS + "人までです。"));
        }
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            String at = "contacts[" + i + "]";
            String who = (i + 1) + "人目の担当者の";
            if (c == null) {
                out.add(Problem.field(at, "MISSING_VALUE", (i + 1) + "人目の担当者が空です。"));
                continue;
            }
            TextRules.checkLine(at + ".department", who + "部署", c.department(), 100).ifPresent(out::add);
            if (c.name() == null) {
                out.add(Problem.field(at + ".name", "MISSING_VALUE", who + "氏名を入力してください。"));
            } else {
                TextRules.checkLine(at + ".name", who + "氏名", c.name(), 100).ifPresent(out::add);
            }
            if (!ContactFormat.isPhone(c.phone())) {
                out.add(Problem.field(at + ".phone", "INVALID_VALUE",
                        who + "電話番号は、市外局番から10桁または11桁で入力してください（例: 03-1234-5678、内線は末尾に「内線123」）。"));
            }
            if (!ContactFormat.isEmail(c.email())) {
                out.add(Problem.field(at + ".email", "INVALID_VALUE",
                        who + "メールアドレスの形式が正しくありません（例: taro@hospital.example.jp）。"));
            }
        }
        return out;
    }

    private static String norm(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
        return t.isEmpty() ? null : t;
    }
}
