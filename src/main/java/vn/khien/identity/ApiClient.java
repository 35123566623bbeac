package vn.khien.identity;

/**
 * A machine signed in with an API token: the token's id (every use is attributable to it) and the
 * organisation it acts for.
 */
public record ApiClient(long tokenId, String tokenName, String organisationCode) {

    /** How the token appears as the actor of what it does. */
    public String actor() {
        return "api-token:" + tokenId;
    }
}
