package org.newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The world's countries by name, other names and demonyms, from {@code countries.tsv} beside
 * this class: "Japanese" is Japan, "the US" is the United States. A demonym two countries share
 * ("Congolese") names neither. Immutable and thread-safe.
 */
public final class Countries {
    /** One country: the name newskg uses and every form that names it. */
    public record Country(String name, List<String> otherNames, List<String> demonyms) {
        public Country {
            otherNames = List.copyOf(otherNames);
            demonyms = List.copyOf(demonyms);
        }

        /** The keys ({@link Names#key}) of its name and other names. */
        public Set<String> nameKeys() {
            Set<String> keys = new HashSet<>();
            keys.add(Names.key(name));
            otherNames.forEach(n -> keys.add(Names.key(n)));
            return keys;
        }
    }

    private static final Countries STANDARD = load();

    private final List<Country> all;
    private final Map<String, Country> byDemonym;
    private final Map<String, Country> byName;

    private Countries(List<Country> countries) {
        this.all = List.copyOf(countries);
        Map<String, Country> demonyms = new HashMap<>();
        Set<String> shared = new HashSet<>();
        Map<String, Country> names = new HashMap<>();
        for (Country c : countries) {
            for (String d : c.demonyms()) {
                String key = Names.key(d);
                if (demonyms.containsKey(key) && demonyms.get(key) != c) {
                    shared.add(key);
                }
                demonyms.put(key, c);
            }
            c.nameKeys().forEach(k -> names.putIfAbsent(k, c));
        }
        shared.forEach(demonyms::remove);
        this.byDemonym = Map.copyOf(demonyms);
        this.byName = Map.copyOf(names);
    }

    public static Countries standard() {
        return STANDARD;
    }

    /** Every country of the table, in its order. */
    public List<Country> all() {
        return all;
    }

    /** The country a demonym names ("Japanese", "South Korean"); plural forms ("Americans") too. */
    public Optional<Country> byDemonym(String word) {
        String key = Names.key(word);
        Country c = byDemonym.get(key);
        if (c == null && key.endsWith("s")) {
            c = byDemonym.get(key.substring(0, key.length() - 1));
        }
        return Optional.ofNullable(c);
    }

    /** The country a name or other name names ("Britain", "the US"). */
    public Optional<Country> byName(String name) {
        String key = Names.key(name);
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        return Optional.ofNullable(byName.get(key));
    }

    private static Countries load() {
        InputStream in = Countries.class.getResourceAsStream("countries.tsv");
        if (in == null) {
            throw new IllegalStateException("countries.tsv is missing from the jar");
        }
        List<Country> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 3) {
                    throw new IllegalStateException("countries.tsv: 3 tab-separated columns expected: " + line);
                }
                out.add(new Country(cols[0].strip(), values(cols[1]), values(cols[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Countries(out);
    }

    private static List<String> values(String column) {
        return column.isBlank() ? List.of() : List.of(column.strip().split("\\s*\\|\\s*"));
    }
}
