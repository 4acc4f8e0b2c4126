package jp.mamori.security;

import java.security.SecureRandom;
import java.util.Base64;

import java.util.stream.Collectors;

import jp.mamori.setup.FirstStart;
import jp.mamori.setup.SetupStep;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.shared.infrastructure.MamoriProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty database, creates the administrator `admin` so somebody can log in at all; the first-start step
 * commits with the account, and a generated password is logged before that commit so it is never lost.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccountService accounts;
    private final MamoriProperties properties;
    private final FirstStart firstStart;

    AdminBootstrap(UserAccountService accounts, MamoriProperties properties, FirstStart firstStart) {
        this.accounts = accounts;
        this.properties = properties;
        this.firstStart = firstStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        firstStart.complete(SetupStep.ADMIN, this::createAdmin);
    }

    private void createAdmin() {
        if (accounts.count() > 0) {
            return;
        }
        String given = properties.adminPassword();
        boolean generated = given == null || given.isBlank();
        String password = generated ? randomPassword() : given;
        try {
            accounts.createUnchecked(new NewUser("admin", password, Role.MHLW_ADMIN, null, null, "厚生労働省", "管理者", null));
        } catch (ValidationException e) {
            throw new IllegalStateException("MAMORI_ADMIN_PASSWORD cannot be used: " + e.problems().stream()
                    .map(Problem::message).collect(Collectors.joining(" ")), e);
        }
        if (generated) {
            log.warn("""

                    ================================================================
                     First start: administrator account created
                       username: admin
                       password: {}
                     This password is shown only once. Change it after logging in.
                    ================================================================""", password);
        } else {
            log.info("First start: administrator 'admin' created with the password from MAMORI_ADMIN_PASSWORD");
        }
    }

    static String randomPassword() {
        byte[] b = new byte[15];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
