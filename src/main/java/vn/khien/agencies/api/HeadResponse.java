package vn.khien.agencies.api;

import java.time.LocalDate;
import java.util.Optional;
import vn.khien.agencies.AccountableHead;

/**
 * {@code GET /api/v1/agencies/{code}/head?on=}: the head on the day, or {@code recorded: false} with the
 * "no head recorded" text in the request's language in {@code text} — never an empty answer.
 */
record HeadResponse(
        String agencyCode,
        LocalDate on,
        boolean recorded,
        String personName,
        String position,
        LocalDate termFrom,
        LocalDate termTo,
        String text) {

    static HeadResponse of(String code, LocalDate day, Optional<AccountableHead> head, String noneText) {
        return head.map(h -> new HeadResponse(
                        code,
                        day,
                        true,
                        h.personName(),
                        h.position(),
                        h.termFrom(),
                        h.termTo(),
                        h.personName() + " — " + h.position()))
                .orElseGet(() -> new HeadResponse(code, day, false, null, null, null, null, noneText));
    }
}
