package vn.khien.shared;

import java.util.regex.Pattern;

/**
 * What a telephone number typed by a person may look like: 8 to 20 digits, spaces, dots, dashes and
 * brackets, with a leading + for an international number (0234 3822 123, +84 234 3822 123). It catches
 * a name or an e-mail address typed in the wrong field; it does not dial.
 */
public final class PhoneNumbers {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{8,20}");

    private PhoneNumbers() {}

    public static boolean plausible(String typed) {
        return typed != null && PHONE.matcher(typed.strip()).matches();
    }
}
