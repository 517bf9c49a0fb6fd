package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link EventLabels} on hand-built articles. */
class EventLabelsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 5, 24);

    @Test
    void theArticlesWordsNameTheEventWhenTheyNameIt() {
        EventFixture f = new EventFixture(PUBLISHED, "The/DT [NATO|ORGANIZATION] summit/NN ended/VBD/end ./.");
        assertEquals("NATO summit", new EventLabels(f.view).label(EventKind.SUMMIT, 0, f.token("summit"), new EventArgs()));
    }

    @Test
    void commonWordsGetTheOrganiserAndPlace() {
        EventFixture f = new EventFixture(PUBLISHED,
                "The/DT previous/JJ summit/NN of/IN the/DT [Acme Union|ORGANIZATION] in/IN [Lorvik|LOCATION] ended/VBD/end ./.");
        EventArgs args = new EventArgs();
        args.participant(f.entity("Acme Union"), EventRole.ORGANISER);
        args.place(f.entity("Lorvik"));
        assertEquals("previous summit of the Acme Union in Lorvik".replace("the ", ""),
                new EventLabels(f.view).label(EventKind.SUMMIT, 0, f.token("summit"), args));
    }

    @Test
    void aDeterminerAndADateAloneDescribeTheEventByKind() {
        EventFixture f = new EventFixture(PUBLISHED, "The/DT Tuesday/NNP visit/NN by/IN [Ana Ruiz|PERSON] to/TO [Lorvik|LOCATION] ended/VBD/end ./.",
                new String[] {"Tuesday", "DATE", "2023-05-23"});
        EventArgs args = new EventArgs();
        args.participant(f.entity("Ana Ruiz"), EventRole.ATTENDEE);
        args.place(f.entity("Lorvik"));
        assertEquals("visit by Ana Ruiz to Lorvik", new EventLabels(f.view).label(EventKind.VISIT, 0, f.token("visit"), args));
    }

    @Test
    void aMeetingIsWithItsParticipants() {
        EventArgs args = new EventArgs();
        EventFixture f = new EventFixture(PUBLISHED, "[Ana Ruiz|PERSON] met/VBD/meet [Li Wei|PERSON] in/IN [Lorvik|LOCATION] ./.");
        args.participant(f.entity("Ana Ruiz"), EventRole.ATTENDEE);
        args.participant(f.entity("Li Wei"), EventRole.ATTENDEE);
        args.place(f.entity("Lorvik"));
        assertEquals("meeting with Ana Ruiz and Li Wei in Lorvik", EventLabels.described(EventKind.MEETING, args));
    }

    @Test
    void anOpeningIsOfWhatOpens() {
        EventFixture f = new EventFixture(PUBLISHED, "The/DT trade/NN office/NN is/VBZ/be due/JJ to/TO open/VB/open in/IN June/NNP ./.",
                new String[] {"June", "DATE", "2023-06"});
        assertEquals("opening of the office", new EventLabels(f.view)
                .verbLabel(EventKind.OPENING, f.token("open"), f.view.tokens.size(), new EventArgs()));
        EventFixture object = new EventFixture(PUBLISHED, "It/PRP plans/VBZ/plan to/TO open/VB/open a/DT trade/NN office/NN ./.");
        assertEquals("opening of the office", new EventLabels(object.view)
                .verbLabel(EventKind.OPENING, object.token("open"), object.view.tokens.size() - 1, new EventArgs()));
    }
}
