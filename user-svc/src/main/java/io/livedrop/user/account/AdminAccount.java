package io.livedrop.user.account;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure the configured administrator exists and has the ADMIN role, before the service reports
 * ready. An existing account keeps its password: the configured one only seeds a new account.
 */
@Component
class AdminAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

    private final Accounts accounts;
    private final AdminProperties properties;

    AdminAccount(Accounts accounts, AdminProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.configured()) {
            log.info("No administrator configured (livedrop.users.admin.email and .password): none created");
            return;
        }
        PasswordPolicy.violation(properties.password()).ifPresent(problem -> {
            throw new IllegalStateException("livedrop.users.admin.password " + problem);
        });
        Account admin = accounts.findByEmail(properties.email())
                .orElseGet(() -> accounts.signUp(properties.email(), properties.password(), "Admin",
                        Set.of(Role.FAN, Role.ADMIN)));
        accounts.grant(admin.id(), Role.ADMIN);
    }
}
