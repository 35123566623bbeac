package vn.khien.registers.web;

import vn.khien.registers.CredentialStatus;
import vn.khien.registers.application.CredentialFilter;

/** The credential list's filters as its page and export links send them; a value that does not read answers 400. */
record CredentialListParameters(String agency, CredentialStatus status, Boolean attention, String q) {

    CredentialFilter toFilter() {
        return new CredentialFilter(agency, status, attention, q);
    }
}
