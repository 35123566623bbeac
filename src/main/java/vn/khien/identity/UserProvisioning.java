package vn.khien.identity;

/** Creates accounts with their first password (coordinator only), as the user form does. */
public interface UserProvisioning {

    /** Returns the username. */
    String create(NewUser user);
}
