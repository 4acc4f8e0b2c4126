package jp.mamori.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jp.mamori.notify.domain.BusinessCalendar;
import jp.mamori.notify.domain.TimeLeft;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.PrefectureCode;

/**
 * One factory per event. Each returns a message with a deterministic dedupe key: for events the selection
 * records, the caller passes that event's id, so enqueuing the same event twice (a retried request, a replayed
 * event) makes one message; reminders are keyed by what they remind of. Hospital messages go to the hospital's
 * contacts, prefecture messages to the prefecture's; the Outbox adds the prefecture's name and whom to ask.
 *
 * <pre>
 *   outbox.enqueue(Notifications.hospitalSelected(program.id(), program.name(), code, name, contactEmails, eventId));
 * </pre>
 */
public final class Notifications {

    private Notifications() {
    }

    /** 支援対象に選定された: what happens next (the contractor calls, the papers and surveys). */
    public static OutgoingMessage hospitalSelected(String programId, String programName, HospitalCode hospital,
                                                   String hospitalName, List<String> contacts, long eventId) {
        return toHospital(NotificationEvent.HOSPITAL_SELECTED, programId, programName, hospital, hospitalName, contacts,
                eventId, Map.of());
    }

    /** 選定待ち: eligible but beyond the quota, {@code position}-th in line (1 = next). */
    public static OutgoingMessage hospitalWaitlisted(String programId, String programName, HospitalCode hospital,
                                                     String hospitalName, int position, List<String> contacts, long eventId) {
        if (position < 1) {
            throw new IllegalArgumentException("a waiting position starts at 1: " + position);
        }
        return toHospital(NotificationEvent.HOSPITAL_WAITLISTED, programId, programName, hospital, hospitalName, contacts,
                eventId, Map.of("position", position));
    }

    /** 繰り上げ選定: selected into a slot a withdrawn hospital left (which hospital is not said: that is its business). */
    public static OutgoingMessage hospitalReplacedIn(String programId, String programName, HospitalCode hospital,
                                                     String hospitalName, List<String> contacts, long eventId) {
        return toHospital(NotificationEvent.HOSPITAL_REPLACED_IN, programId, programName, hospital, hospitalName, contacts,
                eventId, Map.of());
    }

    /** 辞退の記録: confirms the withdrawal recorded on {@code recordedOn}, so a mistaken one is caught early. */
    public static OutgoingMessage withdrawalRecorded(String programId, String programName, HospitalCode hospital,
                                                     String hospitalName, LocalDate recordedOn, List<String> contacts,
                                                     long eventId) {
        Objects.requireNonNull(recordedOn, "recordedOn");
        return toHospital(NotificationEvent.HOSPITAL_WITHDRAWAL_RECORDED, programId, programName, hospital, hospitalName,
                contacts, eventId, Map.of("recordedOn", JapaneseDates.wareki(recordedOn)));
    }

