package jp.mamori.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jp.mamori.shared.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** The safety net: PostgreSQL's "bad input" states become a Japanese 422 problem; anything else stays a failure. */
class DatabaseInputTest {

    static DataIntegrityViolationException refused(String sqlState) {
        return new DataIntegrityViolationException("x", new SQLException("ERROR: value too long", sqlState));
    }

    @Test
    void inputStatesAreProblemsWithAJapaneseMessage() {
        assertThat(DatabaseInput.problem(refused("22001"))).get().extracting(Problem::code).isEqualTo("TOO_LONG");
        assertThat(DatabaseInput.problem(refused("22021"))).get().extracting(Problem::code).isEqualTo("INVALID_CHARACTER");
        assertThat(DatabaseInput.problem(refused("22P05"))).get().extracting(Problem::code).isEqualTo("INVALID_CHARACTER");
        assertThat(DatabaseInput.problem(refused("22P02"))).get().satisfies(p -> {
            assertThat(p.code()).isEqualTo("INVALID_VALUE");
            assertThat(p.message()).contains("何も保存していません");
        });
    }

    @Test
    void otherStatesAreNotTheCallersFault() {
        assertThat(DatabaseInput.problem(refused("08006"))).isEmpty();
        assertThat(DatabaseInput.problem(new IllegalStateException("no SQL here"))).isEmpty();
    }
}
