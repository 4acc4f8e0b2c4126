package jp.mamori.registry;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

final class PrefectureCodes {

    static final Set<String> ALL = IntStream.rangeClosed(1, 47).mapToObj(i -> String.format("%02d", i))
            .collect(Collectors.toUnmodifiableSet());

    private PrefectureCodes() {
    }
}
