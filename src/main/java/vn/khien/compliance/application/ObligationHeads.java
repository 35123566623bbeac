package vn.khien.compliance.application;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.khien.agencies.AccountableHead;
import vn.khien.agencies.AccountableHeads;
import vn.khien.agencies.AgencyDay;
import vn.khien.compliance.ObligationStatus;
import vn.khien.compliance.application.ObligationQueries.Row;

/**
 * Names the agency's head on the rows of a page not kept on time, with one registry query for the whole
 * page. The head is the one in office on the due date, or on the day evaluated when that comes first (a
 * duty already broken before its due date, or with none, is the present head's).
 */
@Component
class ObligationHeads {

    private final AccountableHeads heads;
    private final MessageSource messages;

    ObligationHeads(AccountableHeads heads, MessageSource messages) {
        this.heads = heads;
        this.messages = messages;
    }

    /** The head of each row that names one; rows that do not are absent. */
    Map<Row, AccountableHeadView> of(List<Row> rows, LocalDate evaluatedOn, Locale locale) {
        Map<Row, AgencyDay> asked = new IdentityHashMap<>();
        rows.stream()
                .filter(r -> AccountableHeadView.NAMED_FOR.contains(ObligationStatus.valueOf(r.status())))
                .forEach(r -> asked.put(r, new AgencyDay(r.agencyCode(), accountableOn(r.dueDate(), evaluatedOn))));
        Map<AgencyDay, AccountableHead> found = heads.on(asked.values());
        Map<Row, AccountableHeadView> named = new IdentityHashMap<>();
        asked.forEach((row, day) -> named.put(row, view(day, found.get(day), locale)));
        return named;
    }

    private static LocalDate accountableOn(LocalDate due, LocalDate evaluatedOn) {
        return due == null || due.isAfter(evaluatedOn) ? evaluatedOn : due;
    }

    private AccountableHeadView view(AgencyDay day, AccountableHead head, Locale locale) {
        return head == null
                ? new AccountableHeadView(
                        day.day(), false, null, null, messages.getMessage("compliance.head.none", null, locale))
                : new AccountableHeadView(
                        day.day(),
                        true,
                        head.personName(),
                        head.position(),
                        head.personName() + " — " + head.position());
    }
}
