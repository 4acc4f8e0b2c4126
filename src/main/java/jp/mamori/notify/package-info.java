/**
 * Notification mail: an outbox filled in the transaction of each change and drained by a background sender.
 *
 * <h2>For other modules</h2>
 * <pre>
 *   &#64;Transactional
 *   void select(...) {
 *       ... change and audit ...
 *       outbox.enqueue(Notifications.hospitalSelected(programId, programName, code, name, contactEmails, eventId));
 *   }
 * </pre>
 * {@link jp.mamori.notify.Outbox#enqueue} needs the caller's transaction and is idempotent by the message's dedupe
 * key; {@link jp.mamori.notify.Notifications} has a factory per {@link jp.mamori.notify.NotificationEvent}.
 * {@link jp.mamori.notify.Notifications#reminderDay} says when a deadline reminder is due.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>Mail is always Japanese and is rendered when queued, so the stored text is what went out even if a
 *       template changes later.</li>
 *   <li>A message without a usable address is stored as FAILED (「宛先のメールアドレスがありません」), never
 *       dropped, so the ministry sees whom nobody told; it cannot be retried (its recipients are fixed).</li>
 *   <li>"Retry now" keeps the attempt count: a FAILED message gets one more attempt, not another full round.</li>
 *   <li>Who may see messages: the ministry only (they name hospitals' contacts); nobody may change their text.</li>
 *   <li>Sending is not audited (it is not a person's change); the row itself records attempts, errors and the time
 *       it was sent. A person's retry is audited.</li>
 *   <li>The Message-ID is {@code <notification-{id}.{random}@mamori>}: stable for the row, and the random part
 *       keeps two installations (a test and the real one) from sharing ids a mail server would dedupe.</li>
 * </ul>
 */
package jp.mamori.notify;
