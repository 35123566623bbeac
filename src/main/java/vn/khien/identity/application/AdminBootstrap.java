package vn.khien.identity.application;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.khien.identity.NewUser;
import vn.khien.identity.Role;
import vn.khien.identity.domain.UserAccountRepository;
import vn.khien.shared.SystemActor;

/**
 * On first start with no account, creates one coordinator admin. Its password comes from {@code
 * KHIEN_ADMIN_PASSWORD} or is generated and printed once: there is never a fixed default. With {@code
 * KHIEN_ADMIN_TOKEN} set, that value also becomes the admin's API token (issue 22 item 2), so automation
 * works from the first start; only its hash is stored and it is never printed.
 */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String DISPLAY_NAME = "Quản trị hệ thống";
    // as strong as a generated token's 32 random bytes only if chosen as randomly; this is the floor
    private static final int MIN_TOKEN_LENGTH = 32;

    private final UserAccountRepository accounts;
    private final UserManagement management;
    private final String username;
    private final String configuredPassword;
    private final String configuredToken;
    private final PersonalTokens tokens;

    AdminBootstrap(
            UserAccountRepository accounts,
            UserManagement management,
            @Value("${khien.admin.username:admin}") String username,
            @Value("${khien.admin.password:}") String configuredPassword,
            @Value("${khien.admin.token:}") String configuredToken,
            PersonalTokens tokens) {
        this.accounts = accounts;
        this.management = management;
        this.username = username;
        this.configuredPassword = configuredPassword;
        this.configuredToken = configuredToken.strip();
        this.tokens = tokens;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            if (!configuredToken.isEmpty()) {
                log.info("KHIEN_ADMIN_TOKEN is ignored: it is read only on the first start, when there is no account");
            }
            return;
        }
        if (!configuredToken.isEmpty()
                && (configuredToken.length() < MIN_TOKEN_LENGTH
                        || configuredToken.length() > 200
                        || !configuredToken.matches("[\\x21-\\x7e]+"))) {
            throw new IllegalStateException("KHIEN_ADMIN_TOKEN must be " + MIN_TOKEN_LENGTH
                    + " to 200 printable characters without spaces (e.g. openssl rand -base64 32)");
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? PasswordRules.generate() : configuredPassword;
        PasswordRules.problemWith(password, username, DISPLAY_NAME, null).ifPresent(problem -> {
            throw new IllegalStateException("KHIEN_ADMIN_PASSWORD is too weak (" + problem + "): at least "
                    + PasswordRules.MIN_LENGTH + " characters, not a common password,"
                    + " not containing the user name or the administrator's name");
        });
        SystemActor.run("bootstrap", () -> {
            String admin = management.create(
                    new NewUser(username, DISPLAY_NAME, null, Set.of(Role.COORDINATOR_ADMIN), null, false, password));
            if (!configuredToken.isEmpty()) {
                tokens.bootstrap(admin, configuredToken);
                log.info(
                        "The first administrator's API token is the value of KHIEN_ADMIN_TOKEN (only its hash is kept)");
            }
        });
        if (generated) {
            log.warn(
                    "\n\n  Tài khoản quản trị đầu tiên / first administrator: {}\n  Mật khẩu / password: {}\n"
                            + "  (chỉ in một lần / printed only once; đổi sau khi đăng nhập / change it after signing in)\n",
                    username,
                    password);
        } else {
            log.info("Created the first administrator '{}' with the password from KHIEN_ADMIN_PASSWORD", username);
        }
    }
}
