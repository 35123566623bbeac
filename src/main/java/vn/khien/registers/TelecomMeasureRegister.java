package vn.khien.registers;

/** A telecom operator's measures to protect children online. */
public interface TelecomMeasureRegister {

    /** Without an evidence file; returns the measure's id. */
    long record(TelecomMeasureData data);
}
