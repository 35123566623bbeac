/**
 * How a module describes the SQL views it publishes for other modules: a {@link
 * vn.khien.shared.facts.FactView} per view (its qualified name and columns), each {@link
 * vn.khien.shared.facts.FactColumn} with its {@link vn.khien.shared.facts.SqlType} and, for a status or
 * kind column, the enum whose constants are its only values. A module declares its views as constants in
 * its {@code facts} named interface; readers interpolate the descriptor's name into their SQL, so the
 * dependency is a Java one that Spring Modulith sees, and a contract test in the publisher checks the
 * live view against the descriptor.
 */
package vn.khien.shared.facts;
