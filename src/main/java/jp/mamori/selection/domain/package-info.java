/**
 * The selection rules of the program (選定ルール), exactly as {@code spec/selection.md} states
 * them. Plain Java: no Spring, no database, no clock; the persistence and web layers wrap it.
 *
 * <h2>Inputs</h2>
 * <ul>
 *   <li>{@link jp.mamori.selection.domain.SelectionRules}: the program as the rules see it
 *       (rule set, capacity C, {@link jp.mamori.selection.domain.PrefectureQuota quotas},
 *       {@link jp.mamori.selection.domain.BedBand bands}, spill, deadlines,
 *       {@link jp.mamori.selection.domain.PriorityKey priority keys}).</li>
 *   <li>{@link jp.mamori.selection.domain.Candidate}: one nomination's facts (form + registry flags).</li>
 *   <li>{@link jp.mamori.selection.domain.RegistryHospital}: for designation candidates.</li>
 * </ul>
 *
 * <h2>The aggregate</h2>
 * {@link jp.mamori.selection.domain.SelectionBook} holds one program's current
 * {@link jp.mamori.selection.domain.Decision decisions}. Its operations take the rules to apply
 * and return a {@link jp.mamori.selection.domain.SelectionOutcome} (the event applied and the
 * decisions it changed):
 * <pre>
 *   book.submit(rules, prefecture, candidates)   // §5 re-submission too; does not fill
 *   book.fillPrefecture(rules, prefecture)       // §3
 *   book.fillAllPrefectures(rules)               // §3 for every prefecture
 *   book.fillNational(rules)                     // §4
 *   book.withdraw(rules, hospital, reason)       // §5 → WithdrawalOutcome (withdrawn, replacement)
 *   book.designate(rules, candidate)             // §5: appended after the last rank, then §3
 *   book.summary(rules)                          // api.md counts
 *   book.designationCandidates(rules, prefecture, registry, completedInPreviousProgram)
 *   SelectionBook.replay(events)                 // invariant 6
 * </pre>
 * Every operation is a {@link jp.mamori.selection.domain.SelectionEvent} carrying all its
 * inputs; storing the events and replaying them re-derives the same decisions. A refused
 * operation throws {@link jp.mamori.selection.domain.SelectionRefused} with a
 * {@link jp.mamori.selection.domain.RefusalCode} and changes nothing.
 *
 * <h2>The rules, one class each</h2>
 * {@link jp.mamori.selection.domain.EligibilityPolicy} (§1),
 * {@link jp.mamori.selection.domain.BandAssignment},
 * {@link jp.mamori.selection.domain.RankOrder} (a prefecture's own order),
 * {@link jp.mamori.selection.domain.PrefectureFill} (§3),
 * {@link jp.mamori.selection.domain.PriorityOrder} and
 * {@link jp.mamori.selection.domain.NationalFill} (§4),
 * {@link jp.mamori.selection.domain.ReplacementPolicy} (§5),
 * {@link jp.mamori.selection.domain.DesignationCandidates} (§4),
 * {@link jp.mamori.selection.domain.Explanations} (the one-line explanations, Japanese and English).
 *
 * <h2>Readings of the spec this package had to choose</h2>
 * <ul>
 *   <li>Unknown beds (blank on the form and in the registry) count as 0.</li>
 *   <li>Fills never go beyond C: the prefecture fill stops at C too (§2: every selection counts against C).
 *       With C below the sum of quotas, prefectures are filled in code order.</li>
 *   <li>"More beds first" uses the same beds as eligibility and bands (nomination, else registry).</li>
 *   <li>Designated hospitals come after every nominated one in a prefecture's order, whatever ranks a
 *       re-submission gives them; {@code designate} gives them the last rank + 1 anyway.</li>
 *   <li>In a banded program the band phase gives origin QUOTA, or DESIGNATION for a designated hospital;
 *       the spill phase gives BAND_SPILL, and with spill a hospital no band fits can be taken too.</li>
 *   <li>A decision's band is the hospital's own band, also for a BAND_SPILL selection.</li>
 *   <li>A SELECTED or WITHDRAWN decision keeps everything, the rank included, when a re-submission ranks
 *       the hospital differently. A WITHDRAWN decision keeps the slot and origin it gave up.</li>
 *   <li>Undecided nominations are re-evaluated against each event's rules; eligible ones are WAITLISTED
 *       (with a position) from submission on, and their explanation says whether a fill is still to run.</li>
 * </ul>
 */
@org.springframework.modulith.NamedInterface("domain")
package jp.mamori.selection.domain;

import jp.mamori.shared.BedBand;
import jp.mamori.shared.PriorityKey;
import jp.mamori.shared.PrefectureQuota;
