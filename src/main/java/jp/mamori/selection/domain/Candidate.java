package jp.mamori.selection.domain;

import java.time.LocalDate;
import java.util.Objects;

import jp.mamori.shared.EmrStatus;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.PreviousYearParticipation;
import jp.mamori.shared.SupportWanted;

/**
 * One nomination as the rules see it: what the prefecture's form says, plus the registry facts
 * the priority keys need. Contacts and free text stay outside the domain.
 *
 * @param rank                       支援の順位 (1 = first)
 * @param beds                       許可病床数 on the nomination; {@code null} when blank
 * @param registryBeds               the registry's beds, used when the nomination leaves them blank
 * @param renewalPlanned             院内情報システム更改予定 in the program's fiscal year
 * @param completedInPreviousProgram the system's own record says the previous program completed
 *                                   this hospital's survey (the form saying 調査完了 counts too)
 * @param designated                 added by the prefecture or the ministry (指定), not nominated
 */
public record Candidate(
        PrefectureCode prefecture,
        int rank,
        HospitalCode hospitalCode,
        String hospitalName,
        Integer beds,
        Integer registryBeds,
        EmrStatus emr,
        LocalDate emrPlannedDate,
        boolean renewalPlanned,
        LocalDate onsiteExpectedBy,
        PreviousYearParticipation previousYear,
        SupportWanted support,
        boolean consent,
        boolean completedInPreviousProgram,
        boolean designated,
        boolean disasterBase,
        boolean acuteCare,
        boolean emergency) {

    public Candidate {
        Objects.requireNonNull(prefecture, "prefecture");
        Objects.requireNonNull(hospitalCode, "hospitalCode");
        Objects.requireNonNull(emr, "emr");
        Objects.requireNonNull(previousYear, "previousYear");
        Objects.requireNonNull(support, "support");
        if (rank < 1) {
            throw new IllegalArgumentException("rank < 1: " + rank);
        }
        hospitalName = hospitalName == null ? "" : hospitalName;
    }

    /** Nomination beds, else registry beds; {@code null} when neither is known. */
    public Integer effectiveBeds() {
        return beds != null ? beds : registryBeds;
    }

    /** Unknown beds count as 0: a hospital that gives none cannot show it has 20. */
    public int bedsForRules() {
        Integer b = effectiveBeds();
        return b == null ? 0 : b;
    }

    /** The previous program completed its survey, by our own record or by the form. */
    public boolean completedPreviousYear() {
        return completedInPreviousProgram || previousYear == PreviousYearParticipation.COMPLETED;
    }

    public PriorityFacts priorityFacts() {
        return new PriorityFacts(hospitalCode, prefecture, rank, disasterBase, acuteCare, emergency, bedsForRules());
    }

    /** The name for people; the code when the name is blank. */
    public String displayName() {
        return hospitalName.isBlank() ? hospitalCode.value() : hospitalName;
    }

    public Candidate withRank(int newRank) {
        return toBuilder().rank(newRank).build();
    }

    public Candidate asDesignated() {
        return toBuilder().designated(true).build();
    }

    /** Defaults: consent given, EMR in full use, wants both supports, no previous participation, beds blank. */
    public static Builder builder(HospitalCode code, int rank) {
        return new Builder(code, rank);
    }

    /** A registry hospital as a designation: the registry's prefecture, name, beds and flags. */
    public static Builder fromRegistry(RegistryHospital h, int rank) {
        return new Builder(h.code(), rank)
                .prefecture(h.prefecture())
                .name(h.name())
                .registryBeds(h.beds())
                .disasterBase(h.disasterBase())
                .acuteCare(h.acuteCare())
                .emergency(h.emergency())
                .designated(true);
    }

    public Builder toBuilder() {
        Builder b = new Builder(hospitalCode, rank);
        b.prefecture = prefecture;
        b.name = hospitalName;
        b.beds = beds;
        b.registryBeds = registryBeds;
        b.emr = emr;
        b.emrPlannedDate = emrPlannedDate;
        b.renewalPlanned = renewalPlanned;
        b.onsiteExpectedBy = onsiteExpectedBy;
        b.previousYear = previousYear;
        b.support = support;
        b.consent = consent;
        b.completedInPreviousProgram = completedInPreviousProgram;
        b.designated = designated;
        b.disasterBase = disasterBase;
        b.acuteCare = acuteCare;
        b.emergency = emergency;
        return b;
    }

    /** Fluent construction; the prefecture defaults to the code's first two digits. */
    public static final class Builder {
        private final HospitalCode hospitalCode;
        private int rank;
        private PrefectureCode prefecture;
        private String name = "";
        private Integer beds;
        private Integer registryBeds;
        private EmrStatus emr = EmrStatus.ALL;
        private LocalDate emrPlannedDate;
        private boolean renewalPlanned;
        private LocalDate onsiteExpectedBy;
        private PreviousYearParticipation previousYear = PreviousYearParticipation.NONE;
        private SupportWanted support = SupportWanted.BOTH;
        private boolean consent = true;
        private boolean completedInPreviousProgram;
        private boolean designated;
        private boolean disasterBase;
        private boolean acuteCare;
        private boolean emergency;

        private Builder(HospitalCode hospitalCode, int rank) {
            this.hospitalCode = hospitalCode;
            this.rank = rank;
            this.prefecture = hospitalCode.prefecture();
        }

        public Builder rank(int v) { this.rank = v; return this; }
        public Builder prefecture(PrefectureCode v) { this.prefecture = v; return this; }
        public Builder name(String v) { this.name = v; return this; }
        public Builder beds(Integer v) { this.beds = v; return this; }
        public Builder registryBeds(Integer v) { this.registryBeds = v; return this; }
        public Builder emr(EmrStatus v) { this.emr = v; return this; }
        public Builder emrPlannedDate(LocalDate v) { this.emrPlannedDate = v; return this; }
        public Builder renewalPlanned(boolean v) { this.renewalPlanned = v; return this; }
        public Builder onsiteExpectedBy(LocalDate v) { this.onsiteExpectedBy = v; return this; }
        public Builder previousYear(PreviousYearParticipation v) { this.previousYear = v; return this; }
        public Builder support(SupportWanted v) { this.support = v; return this; }
        public Builder consent(boolean v) { this.consent = v; return this; }
        public Builder completedInPreviousProgram(boolean v) { this.completedInPreviousProgram = v; return this; }
        public Builder designated(boolean v) { this.designated = v; return this; }
        public Builder disasterBase(boolean v) { this.disasterBase = v; return this; }
        public Builder acuteCare(boolean v) { this.acuteCare = v; return this; }
        public Builder emergency(boolean v) { this.emergency = v; return this; }

        public Candidate build() {
            return new Candidate(prefecture, rank, hospitalCode, name, beds, registryBeds, emr, emrPlannedDate,
                    renewalPlanned, onsiteExpectedBy, previousYear, support, consent, completedInPreviousProgram,
                    designated, disasterBase, acuteCare, emergency);
        }
    }
}
