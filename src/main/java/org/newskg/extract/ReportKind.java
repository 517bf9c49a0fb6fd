package org.newskg.extract;

/**
 * What kind of attribution a report is, apart from its form ({@link ReportType}): an analyst
 * keeps what somebody said apart from what somebody believes, or what a poll found.
 */
public enum ReportKind {
    /** Something said or written: "said", "told", "warned", a colon after a name. */
    SPEECH,
    /** A thought, belief, wish or expectation: "believes", "fears", "hopes", "wants". */
    THOUGHT,
    /** A question put: "asked whether ...". */
    QUESTION,
    /** A characterisation of somebody or something: "called the plan a disaster" (the content is what it was called). */
    CHARACTERIZATION,
    /** Something given on a source's authority: "according to X". */
    ACCORDING_TO,
    /** What a study, poll, survey or report shows or finds. */
    FINDING,
    /**
     * What a speech act was about, where its content is a short noun phrase or an activity, not
     * what was said: "criticised the measures", "called for more investment", "mentioned climate
     * change". An attribution of a position, but no statement: it joins none.
     */
    SPEECH_ACT
}
