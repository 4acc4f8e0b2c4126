package jp.mamori.notify;

import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The SMTP connection, built from {@link MailSettings} only when a host is set (none: nothing is sent).
 * Kept out of the bean container on purpose: a JavaMailSender bean would switch on Spring Boot's mail health
 * check and would have to exist even without SMTP. Tests point it at a local server at run time.
 */
@Component
class MailTransport {

    private static final Logger log = LoggerFactory.getLogger(MailTransport.class);

    private final MailSettings settings;
    private final AtomicReference<Target> target = new AtomicReference<>();

    private record Target(JavaMailSender sender, String description) {
    }

    MailTransport(MailSettings settings) {
        this.settings = settings;
        reset();
        if (configured()) {
            log.info("Mail: sending through {}", describe());
        } else {
            log.info("Mail: MAMORI_SMTP_HOST is not set; notifications are queued and shown under /notifications but not sent");
        }
    }

    boolean configured() {
        return target.get() != null;
    }

    /** "host:port" for the page, or null without SMTP. */
    String describe() {
        Target t = target.get();
        return t == null ? null : t.description();
    }

    String from() {
        return settings.sender();
    }

    /** Sends one message with our Message-ID (kept by Spring's sender) and the app's clock as its date. */
    void send(Notification n, Instant date) {
        Target t = target.get();
        if (t == null) {
            throw new IllegalStateException("no SMTP server configured");
        }
        MimeMessage mime = t.sender().createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(settings.sender());
            helper.setTo(n.to().toArray(String[]::new));
            helper.setSubject(n.subject());
            helper.setText(n.body(), false);
            helper.setSentDate(Date.from(date));
            mime.setHeader("Message-ID", n.messageId());
        } catch (MessagingException e) {
            throw new MailPreparationException("メッセージを作成できません: " + e.getMessage(), e);
        }
        t.sender().send(mime);
    }

    /** Back to the environment's settings. */
    void reset() {
        if (!settings.smtpConfigured()) {
            target.set(null);
            return;
        }
        String host = settings.host().strip();
        target.set(new Target(build(host, settings.smtpPort(), settings.user(), settings.password(), settings.startTls()),
                host + ":" + settings.smtpPort()));
    }

    /** A local server without login or TLS (tests: GreenMail on a free port). */
    void pointAt(String host, int port) {
        target.set(new Target(build(host, port, null, null, false), host + ":" + port));
    }

    /** Any sender (tests: one that fails the way a dying process would). */
    void use(JavaMailSender sender, String description) {
        target.set(new Target(sender, description));
    }

    /** No SMTP: messages stay queued. */
    void disconnect() {
        target.set(null);
    }

    private JavaMailSenderImpl build(String host, int port, String user, String password, boolean startTls) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        boolean auth = user != null && !user.isBlank();
        if (auth) {
            sender.setUsername(user.strip());
            sender.setPassword(password);
        }
        Properties p = sender.getJavaMailProperties();
        String timeout = String.valueOf(settings.timeout().toMillis());
        // A server that accepts the connection and then says nothing must not hold the sender (and its row lock) for ever.
        p.setProperty("mail.smtp.connectiontimeout", timeout);
        p.setProperty("mail.smtp.timeout", timeout);
        p.setProperty("mail.smtp.writetimeout", timeout);
        p.setProperty("mail.smtp.auth", String.valueOf(auth));
        if (startTls) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        return sender;
    }
}
