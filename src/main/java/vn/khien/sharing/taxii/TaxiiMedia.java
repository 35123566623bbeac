package vn.khien.sharing.taxii;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * TAXII 2.1 §1.6.8: responses are {@code application/taxii+json;version=2.1}; a request must accept it
 * (or STIX's {@code application/stix+json;version=2.1} for objects), else 406; a POST must send it, else
 * 415.
 */
final class TaxiiMedia {

    static final String TAXII = "application/taxii+json;version=2.1";
    static final String STIX = "application/stix+json;version=2.1";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private TaxiiMedia() {}

    static void requireAccept(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            throw new TaxiiError(406, "Not acceptable", "the Accept header is not a list of media types");
        }
        boolean ok = types.stream().anyMatch(TaxiiMedia::acceptable);
        if (!ok) {
            throw new TaxiiError(406, "Not acceptable", "accept " + TAXII);
        }
    }

    static void requireContentType(HttpServletRequest request) {
        String sent = request.getContentType();
        MediaType type;
        try {
            type = sent == null ? null : MediaType.parseMediaType(sent);
        } catch (IllegalArgumentException e) {
            type = null;
        }
        if (type == null || !taxiiOrStix(type) || !versionFits(type)) {
            throw new TaxiiError(415, "Unsupported media type", "send " + TAXII);
        }
    }

    static ResponseEntity<byte[]> json(HttpStatus status, JsonNode body, HttpHeaders headers) {
        HttpHeaders all = new HttpHeaders();
        all.addAll(headers);
        all.setContentType(MediaType.parseMediaType(TAXII));
        return new ResponseEntity<>(JSON.writeValueAsBytes(body), all, status);
    }

    static ResponseEntity<byte[]> ok(JsonNode body) {
        return json(HttpStatus.OK, body, new HttpHeaders());
    }

    private static boolean acceptable(MediaType type) {
        if (type.isWildcardType() || (type.getType().equals("application") && type.isWildcardSubtype())) {
            return true;
        }
        return taxiiOrStix(type) && versionFits(type);
    }

    private static boolean taxiiOrStix(MediaType type) {
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return type.getType().equalsIgnoreCase("application")
                && (subtype.equals("taxii+json") || subtype.equals("stix+json"));
    }

    private static boolean versionFits(MediaType type) {
        String version = type.getParameter("version");
        return version == null || version.equals("2.1");
    }
}
