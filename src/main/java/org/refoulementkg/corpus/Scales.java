package org.refoulementkg.corpus;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Triple counts as people write them: {@code 1e6}, {@code 250000}, {@code 2.5e5}; lists as {@code 1e4,1e5}. */
public final class Scales {
    private Scales() {}

    public static long parse(String s) {
        long n = new BigDecimal(s.strip()).longValueExact();
        if (n <= 0) throw new IllegalArgumentException("not a positive count: " + s);
        return n;
    }

    public static List<Long> parseList(String s) {
        return Arrays.stream(s.split(",")).map(Scales::parse).toList();
    }

    /** 10000 → "1e4", 250000 → "2.5e5": short names for directories and tables. */
    public static String name(long n) {
        int exp = (int) Math.floor(Math.log10(n));
        double mantissa = n / Math.pow(10, exp);
        String m = mantissa == Math.rint(mantissa) ? String.valueOf((long) mantissa) : String.valueOf(mantissa);
        return m + "e" + exp;
    }
}
