package vn.khien.identity.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.identity.NewUser;
import vn.khien.identity.Role;
import vn.khien.identity.UserProvisioning;
import vn.khien.identity.domain.UserAccount;
import vn.khien.identity.domain.UserAccountRepository;
import vn.khien.identity.domain.UserProfile;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.InvalidInputException.FieldProblem;
import vn.khien.shared.ObjectNotFoundException;

/** Account changes: by the coordinator admin for others, by every user for their own password. */
@Service
public class UserManagement implements UserProvisioning {

    private final UserAccountRepository accounts;
    private final AgencyDirectory agencies;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserManagement(
            UserAccountRepository accounts, AgencyDirectory agencies, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public String create(NewUser user) {
        UserProfile profile = new UserProfile(
                user.username().toLowerCase(),
                user.displayName().strip(),
                blankToNull(user.email()),
                user.roles(),
                blankToNull(user.agencyCode()),
                user.includeSubordinates());
        List<FieldProblem> problems = new ArrayList<>(problemsWith(profile));
        PasswordRules.problemWith(user.password(), profile.username(), profile.displayName(), profile.email())
                .ifPresent(key -> problems.add(new FieldProblem("password", key, List.of())));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (accounts.existsByUsername(profile.username())) {
            throw new ConflictException("username", "identity.user.error.username-taken");
        }
        accounts.save(UserAccount.create(profile, passwordEncoder.encode(user.password()), clock.instant()));
        return profile.username();
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public void update(String username, UserChanges changes) {
        UserAccount account = load(username);
        UserProfile profile = new UserProfile(
                account.username(),
                changes.displayName().strip(),
                blankToNull(changes.email()),
                changes.roles(),
                blankToNull(changes.agencyCode()),
                changes.includeSubordinates());
        List<FieldProblem> problems = problemsWith(profile);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (account.roleSet().contains(Role.COORDINATOR_ADMIN)
                && !profile.roles().contains(Role.COORDINATOR_ADMIN)) {
            refuseIfLastAdminOrSelf(account);
        }
        account.update(profile);
        accounts.save(account);
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public void disable(String username) {
        UserAccount account = load(username);
        refuseIfLastAdminOrSelf(account);
        account.disable();
        accounts.save(account);
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public void enable(String username) {
        UserAccount account = load(username);
        account.enable();
        accounts.save(account);
    }

    /** The signed-in user changes their own password, proving they know the current one. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = load(currentUsername());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new InvalidInputException("currentPassword", "identity.password.error.current-wrong");
        }
        PasswordRules.problemWith(newPassword, account.username(), account.displayName(), account.email())
                .ifPresent(key -> {
                    throw new InvalidInputException("newPassword", key);
                });
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        accounts.save(account);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void preferLanguage(String language) {
        if (!Set.of("vi", "en").contains(language)) {
            throw new InvalidInputException("lang", "identity.language.error.unsupported");
        }
        UserAccount account = load(currentUsername());
        if (!language.equals(account.language())) {
            account.preferLanguage(language);
            accounts.save(account);
        }
    }

    private List<FieldProblem> problemsWith(UserProfile profile) {
        List<FieldProblem> problems = new ArrayList<>();
        if (profile.roles() == null || profile.roles().isEmpty()) {
            problems.add(new FieldProblem("roles", "identity.user.error.roles-required", List.of()));
        } else if (profile.agencyCode() == null && profile.roles().stream().anyMatch(r -> !r.provinceWide())) {
            problems.add(new FieldProblem("agencyCode", "identity.user.error.agency-required", List.of()));
        }
        if (profile.agencyCode() != null && agencies.find(profile.agencyCode()).isEmpty()) {
            problems.add(new FieldProblem("agencyCode", "identity.user.error.agency-unknown", List.of()));
        }
        return problems;
    }

    private void refuseIfLastAdminOrSelf(UserAccount account) {
        if (account.username().equals(currentUsername())) {
            throw new ConflictException("identity.user.error.not-yourself");
        }
        if (account.roleSet().contains(Role.COORDINATOR_ADMIN)
                && accounts.countOtherActiveAdmins(account.username()) == 0) {
            throw new ConflictException("identity.user.error.last-admin");
        }
    }

    private UserAccount load(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new ObjectNotFoundException("user", username));
    }

    private static String currentUsername() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
