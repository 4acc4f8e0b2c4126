package jp.mamori.notify;

import java.time.Duration;

import jp.mamori.notify.domain.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings from the environment (application.yml maps MAMORI_SMTP_HOST, MAMORI_SMTP_PORT, MAMORI_SMTP_USER,
 * MAMORI_SMTP_PASSWORD, MAMORI_SMTP_STARTTLS, MAMORI_MAIL_FROM, MAMORI_MAIL_CONTACT and MAMORI_APP_URL here).
 * A blank host means "no SMTP": messages are queued and shown, never sent.
 */
@ConfigurationProperties(prefix = "mamori.mail")
record MailSettings(String host, Integer port, String user, String password, Boolean starttls, String from,
                    String contact, String appUrl,
                    @DefaultValue("10s") Duration timeout,
                    @DefaultValue("12") int maxAttempts,
                    @DefaultValue("1m") Duration firstRetry,
                    @DefaultValue("1h") Duration maxRetry) {

    static final String DEFAULT_FROM = "mamori@localhost";
    static final String DEFAULT_CONTACT = "厚生労働省 医療機関におけるサイバーセキュリティ確保事業 担当";

    boolean smtpConfigured() {
        return host != null && !host.isBlank();
    }

    int smtpPort() {
        return port == null ? 25 : port;
    }

    boolean startTls() {
        return Boolean.TRUE.equals(starttls);
    }

    String sender() {
        return from == null || from.isBlank() ? DEFAULT_FROM : from.strip();
    }

    String programContact() {
        return contact == null || contact.isBlank() ? DEFAULT_CONTACT : contact.strip();
    }

    String appLink() {
        return appUrl == null ? "" : appUrl.strip();
    }

    RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, firstRetry, maxRetry);
    }

    /** Never prints the password (settings end up in logs and error reports). */
    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + smtpPort() + ", user=" + user + ", password="
                + (password == null || password.isEmpty() ? "" : "****") + ", starttls=" + startTls() + ", from=" + sender() + "]";
    }
}
