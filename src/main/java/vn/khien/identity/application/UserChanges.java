package vn.khien.identity.application;

import java.util.Set;
import vn.khien.identity.Role;

/** Command to change an account's name, e-mail, roles and agency scope. */
public record UserChanges(
        String displayName, String email, Set<Role> roles, String agencyCode, boolean includeSubordinates) {}