    /**
     * 提出期限が近い: sent {@code businessDaysBefore} business days before the prefecture's deadline (its extension
     * if it has one). The date is in 和暦 and the time left is as of {@code now}. Keyed by deadline and reminder, so
     * a daily job may call this every day: only the first call on the reminder day queues a message, and an
     * extension (a new deadline) gets its own reminders.
     */
    public static OutgoingMessage deadlineNear(String programId, String programName, PrefectureCode prefecture,
                                               LocalDate deadline, int businessDaysBefore, Instant now, List<String> to) {
        Objects.requireNonNull(prefecture, "prefecture");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(now, "now");
        LocalDate today = now.atZone(JapaneseDates.TOKYO).toLocalDate();
        Map<String, Object> model = program(programId, programName);
        model.put("deadline", JapaneseDates.wareki(deadline));
        model.put("deadlineWeekday", deadline.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE));
        model.put("timeLeft", TimeLeft.japanese(deadline, JapaneseDates.TOKYO, now));
        // Business days after today up to and including the deadline day.
        model.put("businessDaysLeft", Math.max(0, calendar().businessDaysBetween(today.plusDays(1), deadline.plusDays(1))));
        return new OutgoingMessage(NotificationEvent.DEADLINE_NEAR.name(),
                key(NotificationEvent.DEADLINE_NEAR, programId, prefecture.value(), deadline.toString(), "B" + businessDaysBefore),
                null, prefecture, to, NotificationEvent.DEADLINE_NEAR.template(), model);
    }

    /** The day a reminder {@code businessDaysBefore} business days ahead of {@code deadline} is due (Japanese calendar). */
    public static LocalDate reminderDay(LocalDate deadline, int businessDaysBefore) {
        return calendar().businessDaysBefore(deadline, businessDaysBefore);
    }

    /**
     * 辞退と繰り上げ選定: a hospital of the prefecture withdrew and {@code replacement} took its slot; a null
     * replacement says nobody was waiting, so the slot is open.
     */
    public static OutgoingMessage replacementHappened(String programId, String programName, PrefectureCode prefecture,
                                                      HospitalCode withdrawn, String withdrawnName,
                                                      HospitalCode replacement, String replacementName,
                                                      List<String> to, long eventId) {
        Objects.requireNonNull(prefecture, "prefecture");
        Objects.requireNonNull(withdrawn, "withdrawn");
        Map<String, Object> model = program(programId, programName);
        model.put("withdrawnCode", withdrawn.value());
        model.put("withdrawnName", requireText(withdrawnName, "withdrawnName"));
        if (replacement != null) {
            model.put("replacementCode", replacement.value());
            model.put("replacementName", requireText(replacementName, "replacementName"));
        }
        return new OutgoingMessage(NotificationEvent.REPLACEMENT_HAPPENED.name(),
                key(NotificationEvent.REPLACEMENT_HAPPENED, programId, prefecture.value(), String.valueOf(eventId)),
                null, prefecture, to, NotificationEvent.REPLACEMENT_HAPPENED.template(), model);
    }

    /**
     * 対象数に空き: after the deadline the prefecture selected fewer hospitals than its quota and may designate
     * hospitals directly. One message per prefecture and deadline.
     */
    public static OutgoingMessage shortOfQuota(String programId, String programName, PrefectureCode prefecture,
                                               LocalDate deadline, int quota, int selected, List<String> to) {
        Objects.requireNonNull(prefecture, "prefecture");
        Objects.requireNonNull(deadline, "deadline");
        if (selected < 0 || quota <= selected) {
            throw new IllegalArgumentException("short of quota needs 0 <= selected < quota: " + selected + " of " + quota);
        }
        Map<String, Object> model = program(programId, programName);
        model.put("deadline", JapaneseDates.wareki(deadline));
        model.put("quota", quota);
        model.put("selected", selected);
        model.put("openSlots", quota - selected);
        return new OutgoingMessage(NotificationEvent.SHORT_OF_QUOTA.name(),
                key(NotificationEvent.SHORT_OF_QUOTA, programId, prefecture.value(), deadline.toString()),
                null, prefecture, to, NotificationEvent.SHORT_OF_QUOTA.template(), model);
    }

    private static OutgoingMessage toHospital(NotificationEvent event, String programId, String programName,
                                              HospitalCode hospital, String hospitalName, List<String> contacts,
                                              long eventId, Map<String, Object> extra) {
        Objects.requireNonNull(hospital, "hospital");
        Map<String, Object> model = program(programId, programName);
        model.put("hospitalCode", hospital.value());
        model.put("hospitalName", requireText(hospitalName, "hospitalName"));
        model.putAll(extra);
        return new OutgoingMessage(event.name(), key(event, programId, hospital.value(), String.valueOf(eventId)),
                hospital, hospital.prefecture(), contacts, event.template(), model);
    }

    private static Map<String, Object> program(String programId, String programName) {
        // The id is the program table's; a name passed in its place (arguments swapped) is caught here.
        if (programId == null || !programId.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new IllegalArgumentException("not a program id: " + programId);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("programId", programId);
        model.put("programName", requireText(programName, "programName"));
        return model;
    }

    private static String key(NotificationEvent event, String... parts) {
        return event.name() + ":" + String.join(":", parts);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    private static BusinessCalendar calendar() {
        return BusinessCalendar.japan();
    }
}
