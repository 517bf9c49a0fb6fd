package org.newskg.clean;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time zones news text names: "GMT+10", "UTC-5:30" and the abbreviations with one common meaning
 * ("EST", "CEST", "JST"). Used for publication dates and for times of day in the text.
 */
public final class ZoneNames {

    private static final Pattern NUMERIC_ZONE = Pattern.compile("(?:GMT|UTC)([+-])(\\d{1,2})(?::?(\\d{2}))?");

    /** Zone abbreviations with one common meaning; ones with several (CST, AST) are left out on purpose. */
    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
            Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("EST", ZoneOffset.ofHours(-5)),
            Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CT", ZoneId.of("America/Chicago")), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MT", ZoneId.of("America/Denver")), Map.entry("MST", ZoneOffset.ofHours(-7)),
            Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PT", ZoneId.of("America/Los_Angeles")), Map.entry("PST", ZoneOffset.ofHours(-8)),
            Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("WET", ZoneOffset.UTC),
            Map.entry("WEST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)),
            Map.entry("EEST", ZoneOffset.ofHours(3)), Map.entry("MSK", ZoneOffset.ofHours(3)),
            Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)), Map.entry("PKT", ZoneOffset.ofHours(5)),
            Map.entry("SGT", ZoneOffset.ofHours(8)), Map.entry("HKT", ZoneOffset.ofHours(8)),
            Map.entry("AWST", ZoneOffset.ofHours(8)), Map.entry("JST", ZoneOffset.ofHours(9)),
            Map.entry("KST", ZoneOffset.ofHours(9)), Map.entry("AEST", ZoneOffset.ofHours(10)),
            Map.entry("AEDT", ZoneOffset.ofHours(11)), Map.entry("NZST", ZoneOffset.ofHours(12)),
            Map.entry("NZDT", ZoneOffset.ofHours(13)));

    /** A zone name as a regular expression alternative, longest names first so "EEST" wins over "EST". */
    public static final String PATTERN = "(?:GMT|UTC)\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?|"
            + String.join("|", ZONES.keySet().stream().filter(k -> k.length() > 1)
                    .sorted((a, b) -> b.length() - a.length()).toList());

    private ZoneNames() {
    }

    /** The zone a name stands for ("GMT+10", "EST"), empty when it is no zone or an ambiguous one. */
    public static Optional<ZoneId> zone(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String z = text.replace(" ", "");
        Matcher numeric = NUMERIC_ZONE.matcher(z);
        if (numeric.matches()) {
            int hours = Integer.parseInt(numeric.group(2));
            int minutes = numeric.group(3) == null ? 0 : Integer.parseInt(numeric.group(3));
            int sign = numeric.group(1).equals("-") ? -1 : 1;
            if (hours > 14 || minutes > 59) {
                return Optional.empty();
            }
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        }
        return Optional.ofNullable(ZONES.get(z));
    }
}
