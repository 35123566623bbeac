package vn.khien.compliance;

/** What an obligation is about: an agency as a whole, or one of its information systems. */
public enum SubjectType {
    AGENCY,
    SYSTEM
}
