package vn.khien.identity.domain;

import org.springframework.data.relational.core.mapping.Table;
import vn.khien.identity.Role;

/** One role held by a user account. */
@Table(schema = "identity", name = "user_role")
record RoleGrant(Role role) {}
