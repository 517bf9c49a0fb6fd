package org.newskg.serve.module;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An HTTP {@code Accept} header as a list of media ranges with their q-values, read the way
 * RFC 9110 says: names case-insensitive, {@code q=0} meaning "not acceptable".
 */
public final class AcceptHeader {
    /** One media range: {@code type/subtype} in lower case (either may be {@code *}), and its q. */
    public record Range(String type, String subtype, double q) {
        /** How well this range names {@code mediaType}: 3 exact, 2 type/*, 1 *&#47;*, 0 not at all. */
        public int specificity(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            if (type.equals("*")) {
                return 1;
            }
            if (!type.equals(t)) {
                return 0;
            }
            return subtype.equals("*") ? 2 : subtype.equals(s) ? 3 : 0;
        }
    }

    private AcceptHeader() {}

    /** The ranges of {@code header}; ranges that cannot be read are left out. */
    public static List<Range> parse(String header) {
        List<Range> ranges = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] params = part.split(";");
            String range = params[0].trim().toLowerCase(Locale.ROOT);
            int slash = range.indexOf('/');
            if (slash <= 0 || slash == range.length() - 1) {
                continue;
            }
            double q = 1.0;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].trim().toLowerCase(Locale.ROOT);
                if (p.startsWith("q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2).trim())));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(range.substring(0, slash), range.substring(slash + 1), q));
        }
        return ranges;
    }

    /**
     * The q-value {@code header} gives {@code mediaType}: that of the most specific range that
     * names it, 0 when none does.
     */
    public static double quality(List<Range> ranges, String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        int best = 0;
        double q = 0;
        for (Range r : ranges) {
            int s = r.specificity(type);
            if (s > best) {
                best = s;
                q = r.q();
            }
        }
        return q;
    }

    /** Whether the header names ranges and rates every one of them {@code q=0}. */
    public static boolean refusesEverything(String header) {
        List<Range> ranges = parse(header);
        return !ranges.isEmpty() && ranges.stream().allMatch(r -> r.q() == 0);
    }
}
