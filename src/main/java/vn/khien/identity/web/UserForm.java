package vn.khien.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.stream.Collectors;
import vn.khien.identity.NewUser;
import vn.khien.identity.Role;
import vn.khien.identity.application.UserChanges;
import vn.khien.identity.application.UserRow;
import vn.khien.shared.InvalidInputException;

/** The account form; the password is asked only when creating. */
record UserForm(
        @NotBlank(message = "{identity.user.error.username-required}")
        @Pattern(regexp = "[A-Za-z0-9._-]{3,50}", message = "{identity.user.error.username-pattern}")
        String username,

        @NotBlank(message = "{identity.user.error.name-required}")
        @Size(max = 200, message = "{identity.user.error.name-too-long}")
        String displayName,

        @Email(message = "{identity.user.error.email-invalid}")
        @Size(max = 254, message = "{identity.user.error.email-invalid}")
        String email,

        Set<String> roles,
        String agencyCode,
        Boolean includeSubordinates,
        String password) {

    static UserForm empty() {
        return new UserForm(null, null, null, Set.of(), null, false, null);
    }

    static UserForm of(UserRow user) {
        return new UserForm(
                user.username(),
                user.displayName(),
                user.email(),
                user.roles().stream().map(Role::name).collect(Collectors.toSet()),
                user.agencyCode(),
                user.includeSubordinates(),
                null);
    }

    NewUser toNewUser() {
        return new NewUser(username, displayName, email, rolesOrEmpty(), agencyCode, units(), password);
    }

    UserChanges toChanges() {
        return new UserChanges(displayName, email, rolesOrEmpty(), agencyCode, units());
    }

    private boolean units() {
        return Boolean.TRUE.equals(includeSubordinates);
    }

    /** Roles arrive as text so that a forged value becomes a field message, not a binding failure. */
    private Set<Role> rolesOrEmpty() {
        if (roles == null) {
            return Set.of();
        }
        try {
            return roles.stream().map(Role::valueOf).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("roles", "identity.user.error.role-unknown");
        }
    }
}
