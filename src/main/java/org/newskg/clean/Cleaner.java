package org.newskg.clean;

import org.newskg.source.RawArticle;

/** Turns a scraped article into clean text plus metadata. (Placeholder until the cleaner lands.) */
public final class Cleaner {
    public CleanArticle clean(RawArticle raw) {
        return new CleanArticle(raw.source(), raw.text().strip(), raw.hints(), 0);
    }
}
