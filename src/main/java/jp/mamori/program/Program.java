package jp.mamori.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jp.mamori.program.domain.ProgramDefinition;
import jp.mamori.program.domain.SubmissionWindow;
import jp.mamori.shared.PrefectureCode;

/** A stored program: its definition, the prefectures' deadline extensions, and its version for safe edits. */
public record Program(ProgramDefinition definition, Map<PrefectureCode, LocalDate> extensions, int version,
                      Instant updatedAt, Map<String, Integer> surveyTargets) {

    /** @param surveyTargets days per survey step as set by the ministry; empty: the survey's defaults */
    public Program {
        extensions = Map.copyOf(extensions);
        surveyTargets = surveyTargets == null ? Map.of() : Map.copyOf(surveyTargets);
    }

    public Program(ProgramDefinition definition, Map<PrefectureCode, LocalDate> extensions, int version, Instant updatedAt) {
        this(definition, extensions, version, updatedAt, Map.of());
    }

    public String id() {
        return definition.id();
    }

    public String name() {
        return definition.name();
    }

    public SubmissionWindow window() {
        return new SubmissionWindow(definition.submissionDeadline(), extensions);
    }
}
