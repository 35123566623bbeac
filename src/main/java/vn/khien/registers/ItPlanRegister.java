package vn.khien.registers;

/** IT plans and projects with their security budget lines (Directive 14/CT-TTg: the 10 % share). */
public interface ItPlanRegister {

    /** Returns the plan's id. */
    long record(ItPlanData data);

    /** The plan does not reach the share for a reason the coordinator will accept or reject. */
    void declareException(long id, String reason, String evidence);
}
