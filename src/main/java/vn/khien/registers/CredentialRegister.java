package vn.khien.registers;

/** Signing credentials (USB tokens, specialised certificates) issued to the agencies' staff. */
public interface CredentialRegister {

    /** Returns the credential's id. */
    long record(CredentialData data);
}
