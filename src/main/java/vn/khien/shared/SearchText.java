package vn.khien.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How Khiên compares words a person typed with words it holds: lower case, no accents (đ is d), single
 * spaces, as the database's {@code public.search_key} does for SQL searches ("hue" finds "Huế").
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private SearchText() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'd');
        return SPACES.matcher(plain).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the held text contains the typed one, both folded. */
    public static boolean matches(String held, String typed) {
        return fold(held).contains(fold(typed));
    }
}
