package vn.khien.monitoring.domain;

/**
 * Reads one event of a tool's output. Never throws on bad input: whatever the bytes, the answer is an
 * alert or a reason (property-tested).
 */
public interface AlertParser {

    ParseOutcome parse(String line);
}
