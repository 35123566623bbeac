package vn.khien.systems.domain;

/**
 * The Decree 85/2016 criteria that the facts recorded about a system can show, each with the lowest
 * level it implies. Only facts Khiên holds are judged; the dossier's justification covers the rest.
 */
public enum LevelCriterion {
    // Decree 85/2016 Art. 7: serves internal operations and processes public information only
    PUBLIC_INFORMATION_ONLY(1),
    // Decree 85/2016 Art. 8 cl. 1(a): an e-government system serving the agency's internal operations
    E_GOVERNMENT_INTERNAL(2),
    // Decree 85/2016 Art. 8 cl. 1(b): online public services below level 3
    ONLINE_SERVICE_BELOW_LEVEL_3(2),
    // Decree 85/2016 Art. 8 cl. 1(c): holds personal data of fewer than 10,000 people
    PERSONAL_DATA(2),
    // Decree 85/2016 Art. 9 cl. 1(a): holds personal data of 10,000 people or more
    PERSONAL_DATA_10000(3),
    // Decree 85/2016 Art. 9 cl. 1(b): online public services at level 3 or 4
    ONLINE_SERVICE_LEVEL_3(3),
    // Decree 85/2016 Art. 9 cl. 1(c): infrastructure shared by a whole province or sector
    SHARED_INFRASTRUCTURE(3),
    // Decree 85/2016 Art. 9 cl. 2: industrial control systems
    INDUSTRIAL_CONTROL(3);

    /** Decree 85/2016 Art. 9 cl. 1(a): the threshold of personal-data subjects for level 3. */
    static final int PERSONAL_DATA_THRESHOLD = 10_000;

    private final int minimumLevel;

    LevelCriterion(int minimumLevel) {
        this.minimumLevel = minimumLevel;
    }

    public int minimumLevel() {
        return minimumLevel;
    }

    /** Message key of the criterion's explanation: {@code systems.criterion.PERSONAL_DATA_10000}. */
    public String messageKey() {
        return "systems.criterion." + name();
    }
}
