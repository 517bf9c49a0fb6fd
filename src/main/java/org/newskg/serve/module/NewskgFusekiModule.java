package org.newskg.serve.module;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiAutoModule;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/**
 * The rules of {@code fuseki-config/config.ttl} that no Fuseki setting expresses, as a Fuseki
 * module, so that {@code newskg serve} and the standalone {@code jena-fuseki-server} jar
 * enforce them alike: every SPARQL query is capped at the config's
 * {@value #RESULT_LIMIT} ({@link LimitedQuery}), and every SPARQL Update endpoint refuses
 * {@code LOAD} ({@link NoLoadUpdate}).
 *
 * <p>{@code newskg serve} installs it itself. The standalone server finds it by
 * {@link java.util.ServiceLoader} when {@code target/newskg-fuseki-module.jar} is on its
 * classpath (docs/serving.md); this package uses only Jena and Fuseki, which that jar brings.
 * The config names this class with {@code ja:loadClass}, so a server started without the
 * module jar stops at start-up instead of serving without the limits.
 */
public final class NewskgFusekiModule implements FusekiAutoModule {
    /** Context setting of the config: the most rows (solutions) one query may return. */
    public static final String RESULT_LIMIT = "newskg:resultLimit";
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";

    /** Called by Fuseki for {@code ja:loadClass}; loading the class is the check. */
    public static void init() {}

    @Override
    public String name() {
        return "newskg";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.registerOperation(Operation.Update, new NoLoadUpdate());
        OptionalLong limit = configModel == null ? OptionalLong.empty() : resultLimit(configModel);
        limit.ifPresent(max -> builder.registerOperation(Operation.Query, new LimitedQuery(max)));
        Fuseki.configLog.info("newskg: LOAD refused; result limit {}",
                limit.isPresent() ? limit.getAsLong() + " rows" : "none");
    }

    /**
     * The most rows (or solutions) one query may return, from the context setting
     * {@value #RESULT_LIMIT}; empty when the config sets none.
     */
    public static OptionalLong resultLimit(Model config) {
        Property cxtName = config.createProperty(JA, "cxtName");
        Property cxtValue = config.createProperty(JA, "cxtValue");
        List<Resource> settings = config.listSubjectsWithProperty(cxtName, RESULT_LIMIT).toList();
        if (settings.isEmpty()) {
            return OptionalLong.empty();
        }
        String value = settings.get(0).getProperty(cxtValue).getString().trim();
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(RESULT_LIMIT + " in the Fuseki config is not a number: " + value, e);
        }
    }
}
