package vn.khien.shared;

import java.util.Locale;

/**
 * The menus of the main navigation, so that the bar stays short as modules arrive: each module puts
 * its links under the menu where a user of the programme would look for them.
 */
public enum NavigationMenu {
    /** Who and what the programme covers: agencies, information systems, registers. */
    REGISTRY,
    /** What is owed and how it is checked: obligations, calendar, assessments, findings. */
    COMPLIANCE,
    /** What happens now: alerts, incidents. */
    OPERATIONS,
    /** Running the platform: users, API tokens, audit trail, outgoing mail. */
    ADMINISTRATION;

    public String messageKey() {
        return "nav.menu." + name().toLowerCase(Locale.ROOT);
    }
}
