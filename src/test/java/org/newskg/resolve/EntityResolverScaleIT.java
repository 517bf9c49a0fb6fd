package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;

/**
 * How resolution's time grows with the number of distinct names, on synthetic names with a
 * realistic spread (surnames Zipf-distributed, so some blocks are large; initials, surnames alone,
 * middle names, acronyms). By default one small size, to keep it working; with
 * {@code -Dnewskg.bench.names=10000,100000,1000000} each size is timed and the figures are
 * written to {@code target/resolution-benchmark.md} (docs/PERFORMANCE.md). Speed is never asserted.
 */
class EntityResolverScaleIT {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ten", "vo", "sel", "dar", "bru", "nik",
        "os", "fe", "gar", "hul", "ja", "pe", "qui", "sto", "wen", "yas", "zel", "mor", "an", "tis"};

    @Test
    void resolutionTimeGrowsNearlyLinearly() throws IOException {
        List<Integer> sizes = Arrays.stream(System.getProperty("newskg.bench.names", "20000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        StringBuilder report = new StringBuilder("| distinct names | records | clusters | resolve (s) |\n|---:|---:|---:|---:|\n");
        EntityResolver resolver = new EntityResolver();
        for (int n : sizes) {
            List<EntityRecord> records = records(n, new Random(n));
            resolver.resolve(records(2000, new Random(1))); // warm-up
            long start = System.nanoTime();
            Resolution r = resolver.resolve(records);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(r.clusters().size() > 0, "variants join their full names");
            report.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %.2f |%n", n, records.size(), r.clusters().size(), seconds));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "resolution-benchmark.md"), report);
        System.out.print(report);
    }

    private static String word(Random random, int syllables) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** About n distinct names: 60% people, 30% organisations, 10% places, one article each. */
    static List<EntityRecord> records(int n, Random random) {
        int surnamePool = Math.max(50, n / 4);
        String[] surnames = new String[surnamePool];
        for (int i = 0; i < surnamePool; i++) {
            surnames[i] = word(random, 2 + random.nextInt(3)) + (i % 7 == 0 ? "" : SYLLABLES[i % SYLLABLES.length]);
        }
        String[] firstNames = new String[500];
        for (int i = 0; i < firstNames.length; i++) {
            firstNames[i] = word(random, 2 + random.nextInt(2));
        }
        String[] orgWords = new String[400];
        for (int i = 0; i < orgWords.length; i++) {
            orgWords[i] = word(random, 2 + random.nextInt(2));
        }
        List<EntityRecord> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String article = "https://example.org/article/" + (i / 8);
            int kind = i % 10;
            String name;
            EntityType type;
            if (kind < 6) {
                type = EntityType.PERSON;
                // Zipf-like: the square of a uniform number favours the first surnames.
                double u = random.nextDouble();
                String last = surnames[(int) (u * u * surnamePool)];
                String first = firstNames[random.nextInt(firstNames.length)];
                int variant = random.nextInt(20);
                name = switch (variant) {
                    case 0, 1 -> first.charAt(0) + ". " + last;
                    case 2, 3 -> last;
                    case 4 -> first + " " + firstNames[random.nextInt(firstNames.length)] + " " + last;
                    default -> first + " " + last;
                };
            } else if (kind < 9) {
                type = EntityType.ORGANIZATION;
                int words = 2 + random.nextInt(3);
                StringBuilder org = new StringBuilder();
                for (int w = 0; w < words; w++) {
                    org.append(w == 0 ? "" : " ").append(orgWords[random.nextInt(orgWords.length)]);
                }
                name = random.nextInt(10) == 0 ? acronym(org.toString()) : org.toString();
            } else {
                type = EntityType.PLACE;
                name = word(random, 2 + random.nextInt(3));
            }
            String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
            out.add(new EntityRecord("https://example.org/" + type.name().toLowerCase(Locale.ROOT) + "/" + slug, type, name,
                    Set.of(), article, Set.of(), Set.of()));
        }
        return out;
    }

    private static String acronym(String name) {
        StringBuilder a = new StringBuilder();
        for (String w : name.split(" ")) {
            a.append(w.charAt(0));
        }
        return a.toString().toUpperCase(Locale.ROOT);
    }
}
