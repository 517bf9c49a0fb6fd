package org.newskg.spark;

import java.io.Serializable;

/** What one partition of the job did, sent back to the driver for the summary. */
public record PartSummary(int files, int articles, int errors, int warnings, long tokens, long nanos) implements Serializable {
    static final PartSummary NONE = new PartSummary(0, 0, 0, 0, 0, 0);

    PartSummary plus(PartSummary o) {
        return new PartSummary(files + o.files, articles + o.articles, errors + o.errors, warnings + o.warnings,
                tokens + o.tokens, nanos + o.nanos);
    }
}
