package vn.khien.identity.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.identity.SignInRefused;
import vn.khien.identity.application.SingleSignOnRefused.Reason;
import vn.khien.identity.domain.UserAccount;
import vn.khien.identity.domain.UserAccountRepository;
import vn.khien.identity.domain.UserProfile;
import vn.khien.shared.SystemActor;

/**
 * Accounts of people who sign in through the OpenID Connect provider: made at the first sign-in, kept
 * in step with the provider's claims at every later one. The provider decides who the person is and
 * which groups and agency they have; Khiên decides what those mean and refuses whatever it cannot place.
 * An account is found by the provider's subject, never by user name or e-mail: a local account keeps
 * its password sign-in, and a name the provider hands out cannot take it over.
 */
@Service
public class ExternalAccounts {

    private final UserAccountRepository accounts;
    private final AgencyDirectory agencies;
    private final PasswordEncoder passwords;
    private final SingleSignOnSettings settings;
    private final KhienUserDetailsService users;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ExternalAccounts(
            UserAccountRepository accounts,
            AgencyDirectory agencies,
            PasswordEncoder passwords,
            SingleSignOnSettings settings,
            KhienUserDetailsService users,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.passwords = passwords;
        this.settings = settings;
        this.users = users;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The signed-in account for a person the provider vouched for, or {@link SingleSignOnRefused}. */
    public KhienUser signIn(String issuer, String subject, Map<String, Object> claims) {
        String attempted = String.valueOf(claims.get(settings.usernameClaim()));
        try {
            UserProfile profile = ProviderClaims.read(claims, settings);
            if (profile.agencyCode() != null
                    && agencies.find(profile.agencyCode()).isEmpty()) {
                throw new SingleSignOnRefused(Reason.UNKNOWN_AGENCY);
            }
            AtomicReference<String> username = new AtomicReference<>();
            SystemActor.run(
                    "single-sign-on",
                    () -> username.set(transaction.execute(status -> keep(issuer, subject, profile))));
            return (KhienUser) users.loadUserByUsername(username.get());
        } catch (SingleSignOnRefused refused) {
            SystemActor.run(
                    "single-sign-on",
                    () -> events.publishEvent(new SignInRefused(
                            cut(attempted), issuer, refused.reason().code())));
            throw refused;
        }
    }

    private String keep(String issuer, String subject, UserProfile profile) {
        var existing = accounts.findByExternalIssuerAndExternalSubject(issuer, subject);
        if (existing.isPresent()) {
            UserAccount account = existing.get();
            if (!account.enabled()) {
                throw new SingleSignOnRefused(Reason.DISABLED);
            }
            if (account.follow(profile)) {
                accounts.save(account);
            }
            return account.username();
        }
        if (accounts.existsByUsername(profile.username())) {
            throw new SingleSignOnRefused(Reason.USERNAME_TAKEN);
        }
        accounts.save(UserAccount.createExternal(profile, issuer, subject, unusablePasswordHash(), clock.instant()));
        return profile.username();
    }

    /** The hash of 32 random bytes nobody keeps: a password sign-in of this account can never succeed. */
    private String unusablePasswordHash() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return passwords.encode(Base64.getEncoder().encodeToString(secret));
    }

    private static String cut(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100);
    }
}
