package vn.khien.agencies;

/**
 * Records an appointment of an agency's head or focal point; the current holder's term ends the day the
 * new one's begins, and the history is kept.
 */
public interface FocalPointAppointments {

    void appoint(String agencyCode, FocalPointRole role, AppointmentData data);
}
