package jp.mamori.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No false positives: what a password manager or a diceware user produces passes. */
class PasswordPolicyProperties {

    static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&*+-=?@^_~";
    static final List<String> WORDS = List.of("sakura", "umbrella", "kettle", "glacier", "harbor", "lantern",
            "violet", "copper", "meadow", "pillow", "tunnel", "orchid", "falcon", "marble", "ginger", "saddle",
            "walnut", "ember", "quartz", "nimbus", "tofu", "hinoki", "biwako", "zelkova", "anchor", "beacon",
            "cobalt", "dragonfly", "fennel", "gravel", "island", "juniper", "kimono", "lobster", "mikan", "noodle",
            "onsen", "pepper", "radish", "tatami", "yuzu", "wasabi", "velvet", "sparrow", "thimble", "riverbank");

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void randomSixteenCharacterPasswordsPass(@ForAll("random16") String password) {
        assertThat(PasswordPolicy.problems("taro", password)).isEmpty();
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void randomFourWordPassphrasesPass(@ForAll("passphrases") String passphrase) {
        assertThat(PasswordPolicy.problems("taro", passphrase)).isEmpty();
    }

    // edge cases (a string of one character) are not what a generator produces: those are refused by name
    @Provide
    Arbitrary<String> random16() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofLength(16)
                .filter(s -> !s.toLowerCase().contains("taro"));
    }

    @Provide
    Arbitrary<String> passphrases() {
        Arbitrary<String> word = Arbitraries.of(WORDS);
        Arbitrary<String> separator = Arbitraries.of(" ", "-", ".", "_");
        return net.jqwik.api.Combinators.combine(word.list().ofSize(4).uniqueElements(), separator)
                .as((w, s) -> String.join(s, w));
    }
}
