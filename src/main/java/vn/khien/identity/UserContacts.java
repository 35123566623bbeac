package vn.khien.identity;

import java.util.Collection;
import java.util.List;

/** How to reach users, for modules that notify people (enabled accounts only). */
public interface UserContacts {

    /** The given users' contacts, in one lookup; unknown or disabled users are left out. */
    List<UserContact> of(Collection<String> usernames);

    /**
     * Users holding the role whose own agency is one of the given codes; {@code null} codes means
     * any agency (province-wide roles such as the coordinator).
     */
    List<UserContact> withRole(Role role, Collection<String> agencyCodes);
}
