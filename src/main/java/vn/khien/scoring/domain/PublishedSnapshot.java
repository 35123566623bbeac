package vn.khien.scoring.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What a publication freezes: the campaign, the set (its YAML and hash), every agency's scores with
 * their inputs, and the version with its correction reason; in canonical JSON with its SHA-256. The
 * agencies are listed by code, so the text depends on the content only.
 */
public record PublishedSnapshot(String json, String sha256) {

    public record Header(
            long campaignId,
            int year,
            String title,
            LocalDate cutOff,
            String setCode,
            int setVersion,
            String setContent,
            String setSha256,
            int version,
            String correctionReason) {}

    public static PublishedSnapshot of(Header header, List<AgencyScore> scores) {
        Map<String, Object> campaign = new HashMap<>();
        campaign.put("id", header.campaignId());
        campaign.put("year", header.year());
        campaign.put("title", header.title());
        campaign.put("cutOff", header.cutOff().toString());
        Map<String, Object> set = new HashMap<>();
        set.put("code", header.setCode());
        set.put("version", header.setVersion());
        set.put("content", header.setContent());
        set.put("sha256", header.setSha256());
        Map<String, Object> root = new HashMap<>();
        root.put("campaign", campaign);
        root.put("set", set);
        root.put("version", header.version());
        root.put("correctionReason", header.correctionReason());
        root.put(
                "agencies",
                scores.stream()
                        .sorted(Comparator.comparing(s -> s.agency().code()))
                        .map(PublishedSnapshot::agency)
                        .toList());
        String json = CanonicalJson.write(root);
        return new PublishedSnapshot(json, sha256(json));
    }

    private static Map<String, Object> agency(AgencyScore s) {
        Map<String, Object> agency = new HashMap<>();
        agency.put("code", s.agency().code());
        agency.put("name", s.agency().name());
        agency.put("kind", s.agency().kind().name());
        agency.put("submitted", s.submitted());
        agency.put("score", s.score());
        agency.put("grade", s.grade().code());
        agency.put("rankOverall", s.rankOverall());
        agency.put("rankInKind", s.rankInKind());
        agency.put("scoreChange", s.scoreChange());
        agency.put("rankChange", s.rankChange());
        agency.put(
                "criteria",
                s.criteria().stream()
                        .sorted(Comparator.comparing(CriterionScore::criterionCode))
                        .map(c -> {
                            Map<String, Object> criterion = new HashMap<>();
                            criterion.put("code", c.criterionCode());
                            criterion.put("points", c.points());
                            criterion.put("input", c.input());
                            criterion.put("overridden", c.overridden());
                            criterion.put("reason", c.reason());
                            return criterion;
                        })
                        .toList());
        return agency;
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
