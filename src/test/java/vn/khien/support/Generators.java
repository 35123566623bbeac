package vn.khien.support;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories for the property tests: a fixed seed, enough examples, and texts of chosen characters. */
public final class Generators {

    private static final long SEED = 20261207L;

    private Generators() {}

    /**
     * A theory checked on at least {@code cases} distinct examples, the same ones at every run. QuickTheories
     * counts attempts, not examples run: it skips an example it has already run and stops one short of the
     * count, so it is given a tenth more (the generators here repeat a few in a hundred at most).
     */
    public static QuickTheory cases(int cases) {
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(cases + cases / 10 + 1);
    }

    /** Texts of {@code minLength} to {@code maxLength} code points, each drawn from {@code codePoints}. */
    public static Gen<String> texts(Gen<Integer> codePoints, int minLength, int maxLength) {
        return lists().of(codePoints).ofSizeBetween(minLength, maxLength).map(Generators::text);
    }

    /** Texts of the given UTF-16 units only (a surrogate among them may come alone). */
    public static Gen<String> textsOf(String characters, int minLength, int maxLength) {
        return texts(charactersOf(characters), minLength, maxLength);
    }

    /** Any UTF-16 unit, lone surrogates, NUL and non-characters included. */
    public static Gen<String> anyTexts(int maxLength) {
        return texts(integers().between(Character.MIN_VALUE, Character.MAX_VALUE), 0, maxLength);
    }

    /** One of the UTF-16 units of {@code characters}. */
    public static Gen<Integer> charactersOf(String characters) {
        return Generate.pick(characters.chars().boxed().toList());
    }

    private static String text(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder();
        codePoints.forEach(text::appendCodePoint);
        return text.toString();
    }
}
