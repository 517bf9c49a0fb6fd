package org.newskg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.newskg.core.Span;

/**
 * Reads TimeML files (TempEval-3's {@code .tml}): the TEXT element's characters with the inline tags
 * (TIMEX3, EVENT, SIGNAL) taken out, each TIMEX3 at its offsets in that text, and the document creation
 * time. Offsets count Java characters of the decoded text.
 */
public final class TimemlReader {
    private static final String CREATION_TIME = "CREATION_TIME";

    private TimemlReader() {
    }

    /** The {@code .tml} files under a folder, recursively, by path. */
    public static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no such folder: " + dir);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".tml")).sorted().toList();
        }
    }

    /** One document; a file that is not well-formed TimeML is an {@link IllegalArgumentException} naming it. */
    public static TimemlDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(file + ": not well-formed TimeML: " + e.getMessage(), e);
        }
    }

    static TimemlDocument read(InputStream in, String name) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader x = factory.createXMLStreamReader(in);
        StringBuilder text = new StringBuilder();
        List<TimemlDocument.Timex> timexes = new ArrayList<>();
        Optional<LocalDate> created = Optional.empty();
        boolean inText = false;
        boolean sawText = false;
        String[] open = null; // tid, type, value, function of the TIMEX3 being read
        int openAt = 0;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String tag = x.getLocalName();
                if (tag.equals("TEXT")) {
                    inText = true;
                    sawText = true;
                } else if (tag.equals("TIMEX3")) {
                    open = new String[] {x.getAttributeValue(null, "tid"), x.getAttributeValue(null, "type"),
                        x.getAttributeValue(null, "value"), x.getAttributeValue(null, "functionInDocument")};
                    openAt = text.length();
                    if (CREATION_TIME.equals(open[3])) {
                        created = created.or(() -> day(x.getAttributeValue(null, "value")));
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String tag = x.getLocalName();
                if (tag.equals("TEXT")) {
                    inText = false;
                } else if (tag.equals("TIMEX3") && open != null) {
                    if (inText && !CREATION_TIME.equals(open[3])) {
                        if (open[1] == null) {
                            throw new XMLStreamException("TIMEX3 " + open[0] + " has no type", x.getLocation());
                        }
                        Span span = new Span(openAt, text.length());
                        timexes.add(new TimemlDocument.Timex(open[0], span, span.of(text.toString()), open[1], open[2]));
                    }
                    open = null;
                }
            } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                text.append(x.getText());
            }
        }
        if (!sawText) {
            throw new XMLStreamException("no TEXT element");
        }
        return new TimemlDocument(name, text.toString(), created, timexes);
    }

    private static Optional<LocalDate> day(String value) {
        if (value == null || value.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
