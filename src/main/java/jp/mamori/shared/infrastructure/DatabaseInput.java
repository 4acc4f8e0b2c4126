package jp.mamori.shared.infrastructure;

import java.sql.SQLException;
import java.util.Optional;

import jp.mamori.shared.Problem;

/**
 * PostgreSQL's refusals that mean "this input is bad", not "the system failed" (SQLSTATE class 22):
 * recognised so that input slipping past explicit validation still gets a Japanese 422.
 */
final class DatabaseInput {

    private DatabaseInput() {
    }

    static Optional<Problem> problem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return switch (sql.getSQLState()) {
                    case "22001" -> Optional.of(Problem.of("TOO_LONG",
                            "入力された文字が長すぎます。各項目の文字数を減らしてください（何も保存していません）。"));
                    case "22021", "22P05" -> Optional.of(Problem.of("INVALID_CHARACTER",
                            "保存できない文字（制御文字など）が含まれています。削除して入力し直してください（何も保存していません）。"));
                    case "22P02", "22003", "22007", "22008" -> Optional.of(Problem.of("INVALID_VALUE",
                            "数値や日付として読めない値があります。形式を確認してください（何も保存していません）。"));
                    default -> Optional.empty();
                };
            }
        }
        return Optional.empty();
    }
}
