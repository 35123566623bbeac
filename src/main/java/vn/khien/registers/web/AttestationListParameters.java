package vn.khien.registers.web;

import vn.khien.registers.AttestationKind;
import vn.khien.registers.AttestationStatus;
import vn.khien.registers.application.AttestationFilter;

/** The attestation list's filters as its page and export links send them; a value that does not read answers 400. */
record AttestationListParameters(String agency, AttestationKind kind, AttestationStatus status) {

    AttestationFilter toFilter() {
        return new AttestationFilter(agency, kind, status);
    }
}
