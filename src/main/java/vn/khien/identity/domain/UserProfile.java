package vn.khien.identity.domain;

import java.util.Set;
import vn.khien.identity.Role;

/** The editable part of an account, already validated by the application service. */
public record UserProfile(
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        String agencyCode,
        boolean includeSubordinates) {}
