package vn.khien.sharing.taxii;

/** An answer in the TAXII 2.1 error message format (§3.6.1) with its HTTP status. */
class TaxiiError extends RuntimeException {

    private final int status;
    private final String title;

    TaxiiError(int status, String title, String description) {
        super(description);
        this.status = status;
        this.title = title;
    }

    static TaxiiError badRequest(String description) {
        return new TaxiiError(400, "Bad request", description);
    }

    static TaxiiError notFound(String description) {
        return new TaxiiError(404, "Not found", description);
    }

    static TaxiiError forbidden(String description) {
        return new TaxiiError(403, "Forbidden", description);
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }
}
