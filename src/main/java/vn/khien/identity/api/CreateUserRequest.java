package vn.khien.identity.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.khien.identity.NewUser;
import vn.khien.identity.Role;

record CreateUserRequest(
        @NotBlank(message = "{identity.user.error.username-required}")
        @Pattern(regexp = "[A-Za-z0-9._-]{3,50}", message = "{identity.user.error.username-pattern}")
        String username,

        @NotBlank(message = "{identity.user.error.name-required}")
        @Size(max = 200, message = "{identity.user.error.name-too-long}")
        String displayName,

        @Email(message = "{identity.user.error.email-invalid}")
        @Size(max = 254, message = "{identity.user.error.email-invalid}")
        String email,

        @NotEmpty(message = "{identity.user.error.roles-required}")
        Set<Role> roles,

        String agencyCode,
        Boolean includeSubordinates,

        @NotBlank(message = "{identity.password.error.new-required}")
        String password) {

    NewUser toNewUser() {
        return new NewUser(
                username, displayName, email, roles, agencyCode, Boolean.TRUE.equals(includeSubordinates), password);
    }
}
