package vn.khien.registers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The agencies' security workforce with their qualifications and training. */
public interface StaffRegister {

    /** Returns the person's id. */
    long record(StaffData data);

    void addQualification(long id, String name, String issuer, LocalDate obtainedOn, LocalDate expiresOn);

    void addTraining(long id, String course, String provider, BigDecimal hours, LocalDate attendedOn);

    /** The person left on {@code on}; returns how many of their credentials were flagged for revocation. */
    int leave(long id, LocalDate on);
}
