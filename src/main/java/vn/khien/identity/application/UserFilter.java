package vn.khien.identity.application;

import vn.khien.identity.Role;

/** Filters of the user list; null means "any". */
public record UserFilter(String text, Role role, String agencyCode, Boolean enabled) {}
