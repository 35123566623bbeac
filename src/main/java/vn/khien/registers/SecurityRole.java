package vn.khien.registers;

/** What a person does for the agency's security (layer 1 of the four-layer model). */
public enum SecurityRole {
    FOCAL_UNIT_MEMBER,
    ADMINISTRATOR,
    RESPONDER
}
