package org.newskg.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.newskg.clean.ArticleMetadata;

/**
 * Which column of a CSV export (or field of a JSON Lines record) holds each part of an article.
 * By default the common names are looked for; {@code --map text=raw_text,title=headline} names
 * them instead. Names are matched ignoring case.
 */
public final class FieldMapping {
    /** The parts of an article a row can give. */
    public enum Field {
        TEXT("text", "body", "content", "raw_text", "article", "article_text", "full_text", "maintext"),
        TITLE("title", "headline"),
        URL("url", "link", "canonical_url", "source_url"),
        PUBLISHED("published", "published_date", "date", "published_date_gmt", "published_at", "date_published", "pubdate"),
        PUBLISHER("publisher", "source", "site", "site_name", "outlet"),
        AUTHOR("author", "authors", "byline");

        private final List<String> defaults;

        Field(String... defaults) {
            this.defaults = List.of(defaults);
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public List<String> defaults() {
            return defaults;
        }
    }

    public static final FieldMapping DEFAULT = new FieldMapping(Map.of());

    private final Map<Field, String> overrides;

    public FieldMapping(Map<Field, String> overrides) {
        this.overrides = overrides.isEmpty() ? Map.of() : new EnumMap<>(overrides);
    }

    /**
     * Parses "text=raw_text,title=headline".
     *
     * @throws IllegalArgumentException naming the bad entry, for the command line to report
     */
    public static FieldMapping parse(String spec) {
        Map<Field, String> map = new EnumMap<>(Field.class);
        if (spec == null || spec.isBlank()) {
            return DEFAULT;
        }
        for (String entry : spec.split(",")) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException("expected FIELD=COLUMN, got '" + entry.strip() + "'");
            }
            String key = entry.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            Field field = null;
            for (Field f : Field.values()) {
                if (f.key().equals(key)) {
                    field = f;
                }
            }
            if (field == null) {
                throw new IllegalArgumentException("unknown field '" + key + "'; fields are " + keys());
            }
            map.put(field, entry.substring(eq + 1).strip());
        }
        return new FieldMapping(map);
    }

    static String keys() {
        List<String> keys = new ArrayList<>();
        for (Field f : Field.values()) {
            keys.add(f.key());
        }
        return String.join(", ", keys);
    }

    /** The column chosen for each field among the given names (as the input spells them); fields with none are absent. */
    public Map<Field, String> resolve(Collection<String> names) {
        Map<String, String> byLower = new LinkedHashMap<>();
        for (String n : names) {
            byLower.putIfAbsent(n.strip().toLowerCase(Locale.ROOT), n);
        }
        Map<Field, String> chosen = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            List<String> candidates = overrides.containsKey(f) ? List.of(overrides.get(f)) : f.defaults();
            for (String c : candidates) {
                String actual = byLower.get(c.toLowerCase(Locale.ROOT));
                if (actual != null) {
                    chosen.put(f, actual);
                    break;
                }
            }
        }
        return chosen;
    }

    /** The names looked for, for a message: the override when given, else the defaults. */
    public String lookedFor(Field f) {
        return overrides.containsKey(f) ? overrides.get(f) : String.join(", ", f.defaults());
    }

    public Optional<String> override(Field f) {
        return Optional.ofNullable(overrides.get(f));
    }

    /**
     * The hints a row gives. A date column whose name says GMT or UTC is read in UTC.
     *
     * @param value the row's value for a column, or null
     */
    static ArticleMetadata hints(Map<Field, String> columns, Function<String, String> value) {
        ArticleMetadata m = ArticleMetadata.EMPTY;
        if (columns.containsKey(Field.TITLE)) {
            m = m.withTitle(value.apply(columns.get(Field.TITLE)));
        }
        if (columns.containsKey(Field.PUBLISHER)) {
            m = m.withPublisher(value.apply(columns.get(Field.PUBLISHER)));
        }
        if (columns.containsKey(Field.AUTHOR)) {
            m = m.withByline(value.apply(columns.get(Field.AUTHOR)));
        }
        if (columns.containsKey(Field.URL)) {
            m = m.withUrl(HintValues.url(value.apply(columns.get(Field.URL))).orElse(null));
        }
        if (columns.containsKey(Field.PUBLISHED)) {
            String col = columns.get(Field.PUBLISHED).toLowerCase(Locale.ROOT);
            boolean utc = col.contains("gmt") || col.contains("utc");
            m = m.withPublished(HintValues.date(value.apply(columns.get(Field.PUBLISHED)), utc).orElse(null));
        }
        return m;
    }
}
