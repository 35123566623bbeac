package vn.khien.systems;

import java.util.List;

/**
 * A network asset of a system in use, with what alert intake needs to map an alert to it and to decide
 * who may send alerts about it: {@code servedBy} holds the providers named in its service arrangements
 * and its owner and operating unit.
 */
public record MonitoredAsset(
        String systemCode,
        String ownerCode,
        Integer approvedLevel,
        AssetKind kind,
        String value,
        List<String> servedBy) {

    public MonitoredAsset {
        servedBy = List.copyOf(servedBy);
    }
}
