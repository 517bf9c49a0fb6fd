package org.newskg.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.zip.GZIPInputStream;

/**
 * CoreNLP's WikiDict (in the {@code models-english-kbp} jar): for each string that links to a
 * Wikipedia page in Wikipedia's own text, the page it most often links to and the share of its
 * links that go there (a prior), one line per string, grouped by page. Loading all 21 million
 * entries takes gigabytes, as CoreNLP's entitylink annotator does; newskg reads the file once into
 * an index on disk ({@link WikiDictIndex}).
 */
public final class WikiDict {
    public static final String RESOURCE = "/edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";

    private WikiDict() {}

    /** Whether the dictionary is on the class path. */
    public static boolean available() {
        return WikiDict.class.getResource(RESOURCE) != null;
    }

    /** The dictionary on the class path, named by the models jar's file name (with its version), wherever it is. */
    public static WikiDictIndex.Source source() {
        URL url = WikiDict.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("WikiDict " + RESOURCE + " is not on the class path"
                    + " (edu.stanford.nlp:stanford-corenlp:models-english-kbp)");
        }
        return new WikiDictIndex.Source() {
            @Override
            public String id() {
                String s = url.toString();
                int bang = s.lastIndexOf('!');
                return bang < 0 ? s : s.substring(s.lastIndexOf('/', bang) + 1);
            }

            @Override
            public InputStream open() throws IOException {
                return new GZIPInputStream(url.openStream(), 1 << 16);
            }
        };
    }
}
