/**
 * Who may do what.
 *
 * <p>Owns: user accounts, their roles and agency scope, sign-in, language preference, the first
 * administrator. Publishes: {@link vn.khien.identity.UserChanged} for every change to an account.
 * Offers: {@link vn.khien.identity.AccessPolicy} (the signed-in user's agency scope, for every
 * module's server-side checks), {@link vn.khien.identity.UserContacts} (names, addresses and languages
 * of users, and the users holding a role in given agencies, for notifications), {@link
 * vn.khien.identity.AgencyChoices} (the agencies a picker may offer the signed-in user) and {@link
 * vn.khien.identity.Role}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"agencies", "shared"})
package vn.khien.identity;
