package vn.khien.compliance.application;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.khien.compliance.Authorities;
import vn.khien.compliance.AuthorityAssigned;
import vn.khien.compliance.AuthorityHolder;
import vn.khien.compliance.AuthorityRole;
import vn.khien.compliance.domain.PackParser;
import vn.khien.shared.InvalidInputException;

/**
 * The dated register of authorities. The first start loads {@code compliance/authorities.yaml}; after
 * that the coordinator records changes: a new holder from a day ends the current holder's term the
 * day before, so the register never has two holders of one role on one day.
 */
@Service
@Order(6)
public class AuthorityRegister implements Authorities, ApplicationRunner {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    AuthorityRegister(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AuthorityHolder> holder(AuthorityRole role, LocalDate day) {
        return holdersOn(day).stream().filter(h -> h.role() == role).findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuthorityHolder> holdersOn(LocalDate day) {
        return jdbc
                .sql("SELECT * FROM compliance.authority WHERE valid_from <= :day"
                        + " AND (valid_to IS NULL OR valid_to >= :day) ORDER BY role")
                .param("day", day)
                .query(AuthorityRegister::holder)
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(AuthorityHolder::role))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<AuthorityHolder> history() {
        return jdbc.sql("SELECT * FROM compliance.authority ORDER BY role, valid_from DESC")
                .query(AuthorityRegister::holder)
                .list();
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public void assign(
            AuthorityRole role, String organisationCode, String organisationName, LocalDate from, String note) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (role == null) {
            problems.add(
                    new InvalidInputException.FieldProblem("role", "compliance.authority.role.required", List.of()));
        }
        if (organisationName == null || organisationName.isBlank()) {
            problems.add(new InvalidInputException.FieldProblem(
                    "organisationName", "compliance.authority.name.required", List.of()));
        }
        if (from == null) {
            problems.add(new InvalidInputException.FieldProblem(
                    "validFrom", "compliance.authority.from.required", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean later = jdbc.sql("SELECT count(*) FROM compliance.authority WHERE role = :role AND valid_from >= :from")
                        .param("role", role.name())
                        .param("from", from)
                        .query(Long.class)
                        .single()
                > 0;
        if (later) {
            throw new InvalidInputException("validFrom", "compliance.authority.from.after-current");
        }
        jdbc.sql(
                        "UPDATE compliance.authority SET valid_to = :end WHERE role = :role AND (valid_to IS NULL OR valid_to >= :from)")
                .param("end", from.minusDays(1))
                .param("role", role.name())
                .param("from", from)
                .update();
        insert(role, blankToNull(organisationCode), organisationName.strip(), from, null, blankToNull(note));
        events.publishEvent(new AuthorityAssigned(role, organisationName.strip(), from));
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (jdbc.sql("SELECT count(*) FROM compliance.authority")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        try (InputStream in = new ClassPathResource("compliance/authorities.yaml").getInputStream()) {
            List<Map<String, Object>> rows = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            for (Map<String, Object> row : rows) {
                insert(
                        AuthorityRole.valueOf(row.get("role").toString()),
                        (String) row.get("organisationCode"),
                        row.get("organisationName").toString(),
                        PackParser.day(row.get("validFrom")),
                        row.get("validTo") == null ? null : PackParser.day(row.get("validTo")),
                        (String) row.get("note"));
            }
        }
    }

    private void insert(AuthorityRole role, String code, String name, LocalDate from, LocalDate to, String note) {
        jdbc.sql("""
                        INSERT INTO compliance.authority (role, organisation_code, organisation_name, valid_from, valid_to, note)
                        VALUES (:role, :code, :name, :from, :to, :note)""")
                .param("role", role.name())
                .param("code", code == null ? "" : code)
                .param("name", name)
                .param("from", from)
                .param("to", to)
                .param("note", note)
                .update();
    }

    private static AuthorityHolder holder(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AuthorityHolder(
                rs.getLong("id"),
                AuthorityRole.valueOf(rs.getString("role")),
                blankToNull(rs.getString("organisation_code")),
                rs.getString("organisation_name"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getString("note"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
