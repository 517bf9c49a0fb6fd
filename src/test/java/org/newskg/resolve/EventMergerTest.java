package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EventTime;

/** The event merging rule on hand-made mentions: what joins, what the guards keep apart, and order independence. */
class EventMergerTest {
    private static final String UNION = "https://example.org/id/organization/acme-union";
    private static final String FORUM = "https://example.org/id/organization/hollin-forum";
    private static final String LORVIK = "https://example.org/id/place/lorvik";
    private static final String VESTRIA = "https://example.org/id/place/vestria";
    private static final String TARROW = "https://example.org/id/place/tarrow";
    private static final String RUIZ = "https://example.org/id/person/ana-ruiz";

    private final EventMerger merger = new EventMerger();

    private static EventTime days(String from, String to) {
        return new EventTime(LocalDate.parse(from), LocalDate.parse(to), EventTime.Precision.DAY, from);
    }

    private static EventTime month(String ym) {
        YearMonth m = YearMonth.parse(ym);
        return new EventTime(m.atDay(1), m.atEndOfMonth(), EventTime.Precision.MONTH, ym);
    }

    private static EventTime year(int y) {
        return new EventTime(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), EventTime.Precision.YEAR, Integer.toString(y));
    }

    private static StoredEvent event(String id, String article, String kind, String label, EventTime time,
            List<String> places, List<StoredEvent.Participation> participants, boolean planned, String published) {
        return new StoredEvent("m:" + id, "a:" + article, kind, label, Optional.ofNullable(time), places, participants,
                planned, Optional.ofNullable(published));
    }

    private static StoredEvent.Participation organiser(String iri) {
        return new StoredEvent.Participation(iri, "Organiser");
    }

    /** The summit of one story told three ways: a day range with city and country, a month with the country, a month with the organiser. */
    private static List<StoredEvent> oneSummitThreeWays() {
        return List.of(
                event("1", "x", "Summit", "2024 summit", days("2024-04-17", "2024-04-18"), List.of(LORVIK, VESTRIA), List.of(),
                        true, "2024-02-06"),
                event("2", "y", "Summit", "Acme Union summit", month("2024-04"), List.of(VESTRIA), List.of(organiser(UNION)),
                        true, "2024-02-07"),
                event("3", "z", "Summit", "Acme Union summit", month("2024-04"), List.of(),
                        List.of(organiser(UNION), new StoredEvent.Participation(RUIZ, "Attendee")), true, "2024-02-08"));
    }

    @Test
    void oneEventToldWithDifferentPrecisionsIsOneNodeWithTheFinestTime() {
        List<MergedEvent> events = merger.merge(oneSummitThreeWays());
        assertEquals(1, events.size(), events.toString());
        MergedEvent e = events.get(0);
        assertEquals(3, e.articles());
        assertEquals(days("2024-04-17", "2024-04-18"), e.time().orElseThrow());
        assertEquals("Acme Union summit", e.name(), "the name most accounts give");
        assertEquals(List.of(LORVIK, VESTRIA), e.places());
        assertTrue(e.planned());
        assertEquals(2, e.mergeReasons().size());
        assertTrue(e.mergeReasons().get(0).startsWith("m:2 joins m:1: same kind Summit"), e.mergeReasons().toString());
        assertTrue(e.mergeReasons().get(0).contains("shared place " + VESTRIA), e.mergeReasons().toString());
        assertTrue(e.mergeReasons().get(1).contains("shared participant " + UNION), e.mergeReasons().toString());
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheMentions() {
        List<StoredEvent> mentions = new ArrayList<>(oneSummitThreeWays());
        mentions.add(event("4", "w", "Summit", "Hollin Forum summit", days("2024-04-17", "2024-04-18"), List.of(TARROW),
                List.of(organiser(FORUM)), true, "2024-02-07"));
        mentions.add(event("5", "w", "Visit", "visit by Ana Ruiz to Vestria", month("2024-01"), List.of(VESTRIA),
                List.of(new StoredEvent.Participation(RUIZ, "Attendee")), false, "2024-02-07"));
        List<MergedEvent> expected = merger.merge(mentions);
        Random random = new Random(7);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(mentions, random);
            assertEquals(expected, merger.merge(mentions));
        }
    }

    @Test
    void placesAndParticipantsAreComparedAsResolved() {
        String lorvikCity = "https://example.org/id/place/lorvik-city";
        String union = "https://example.org/id/organization/au";
        List<StoredEvent> mentions = List.of(
                event("1", "x", "Summit", "summit", month("2024-04"), List.of(LORVIK), List.of(), true, "2024-02-01"),
                event("2", "y", "Summit", "summit", month("2024-04"), List.of(lorvikCity), List.of(), true, "2024-02-02"),
                event("3", "z", "Meeting", "meeting", month("2024-05"), List.of(), List.of(organiser(UNION)), true, "2024-02-01"),
                event("4", "w", "Meeting", "meeting", month("2024-05"), List.of(), List.of(organiser(union)), true, "2024-02-02"));
        assertEquals(4, merger.merge(mentions).size(), "by IRI alone nothing is shared");
        java.util.Map<String, String> resolution = java.util.Map.of(lorvikCity, LORVIK, union, UNION);
        List<MergedEvent> events = merger.merge(mentions, iri -> resolution.getOrDefault(iri, iri));
        assertEquals(2, events.size(), events.toString());
        MergedEvent summit = events.stream().filter(e -> e.kind().equals("Summit")).findFirst().orElseThrow();
        assertEquals(List.of(LORVIK, lorvikCity), summit.places(), "the event keeps the IRIs its articles use");
        assertTrue(summit.mergeReasons().get(0).contains("shared place " + LORVIK), summit.mergeReasons().toString());
    }

    @Test
    void undatedAccountsOfOneNewsCycleJoinOnAPlaceAndAName() {
        List<MergedEvent> events = merger.merge(List.of(
                event("1", "x", "Opening", "opening of the office", null, List.of(LORVIK), List.of(), true, "2024-02-01"),
                event("2", "y", "Opening", "opening of the office", null, List.of(LORVIK), List.of(), true, "2024-02-03T10:00:00Z"),
                // the same words a month later: another news cycle, maybe another office
                event("3", "z", "Opening", "opening of the office", null, List.of(LORVIK), List.of(), true, "2024-03-05"),
                // a place alone is not enough without a date
                event("4", "w", "Opening", "opening", null, List.of(LORVIK), List.of(), true, "2024-02-02"),
                // no publication date: nothing places it in time, but the accounts of one article are of one time
                event("5", "v", "Opening", "opening of the office", null, List.of(LORVIK), List.of(), true, null),
                event("6", "v", "Opening", "opening of the new office", null, List.of(LORVIK), List.of(), true, null)));
        assertEquals(4, events.size(), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.mentions().size() == 2 && e.articles() == 1
                && e.mergeReasons().get(0).contains("both undated, in one article")), events.toString());
        MergedEvent office = events.stream().filter(e -> e.articles() == 2).findFirst().orElseThrow();
        assertEquals(List.of("m:1", "m:2"), office.mentions().stream().map(StoredEvent::mention).toList());
        assertTrue(office.mergeReasons().get(0).contains("both undated, articles published 2024-02-01 and 2024-02-03"),
                office.mergeReasons().toString());
        assertTrue(office.mergeReasons().get(0).endsWith("shared place " + LORVIK + " and shared name words office"),
                office.mergeReasons().toString());
    }

    @Test
    void anUndatedAccountJoinsTheDatedOneOfItsNewsCycle() {
        List<MergedEvent> events = merger.merge(List.of(
                event("1", "x", "Signing", "signing", days("2024-03-11", "2024-03-11"), List.of(LORVIK), List.of(organiser(RUIZ)),
                        false, "2024-03-12"),
                event("2", "y", "Signing", "signing", null, List.of(LORVIK), List.of(organiser(RUIZ)), false, "2024-03-13"),
                // another place: not the same signing, however close in time
                event("3", "z", "Signing", "signing", null, List.of(TARROW), List.of(organiser(RUIZ)), false, "2024-03-13")));
        assertEquals(2, events.size(), events.toString());
        MergedEvent signing = events.stream().filter(e -> e.articles() == 2).findFirst().orElseThrow();
        assertEquals(days("2024-03-11", "2024-03-11"), signing.time().orElseThrow(), "the date one account gives");
        assertTrue(signing.mergeReasons().get(0).contains("one undated"), signing.mergeReasons().toString());
    }

    @Test
    void differentYearsDoNotMerge() {
        List<MergedEvent> events = merger.merge(List.of(
                event("1", "x", "Summit", "Acme Union summit", month("2023-04"), List.of(LORVIK), List.of(organiser(UNION)), false, null),
                event("2", "y", "Summit", "Acme Union summit", month("2024-04"), List.of(LORVIK), List.of(organiser(UNION)), true, null)));
        assertEquals(2, events.size());
    }

    @Test
    void differentPlacesDoNotMergeEvenOnTheSameDays() {
        List<MergedEvent> events = merger.merge(List.of(
                event("1", "x", "Summit", "energy summit", days("2024-04-17", "2024-04-18"), List.of(LORVIK), List.of(), true, null),
                event("2", "y", "Summit", "energy summit", days("2024-04-17", "2024-04-18"), List.of(TARROW), List.of(), true, null)));
        assertEquals(2, events.size());
    }

    @Test
    void anAccountWithoutAPlaceDoesNotChainTwoPlacesTogether() {
        // m:2 shares the organiser with both, but Lorvik and Tarrow cannot be one summit.
        List<MergedEvent> events = merger.merge(List.of(
                event("1", "x", "Summit", "Acme Union summit", month("2024-04"), List.of(LORVIK), List.of(organiser(UNION)), true, "2024-02-01"),
                event("2", "y", "Summit", "Acme Union summit", month("2024-04"), List.of(), List.of(organiser(UNION)), true, "2024-02-02"),
                event("3", "z", "Summit", "Acme Union summit", month("2024-04"), List.of(TARROW), List.of(organiser(UNION)), true, "2024-02-03")));
        assertEquals(2, events.size(), events.toString());
        assertEquals(List.of(2, 1), events.stream().map(e -> e.mentions().size()).sorted(Collections.reverseOrder()).toList());
    }

    @Test
    void kindsTimesAndEvidenceAreAllNeeded() {
        StoredEvent summit = event("1", "x", "Summit", "summit", year(2024), List.of(LORVIK), List.of(), true, null);
        assertFalse(EventMerger.compatible(summit,
                event("2", "y", "Meeting", "meeting", year(2024), List.of(LORVIK), List.of(), true, null)), "another kind");
        assertFalse(EventMerger.compatible(summit,
                event("3", "y", "Summit", "summit", null, List.of(LORVIK), List.of(), true, null)), "undated");
        assertTrue(EventMerger.evidence(summit,
                event("4", "y", "Summit", "summit", month("2024-06"), List.of(), List.of(), true, null)).isEmpty(),
                "kind and time alone are not enough");
        assertEquals(Optional.of("shared name words energy"), EventMerger.evidence(
                event("5", "x", "Summit", "energy summit", year(2024), List.of(), List.of(), true, null),
                event("6", "y", "Summit", "European energy summit", month("2024-06"), List.of(), List.of(), true, null)));
    }

    @Test
    void compatibleAccountsOfOneArticleAreOneEventButForMeetingsAndTalks() {
        // "Lorvik and Vestria signed an agreement on Tuesday"; "Ruiz signed the deal in Lorvik": nothing tells them apart.
        List<MergedEvent> events = merger.merge(List.of(
                event("1", "x", "Signing", "signing by Vestria", days("2024-03-11", "2024-03-11"), List.of(),
                        List.of(new StoredEvent.Participation(VESTRIA, "Attendee")), false, "2024-03-12"),
                event("2", "x", "Signing", "signing by Ana Ruiz in Lorvik", null, List.of(LORVIK),
                        List.of(new StoredEvent.Participation(RUIZ, "Attendee")), false, "2024-03-12"),
                event("3", "x", "Meeting", "meeting with Vestria", days("2024-03-11", "2024-03-11"), List.of(), List.of(), false, "2024-03-12"),
                event("4", "x", "Meeting", "meeting with Ana Ruiz in Lorvik", null, List.of(LORVIK), List.of(), false, "2024-03-12"),
                // another article: needs evidence as before
                event("5", "y", "Signing", "signing by Orlen", days("2024-03-11", "2024-03-11"), List.of(), List.of(), false, "2024-03-12")));
        assertEquals(4, events.size(), events.toString());
        MergedEvent signing = events.stream().filter(e -> e.mentions().size() == 2).findFirst().orElseThrow();
        assertEquals("Signing", signing.kind());
        assertTrue(signing.mergeReasons().get(0).endsWith("one article, nothing tells them apart"), signing.mergeReasons().toString());
    }

    @Test
    void anUndatedAccountJoinsADatedOneOfItsTimesNewsCycleWhateverTheOtherArticlesDate() {
        // The dated account's article gives no publication date; the undated one appeared the day after the signing.
        List<MergedEvent> events = merger.merge(List.of(
                event("1", "x", "Signing", "signing", days("2024-03-11", "2024-03-11"), List.of(LORVIK),
                        List.of(organiser(RUIZ)), false, null),
                event("2", "y", "Signing", "signing", null, List.of(LORVIK), List.of(organiser(RUIZ)), false, "2024-03-12"),
                // a month later: another news cycle
                event("3", "z", "Signing", "signing", null, List.of(LORVIK), List.of(organiser(RUIZ)), false, "2024-04-20")));
        assertEquals(2, events.size(), events.toString());
        assertEquals(List.of("m:2", "m:1"), events.stream().filter(e -> e.mentions().size() == 2).findFirst().orElseThrow()
                .mentions().stream().map(StoredEvent::mention).toList());
    }

    @Test
    void aPlaceOneAccountSaysItIsNotAtKeepsTheOtherApart() {
        StoredEvent manchester = new StoredEvent("m:1", "a:x", "Conference", "party conference", Optional.of(year(2006)),
                List.of(LORVIK), List.of(organiser(UNION)), true, Optional.of("2005-02-01"), List.of(TARROW), "");
        StoredEvent blackpool = event("2", "y", "Conference", "party conference", year(2006), List.of(TARROW),
                List.of(organiser(UNION)), true, "2005-02-02");
        StoredEvent undecided = event("3", "z", "Conference", "party conference", year(2006), List.of(),
                List.of(organiser(UNION)), true, "2005-02-03");
        assertFalse(EventMerger.compatible(manchester, blackpool));
        List<MergedEvent> events = merger.merge(List.of(manchester, blackpool, undecided));
        assertEquals(2, events.size(), events.toString());
        MergedEvent held = events.stream().filter(e -> e.places().contains(LORVIK)).findFirst().orElseThrow();
        assertEquals(List.of(TARROW), held.notPlaces());
    }

    @Test
    void theLatestStatusAnAccountGivesIsTheEvents() {
        StoredEvent planned = event("1", "x", "Summit", "Acme Union summit", month("2024-04"), List.of(LORVIK), List.of(), true, "2024-02-01");
        StoredEvent postponed = new StoredEvent("m:2", "a:y", "Summit", "Acme Union summit", Optional.of(month("2024-04")),
                List.of(LORVIK), List.of(), true, Optional.of("2024-02-03"), List.of(), "EventPostponed");
        StoredEvent cancelled = new StoredEvent("m:3", "a:z", "Summit", "Acme Union summit", Optional.of(month("2024-04")),
                List.of(LORVIK), List.of(), true, Optional.of("2024-02-05"), List.of(), "EventCancelled");
        assertEquals("EventCancelled", merger.merge(List.of(cancelled, planned, postponed)).get(0).status());
        assertEquals("", merger.merge(List.of(planned)).get(0).status());
    }

    @Test
    void evidenceJoinsComeFirstAndAnAccountThatFitsTwoEventsOfItsArticleStaysApart() {
        StoredEvent.Participation ruiz = new StoredEvent.Participation(RUIZ, "Attendee");
        List<MergedEvent> events = merger.merge(List.of(
                // article x: a headline "Ruiz to attend summit in April", the summit in Lorvik, a rival summit in Tarrow
                event("1", "x", "Summit", "summit", month("2024-04"), List.of(), List.of(ruiz), true, "2024-02-01"),
                event("2", "x", "Summit", "2024 summit", days("2024-04-17", "2024-04-18"), List.of(LORVIK), List.of(), true, "2024-02-01"),
                event("3", "x", "Summit", "rival summit", days("2024-04-17", "2024-04-18"), List.of(TARROW), List.of(organiser(FORUM)),
                        true, "2024-02-01"),
                // article y: the Lorvik summit with Ruiz
                event("4", "y", "Summit", "summit", month("2024-04"), List.of(LORVIK), List.of(ruiz), true, "2024-02-02")));
        assertEquals(2, events.size(), events.toString());
        MergedEvent lorvik = events.stream().filter(e -> e.places().contains(LORVIK)).findFirst().orElseThrow();
        assertEquals(List.of("m:1", "m:2", "m:4"), lorvik.mentions().stream().map(StoredEvent::mention).sorted().toList(),
                "the headline shares Ruiz with the Lorvik summit: not the rival one of its article");
        // Without the other article nothing tells the headline's summit: it fits both of its article's summits, so stays apart.
        assertEquals(3, merger.merge(List.of(
                event("1", "x", "Summit", "summit", month("2024-04"), List.of(), List.of(ruiz), true, "2024-02-01"),
                event("2", "x", "Summit", "2024 summit", days("2024-04-17", "2024-04-18"), List.of(LORVIK), List.of(), true, "2024-02-01"),
                event("3", "x", "Summit", "rival summit", days("2024-04-17", "2024-04-18"), List.of(TARROW), List.of(), true,
                        "2024-02-01"))).size());
    }

    private static StoredEvent in(StoredEvent e, String... countries) {
        return e.withAreas(List.of(countries));
    }

    @Test
    void anAccountInACapitalAndOneInItsCountryAreOneEvent() {
        // Lorvik is Vestria's capital (the tables give both the country Vestria); Tarrow is a place they do not know.
        StoredEvent capital = in(event("1", "x", "Summit", "summit", month("2024-04"), List.of(LORVIK), List.of(), true, "2024-02-06"),
                "Vestria");
        StoredEvent country = in(event("2", "y", "Summit", "summit", month("2024-04"), List.of(VESTRIA), List.of(), true, "2024-02-07"),
                "Vestria");
        List<MergedEvent> events = merger.merge(List.of(capital, country));
        assertEquals(1, events.size(), events.toString());
        assertEquals(List.of(LORVIK, VESTRIA), events.get(0).places());
        assertTrue(events.get(0).mergeReasons().get(0).contains("shared place country Vestria"), events.get(0).mergeReasons().toString());
        StoredEvent elsewhere = event("3", "z", "Summit", "summit", month("2024-04"), List.of(TARROW), List.of(), true, "2024-02-07");
        assertFalse(EventMerger.compatible(capital, elsewhere), "a place of no known country is not inside Vestria");
        // Without the tables' word the two places stay apart, as before.
        assertFalse(EventMerger.compatible(capital.withAreas(List.of()), country.withAreas(List.of())));
    }

    @Test
    void accountsNothingDatesJoinTheOneEventTheNewsDatesThatTheyCouldBe() {
        StoredEvent dated = in(event("1", "x", "Opening", "opening of the office", year(2024), List.of(VESTRIA), List.of(organiser(UNION)),
                true, "2023-05-24"), "Vestria");
        // Two pages without a date: "the opening of the office next year" in Vestria's capital, and in Vestria by the Union.
        StoredEvent capital = in(event("2", "p", "Opening", "opening of the office", null, List.of(LORVIK), List.of(), true, null),
                "Vestria");
        StoredEvent union = in(event("3", "q", "Opening", "opening", null, List.of(VESTRIA), List.of(organiser(UNION)), true, null),
                "Vestria");
        List<MergedEvent> events = merger.merge(List.of(dated, capital, union));
        assertEquals(1, events.size(), events.toString());
        assertEquals(Optional.of(year(2024)), events.get(0).time());
        assertEquals(3, events.get(0).articles());
        assertTrue(events.get(0).mergeReasons().stream().allMatch(r -> r.contains("the only dated event it could be")),
                events.get(0).mergeReasons().toString());
        // A place in common is not enough: a participant or a name word too.
        StoredEvent bare = in(event("4", "r", "Opening", "opening", null, List.of(VESTRIA), List.of(), true, null), "Vestria");
        assertEquals(2, merger.merge(List.of(dated, bare)).size());
        // Nor a participant and a word without a place in common.
        StoredEvent nowhere = event("5", "s", "Opening", "opening of the office", null, List.of(), List.of(organiser(UNION)), true, null);
        assertEquals(2, merger.merge(List.of(dated, nowhere)).size());
    }

    @Test
    void anAccountNothingDatesStaysApartWhenTwoEventsCouldTakeIt() {
        StoredEvent first = event("1", "x", "Opening", "opening of the office", year(2024), List.of(VESTRIA), List.of(organiser(UNION)),
                true, "2023-05-24");
        StoredEvent second = event("2", "y", "Opening", "opening of the office", year(2026), List.of(VESTRIA), List.of(organiser(UNION)),
                true, "2025-01-10");
        StoredEvent undated = event("3", "p", "Opening", "opening of the office", null, List.of(VESTRIA), List.of(organiser(UNION)), true,
                null);
        List<MergedEvent> events = merger.merge(List.of(first, second, undated));
        assertEquals(3, events.size(), events.toString());
        // An undated account in a dated article is placed by its news cycle, as before: not this rule's.
        StoredEvent inDatedArticle = event("4", "z", "Opening", "opening of the office", null, List.of(VESTRIA),
                List.of(organiser(UNION)), true, "2020-01-01");
        assertEquals(2, merger.merge(List.of(first, inDatedArticle)).size());
    }

    /** Random accounts over few kinds, places, participants, words, months and articles, so that many could join. */
    private static List<StoredEvent> randomAccounts(Random r, int n) {
        String[] kinds = {"Summit", "Meeting", "Opening"};
        String[] places = {LORVIK, VESTRIA, TARROW};
        String[] actors = {UNION, FORUM, RUIZ};
        String[] words = {"energy", "trade", "security"};
        List<StoredEvent> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String kind = kinds[r.nextInt(kinds.length)];
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(120));
            EventTime time = switch (r.nextInt(4)) {
                case 0 -> null;
                case 1 -> days(day.toString(), day.plusDays(r.nextInt(3)).toString());
                case 2 -> month(YearMonth.from(day).toString());
                default -> year(day.getYear());
            };
            List<String> at = r.nextInt(3) == 0 ? List.of() : List.of(places[r.nextInt(places.length)]);
            List<StoredEvent.Participation> who = r.nextBoolean() ? List.of() : List.of(organiser(actors[r.nextInt(actors.length)]));
            String label = (r.nextBoolean() ? words[r.nextInt(words.length)] + " " : "") + kind.toLowerCase(java.util.Locale.ROOT);
            String published = r.nextInt(5) == 0 ? null : day.plusDays(r.nextInt(20) - 10).toString();
            List<String> notAt = r.nextInt(8) == 0 ? List.of(places[r.nextInt(places.length)]) : List.of();
            // A capital and its country: Lorvik lies in Vestria, so both give the country Vestria.
            List<String> areas = at.contains(LORVIK) || at.contains(VESTRIA) ? List.of("Vestria") : List.of();
            out.add(new StoredEvent("m:" + k, "a:" + r.nextInt(n / 3 + 1), kind, label, Optional.ofNullable(time), at, who,
                    r.nextBoolean(), Optional.ofNullable(published), notAt, "", areas));
        }
        return out;
    }

    @Test
    void blockedMergingGivesWhatComparingAllPairsGives() {
        Random random = new Random(18);
        java.util.Map<String, String> resolution = java.util.Map.of(TARROW, LORVIK);
        for (int round = 0; round < 300; round++) {
            List<StoredEvent> mentions = randomAccounts(random, 5 + random.nextInt(40));
            assertEquals(merger.mergeAllPairs(mentions, iri -> iri), merger.merge(mentions), "round " + round);
            assertEquals(merger.mergeAllPairs(mentions, iri -> resolution.getOrDefault(iri, iri)),
                    merger.merge(mentions, iri -> resolution.getOrDefault(iri, iri)), "round " + round + ", resolved");
        }
    }

    @Test
    void blocksHoldEveryAccountOnceAndAccountsThatShareNoKeyApart() {
        List<StoredEvent> mentions = new ArrayList<>(oneSummitThreeWays());
        // Another summit of that April with nothing in common, and a visit: blocks of their own.
        mentions.add(event("4", "w", "Summit", "Hollin Forum summit", days("2024-04-17", "2024-04-18"), List.of(TARROW),
                List.of(organiser(FORUM)), true, "2024-02-07"));
        mentions.add(event("5", "v", "Visit", "visit", month("2024-04"), List.of(VESTRIA), List.of(), false, "2024-02-07"));
        List<List<StoredEvent>> blocks = EventMerger.blocks(mentions, iri -> iri);
        assertEquals(List.of(List.of("m:1", "m:2", "m:3"), List.of("m:5"), List.of("m:4")),
                blocks.stream().map(b -> b.stream().map(StoredEvent::mention).toList()).toList());
        List<MergedEvent> byBlock = new ArrayList<>();
        blocks.forEach(b -> byBlock.addAll(merger.mergeBlock(b, iri -> iri)));
        byBlock.sort(java.util.Comparator.comparing(MergedEvent::key));
        assertEquals(merger.merge(mentions), byBlock);
    }

    @Test
    void blockingKeysPairKindWithMonthAndEvidence() {
        StoredEvent dated = event("1", "x", "Summit", "energy summit", month("2024-04"), List.of(LORVIK), List.of(organiser(UNION)),
                true, "2024-02-06");
        assertEquals(java.util.Set.of("Summit|article|a:x",
                "Summit|any time|place " + LORVIK + "|participant " + UNION, "Summit|any time|place " + LORVIK + "|word energy",
                "Summit|time 2024-04|place " + LORVIK, "Summit|time 2024-04|participant " + UNION, "Summit|time 2024-04|word energy",
                "Summit|published 2024-02|place " + LORVIK, "Summit|published 2024-02|participant " + UNION,
                "Summit|published 2024-02|word energy"), EventMerger.blockingKeys(dated));
        // Undated: only places (it needs one in common), in the months of its news cycle.
        StoredEvent undated = event("2", "y", "Summit", "energy summit", null, List.of(LORVIK), List.of(organiser(UNION)),
                true, "2024-02-03");
        assertEquals(java.util.Set.of("Summit|article|a:y",
                "Summit|any time|place " + LORVIK + "|participant " + UNION, "Summit|any time|place " + LORVIK + "|word energy",
                "Summit|time 2024-01|place " + LORVIK, "Summit|time 2024-02|place " + LORVIK,
                "Summit|published 2024-01|place " + LORVIK, "Summit|published 2024-02|place " + LORVIK),
                EventMerger.blockingKeys(undated));
        // Undated in an undated article: its own article, and an event with a place and a participant or name word in common.
        assertEquals(java.util.Set.of("Summit|article|a:z"), EventMerger.blockingKeys(
                event("3", "z", "Summit", "summit", null, List.of(LORVIK), List.of(), true, null)));
        assertEquals(java.util.Set.of("Summit|article|a:z", "Summit|any time|place " + LORVIK + "|word energy",
                "Summit|any time|place country Vestria|word energy"), EventMerger.blockingKeys(
                event("3", "z", "Summit", "energy summit", null, List.of(LORVIK), List.of(), true, null).withAreas(List.of("Vestria"))));
    }
}
