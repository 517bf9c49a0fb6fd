package org.newskg.export;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A thin layer over XMLStreamWriter for the XML formats: one element per line, indented, checked exceptions unchecked. */
final class XmlOut {
    private final XMLStreamWriter xml;
    private final OutputStream out;
    private int depth;

    XmlOut(OutputStream out) {
        this.out = out;
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        } catch (XMLStreamException e) {
            throw new IllegalStateException("no XML writer: " + e.getMessage(), e);
        }
    }

    void startDocument() {
        run(() -> xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0"));
    }

    void setDefaultNamespace(String ns) {
        run(() -> xml.setDefaultNamespace(ns));
    }

    /** Opens an element on a new line. */
    void start(String ns, String name) {
        run(() -> {
            newline();
            xml.writeStartElement(ns, name);
        });
        depth++;
    }

    /** An element with attributes and no content (call {@link #attribute} right after). */
    void empty(String ns, String name) {
        run(() -> {
            newline();
            xml.writeEmptyElement(ns, name);
        });
    }

    void namespace(String prefix, String ns) {
        run(() -> {
            if (prefix.isEmpty()) {
                xml.writeDefaultNamespace(ns);
            } else {
                xml.writeNamespace(prefix, ns);
            }
        });
    }

    void attribute(String name, String value) {
        run(() -> xml.writeAttribute(name, GraphSinks.xmlSafe(value)));
    }

    void attribute(String prefix, String ns, String name, String value) {
        run(() -> xml.writeAttribute(prefix, ns, name, GraphSinks.xmlSafe(value)));
    }

    /** Text content of the element just opened (kept on its line). */
    void text(String value) {
        run(() -> xml.writeCharacters(GraphSinks.xmlSafe(value)));
    }

    /** Closes an element whose content was only text. */
    void endInline() {
        depth--;
        run(xml::writeEndElement);
    }

    /** Closes an element whose content was elements. */
    void end() {
        depth--;
        run(() -> {
            newline();
            xml.writeEndElement();
        });
    }

    void endDocument() {
        run(() -> {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        });
        try {
            out.write('\n');
            out.flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newline() throws XMLStreamException {
        if (depth == 0) {
            return; // whitespace outside the root element is not character data
        }
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private interface XmlAction {
        void run() throws XMLStreamException;
    }

    private static void run(XmlAction a) {
        try {
            a.run();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof java.io.IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException("XML output failed: " + e.getMessage(), e);
        }
    }
}
