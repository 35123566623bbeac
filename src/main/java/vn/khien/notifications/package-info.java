/**
 * Tells people what needs them: e-mail over SMTP and the in-app list.
 *
 * <p>Owns: the outbox of mails (written in the transaction of the change that caused them, sent with
 * retries) and each user's in-app notifications. Publishes: {@link
 * vn.khien.notifications.OutboxMailRetried}. Offers nothing to call: it delivers every {@link
 * vn.khien.shared.NotifiableEvent}, reminds of expiring certificates ({@code CredentialExpiring}) and
 * sends one daily digest per person of the obligations due soon or overdue, escalating to the agency
 * head and the coordinator. Reads the agencies' fact {@link vn.khien.agencies.facts.AgencyFacts#FOCAL_POINT} for focal points'
 * addresses.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"agencies :: facts", "compliance", "identity", "registers", "shared"})
package vn.khien.notifications;
