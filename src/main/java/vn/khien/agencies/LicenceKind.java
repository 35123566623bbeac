package vn.khien.agencies;

/**
 * The network information security services a business licence covers, as Law 86/2015 Art. 41.1
 * lists them (letters a–k). Decree 108/2016 Art. 3.2 defines most of them; civil cryptography and
 * electronic signature certification are licensed under their own regimes (Law 86/2015 Chapter III,
 * the law on electronic transactions) but are kept here so a licence of either kind can be recorded.
 */
public enum LicenceKind {
    /** Art. 41.1.a; Decree 108 Art. 3.2.e defines it as scanning and analysis that ends in a risk assessment. */
    SECURITY_ASSESSMENT,
    /** Art. 41.1.b (Decree 108 Art. 3.2.g). */
    NON_CRYPTOGRAPHIC_CONFIDENTIALITY,
    /** Art. 41.1.c. */
    CIVIL_CRYPTOGRAPHY,
    /** Art. 41.1.d. */
    ELECTRONIC_SIGNATURE_CERTIFICATION,
    /** Art. 41.1.đ (Decree 108 Art. 3.2.c). */
    CONSULTING,
    /** Art. 41.1.e (Decree 108 Art. 3.2.a). */
    MONITORING,
    /** Art. 41.1.g (Decree 108 Art. 3.2.d). */
    INCIDENT_RESPONSE,
    /** Art. 41.1.h (Decree 108 Art. 3.2.đ). */
    DATA_RECOVERY,
    /** Art. 41.1.i (Decree 108 Art. 3.2.b). */
    ATTACK_PREVENTION,
    /** Art. 41.1.k. */
    OTHER
}
