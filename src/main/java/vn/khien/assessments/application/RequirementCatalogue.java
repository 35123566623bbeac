package vn.khien.assessments.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requirement catalogue (TCVN 11930:2017 structure), shipped as {@code assessments/requirements.csv}
 * and written to the database at start, so a corrected file replaces the titles on the next start.
 * Requirements are cumulative: a level-N system must meet every item of level N or lower.
 */
@Service
@Order(10) // before the demo data (order 100), whose findings reference requirements
public class RequirementCatalogue implements ApplicationRunner {

    static final String FILE = "assessments/requirements.csv";

    private final JdbcClient jdbc;

    RequirementCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One requirement; the title in the user's language. */
    public record Requirement(String code, String domain, String group, int minLevel, String title) {}

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Object[]> rows = parse(read());
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            values.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?)");
        }
        jdbc.sql("INSERT INTO assessments.requirement (code, domain, group_code, min_level, title_vi, title_en) VALUES "
                        + values
                        + " ON CONFLICT (code) DO UPDATE SET domain = EXCLUDED.domain, group_code = EXCLUDED.group_code,"
                        + " min_level = EXCLUDED.min_level, title_vi = EXCLUDED.title_vi, title_en = EXCLUDED.title_en")
                .params(rows.stream().flatMap(java.util.Arrays::stream).toList())
                .update();
    }

    /** Lines {@code code;domain;group;minLevel;titleVi;titleEn}; lines starting with # are comments. */
    static List<Object[]> parse(String text) {
        return text.lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> {
                    String[] f = l.split(";", -1);
                    if (f.length != 6) {
                        throw new IllegalStateException(FILE + ": expected 6 fields in " + l);
                    }
                    return new Object[] {
                        f[0].strip(),
                        f[1].strip(),
                        f[2].strip(),
                        Integer.parseInt(f[3].strip()),
                        f[4].strip(),
                        f[5].strip()
                    };
                })
                .toList();
    }

    /** The requirements that apply to a system of {@code level} (all of them when null). */
    public List<Requirement> forLevel(Integer level, Locale locale) {
        String title = "en".equals(locale.getLanguage()) ? "title_en" : "title_vi";
        return jdbc.sql("SELECT code, domain, group_code, min_level, " + title
                        + " AS title FROM assessments.requirement"
                        + " WHERE CAST(:level AS integer) IS NULL OR min_level <= :level ORDER BY code")
                .param("level", level)
                .query((rs, n) -> new Requirement(
                        rs.getString("code"),
                        rs.getString("domain"),
                        rs.getString("group_code"),
                        rs.getInt("min_level"),
                        rs.getString("title")))
                .list();
    }

    boolean exists(String code) {
        return jdbc.sql("SELECT count(*) > 0 FROM assessments.requirement WHERE code = :code")
                .param("code", code)
                .query(Boolean.class)
                .single();
    }

    private static String read() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
