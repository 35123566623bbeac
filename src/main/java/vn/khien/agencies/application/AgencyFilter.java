package vn.khien.agencies.application;

import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencyStatus;

/** What a list of agencies is narrowed to; every field is optional. */
public record AgencyFilter(String q, AgencyKind kind, AgencyStatus status, String parent, AgencySort sort) {

    /** Sort orders offered on the list; names sort with Vietnamese collation. */
    public enum AgencySort {
        NAME("a.name, a.code"),
        CODE("a.code"),
        KIND("a.kind, a.name, a.code");

        final String orderBy;

        AgencySort(String orderBy) {
            this.orderBy = orderBy;
        }
    }
}
