package org.newskg.extract;

/**
 * The kinds of event newskg recognises. Each is written as an instance of {@code sem:EventType}
 * named by {@link #localName()} in the newskg namespace (ontology/newskg.ttl).
 */
public enum EventKind {
    SUMMIT("Summit", "summit"),
    CONFERENCE("Conference", "conference"),
    PRESS_CONFERENCE("PressConference", "press conference"),
    MEETING("Meeting", "meeting"),
    TALKS("Talks", "talks"),
    SESSION("Session", "session"),
    VISIT("Visit", "visit"),
    ELECTION("Election", "election"),
    OPENING("Opening", "opening"),
    SIGNING("Signing", "signing"),
    CEREMONY("Ceremony", "ceremony");

    private final String localName;
    private final String label;

    EventKind(String localName, String label) {
        this.localName = localName;
        this.label = label;
    }

    /** The local name of its {@code sem:EventType} in the newskg namespace. */
    public String localName() {
        return localName;
    }

    /** A word for it in a label ("visit by ..."). */
    public String label() {
        return label;
    }

    public static EventKind byLocalName(String name) {
        for (EventKind k : values()) {
            if (k.localName.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no event kind " + name);
    }
}
