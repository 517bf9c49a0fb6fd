package org.newskg.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The list of well-known news agencies (resource {@code agencies.txt}), looked up case-insensitively. */
final class Agencies {

    private static final Map<String, String> BY_KEY = load();

    private Agencies() {
    }

    /** The agency's name as listed, when {@code name} is one ("reuters" gives "Reuters"). */
    static Optional<String> lookup(String name) {
        return Optional.ofNullable(BY_KEY.get(key(name)));
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = Agencies.class.getResourceAsStream("agencies.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/newskg/clean/agencies.txt");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    map.putIfAbsent(key(line), line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
