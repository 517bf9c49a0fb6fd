package org.newskg.extract;

/** What a participant does at an event; written as {@code sem:RoleType} instances (newskg:Host ...). */
public enum EventRole {
    /** Receives the event: "Japan hosted the summit", "the summit held by X". */
    HOST("Host"),
    /** Takes part: "X attended the summit", "X's visit to Y", "X told a press conference". */
    ATTENDEE("Attendee"),
    /** Whose event it is: the organisation named in its name ("the NATO summit"). */
    ORGANISER("Organiser");

    private final String localName;

    EventRole(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }

    public static EventRole byLocalName(String name) {
        for (EventRole r : values()) {
            if (r.localName.equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no event role " + name);
    }
}
