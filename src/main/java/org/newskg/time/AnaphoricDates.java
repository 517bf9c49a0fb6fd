package org.newskg.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.core.Span;

/**
 * "Earlier that day", "that same day", "later that year", "declining later in the day": the day or year of the
 * date the text named last (anaphoric-dates.tsv), not a length of one day or the publication day. SUTime tags
 * only "day" or "year" in them, as P1D or P1Y, or reads "the day" as the publication day.
 */
final class AnaphoricDates {
    /** A row of anaphoric-dates.tsv: the words (group "time", if any, is the expression) and the unit they take. */
    private record Row(Pattern words, boolean year) {
        static Row of(String line) {
            String[] r = line.split("\t");
            if (r.length != 2 || !r[1].strip().matches("day|year")) {
                throw new IllegalStateException("anaphoric-dates.tsv: a row needs a pattern and day or year: " + line);
            }
            return new Row(Pattern.compile(r[0].strip()), r[1].strip().equals("year"));
        }
    }

    private static final List<Row> ROWS = TimeNormalizer.lines("anaphoric-dates.tsv").stream().map(Row::of).toList();
    private static final Pattern DAY_VALUE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR_VALUE = Pattern.compile("^\\d{4}(?![\\dX])");
    /** How many sentences back the date may be named. */
    private static final int SENTENCES = 4;

    /** Makes the expression of the words with its DATE value. */
    interface Maker {
        TimeValue make(String words, Span span, int sentence, String value);
    }

    private AnaphoricDates() {}

    static List<TimeValue> place(String text, List<TimeValue> values, Maker maker) {
        List<TimeValue> out = new ArrayList<>(values);
        for (Row row : ROWS) {
            Matcher m = row.words().matcher(text);
            while (m.find()) {
                boolean grouped = m.pattern().pattern().contains("(?<time>");
                Span span = grouped ? new Span(m.start("time"), m.end("time")) : new Span(m.start(), m.end());
                TimeValue inside = out.stream().filter(v -> v.span().overlaps(span)).findFirst().orElse(null);
                if (inside == null) {
                    continue; // only what SUTime tagged: its sentence number comes with it
                }
                TimeValue named = null;
                for (TimeValue v : out) {
                    if (v.span().end() <= m.start() && inside.sentence() - v.sentence() <= SENTENCES
                            && (row.year() ? YEAR_VALUE : DAY_VALUE).matcher(v.value()).find()
                            && (v.type().equals("DATE") || v.type().equals("TIME"))) {
                        named = v;
                    }
                }
                if (named == null) {
                    continue;
                }
                String value = named.value().substring(0, row.year() ? 4 : 10);
                out.removeIf(v -> v.span().overlaps(span));
                out.add(maker.make(span.of(text), span, inside.sentence(), value));
            }
        }
        out.sort(java.util.Comparator.comparingInt(v -> v.span().begin()));
        return out;
    }
}
