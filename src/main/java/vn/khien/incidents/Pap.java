package vn.khien.incidents;

/** Permissible Actions Protocol: what a recipient may do with the indicators. */
public enum Pap {
    CLEAR,
    GREEN,
    AMBER,
    RED
}
