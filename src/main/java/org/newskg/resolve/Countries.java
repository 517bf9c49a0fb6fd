package org.newskg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.extract.Names;

/**
 * Country names and demonyms ("Japan", "Japanese"), from {@code countries.tsv} beside this class:
 * which country a qualifier of an organisation's name refers to. Keys are {@link Names#key} forms.
 */
final class Countries {
    private static final Countries STANDARD = load();

    /** Name or demonym key -> the country's first name, as the key all its forms share. */
    private final Map<String, String> countryOf;
    private final int longestForm;

    private Countries(Map<String, String> countryOf) {
        this.countryOf = Map.copyOf(countryOf);
        this.longestForm = countryOf.keySet().stream().mapToInt(k -> Names.words(k).size()).max().orElse(0);
    }

    static Countries standard() {
        return STANDARD;
    }

    /** The country these words name or are the demonym of ("japanese" -> "japan"). */
    Optional<String> country(List<String> words) {
        return Optional.ofNullable(countryOf.get(String.join(" ", words)));
    }

    /** The most words a country name or demonym has. */
    int longestForm() {
        return longestForm;
    }

    private static Countries load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = Countries.class.getResourceAsStream("countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("countries.tsv is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String[] names = cols[0].split("\\|");
                String country = Names.key(names[0]);
                for (String form : names) {
                    map.put(Names.key(form), country);
                }
                if (cols.length > 1) {
                    for (String demonym : cols[1].split("\\|")) {
                        map.put(Names.key(demonym), country);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading countries.tsv", e);
        }
        return new Countries(map);
    }
}
