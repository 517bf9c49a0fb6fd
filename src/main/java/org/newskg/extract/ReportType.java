package org.newskg.extract;

/** How an article reports what somebody said. */
public enum ReportType {
    /** The speaker's own words in quotation marks: "We will build it," she said. */
    DIRECT,
    /** Reported speech that keeps some of the speaker's words in quotation marks: she said it was "a gateway". */
    PARTIAL,
    /** Reported speech in the article's words: she said that the city would build it. */
    INDIRECT
}
