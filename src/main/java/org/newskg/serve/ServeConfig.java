package org.newskg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.newskg.store.FullText;

/**
 * Loads the Fuseki configuration and points it at the store to serve.
 *
 * <p>{@code fuseki-config/config.ttl} is the single source of truth; the build
 * copies it into the jar so that {@code newskg serve} also works outside the
 * project folder.
 */
public final class ServeConfig {
    /** Default config file, relative to the working directory. */
    public static final String DEFAULT_FILE = "fuseki-config/config.ttl";
    public static final Path DEFAULT_PATH = Path.of(DEFAULT_FILE);
    /** Classpath copy of the same file (see the resources block in pom.xml). */
    public static final String RESOURCE = "fuseki-config/config.ttl";
    /** {@code text:directory}, the folder of the Lucene index. */
    public static final Property TEXT_DIRECTORY =
            ResourceFactory.createProperty("http://jena.apache.org/text#", "directory");
    /** {@code fuseki:name}. */
    private static final Property FUSEKI_NAME =
            ResourceFactory.createProperty("http://jena.apache.org/fuseki#", "name");
    private static final Resource FUSEKI_SERVICE =
            ResourceFactory.createResource("http://jena.apache.org/fuseki#Service");
    /** {@code tdb2:location}. */
    public static final Property TDB2_LOCATION =
            ResourceFactory.createProperty("http://jena.apache.org/2016/tdb#", "location");

    private ServeConfig() {}

    /**
     * Reads the config file at {@code path}. Only when the default path is
     * asked for and missing, falls back to the copy packaged in the jar; an
     * explicitly given file that is missing is an error.
     */
    public static Model load(Path path) {
        if (Files.isRegularFile(path)) {
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(path).lang(Lang.TURTLE).parse(model);
            return model;
        }
        if (path.normalize().equals(DEFAULT_PATH)) {
            URL packaged = ServeConfig.class.getClassLoader().getResource(RESOURCE);
            if (packaged != null) {
                return loadPackaged(packaged);
            }
        }
        throw new IllegalArgumentException("no Fuseki config file at " + path.toAbsolutePath());
    }

    private static Model loadPackaged(URL url) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = url.openStream()) {
            RDFParser.source(in).lang(Lang.TURTLE).base(url.toString()).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
        return model;
    }

    /**
     * Replaces every {@code tdb2:location} with the absolute path of {@code store}, and every
     * {@code text:directory} with its text index folder, so the server does not depend on its
     * working directory.
     */
    public static void pointAtStore(Model config, Path store) {
        Path location = store.toAbsolutePath().normalize();
        if (replaceAll(config, TDB2_LOCATION, location.toString()) == 0) {
            throw new IllegalArgumentException("the Fuseki config has no tdb2:location to point at the store");
        }
        replaceAll(config, TEXT_DIRECTORY, location.resolve(FullText.FOLDER).toString());
    }

    private static int replaceAll(Model config, Property property, String value) {
        List<Statement> statements = config.listStatements(null, property, (RDFNode) null).toList();
        for (Statement s : statements) {
            Resource subject = s.getSubject();
            config.remove(s);
            config.add(subject, property, value);
        }
        return statements.size();
    }

    /** The name of the config's one service, e.g. {@code newskg} for {@code /newskg/...}. */
    public static String serviceName(Model config) {
        List<Resource> services = config.listSubjectsWithProperty(RDF.type, FUSEKI_SERVICE)
                .toList();
        if (services.size() != 1 || !services.get(0).hasProperty(FUSEKI_NAME)) {
            throw new IllegalArgumentException("the Fuseki config must define exactly one named fuseki:Service");
        }
        return services.get(0).getProperty(FUSEKI_NAME).getString();
    }
}
