package org.newskg.serve.module;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiAutoModule;
import org.apache.jena.fuseki.main.sys.FusekiSystemConstants;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * The rules of {@code fuseki-config/config.ttl} that no Fuseki setting expresses, as a Fuseki
 * module, so that {@code newskg serve} and the standalone {@code jena-fuseki-server} jar
 * enforce them alike:
 * <ul>
 * <li>every SPARQL query is capped at the config's {@value #RESULT_LIMIT} rows, evaluated whole
 *     inside the timeout, with cancellable regular expressions and a nesting limit
 *     ({@link LimitedQuery}); {@code ORDER BY} within the cap keeps only the best rows in memory
 *     (ARQ's top-N sort, whose threshold is raised above the cap);</li>
 * <li>every SPARQL Update endpoint refuses {@code LOAD} and {@code SERVICE} ({@link NoLoadUpdate});</li>
 * <li>Graph Store reads of {@code ?default} send the union graph ({@link UnionDefaultGraphRead});</li>
 * <li>JSON-LD is parsed without fetching remote contexts ({@link NoFetchJsonLd});</li>
 * <li>every request passes {@link RequestGuard} (slots per client, CORS for reads only, no
 *     cross-site writes, no TRACE), which replaces Fuseki's own CORS filter, and
 *     {@link LoginGuard} (malformed credentials, wrong-password backoff).</li>
 * </ul>
 *
 * <p>{@code newskg serve} installs it itself. The standalone server finds it by
 * {@link java.util.ServiceLoader} when {@code target/newskg-fuseki-module.jar} is on its
 * classpath (docs/serving.md); this package uses only Jena, Fuseki and Jetty, which that jar
 * brings. The config names this class with {@code ja:loadClass}, so a server started without
 * the module jar stops at start-up instead of serving without the limits.
 */
public final class NewskgFusekiModule implements FusekiAutoModule {
    /** Context setting of the config: the most rows (solutions) one query may return. */
    public static final String RESULT_LIMIT = "newskg:resultLimit";
    /** Context setting: requests of one client address that run at once (default 4). */
    public static final String REQUESTS_PER_CLIENT = "newskg:requestsPerClient";
    /** Context setting: requests that run at once in all (default 8). */
    public static final String REQUESTS_RUNNING = "newskg:requestsRunning";
    /** Context setting: seconds a request waits for a slot before it is turned away (default 10). */
    public static final String REQUEST_WAIT_SECONDS = "newskg:requestWaitSeconds";
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    /** Requests that may wait for a slot at once; more are turned away at once. */
    private static final int MAX_WAITING = 64;

    /** Called by Fuseki for {@code ja:loadClass}; loading the class is the check. */
    public static void init() {}

    @Override
    public String name() {
        return "newskg";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.registerOperation(Operation.Update, new NoLoadUpdate());
        builder.registerOperation(Operation.GSP_R, new UnionDefaultGraphRead());
        OptionalLong limit = configModel == null ? OptionalLong.empty() : resultLimit(configModel);
        limit.ifPresent(max -> {
            builder.registerOperation(Operation.Query, new LimitedQuery(max));
            // ORDER BY under the cap: a heap of the best rows instead of sorting everything.
            ARQ.getContext().set(ARQ.topNSortingThreshold, (int) Math.min(Integer.MAX_VALUE, max + 1));
        });
        NoFetchJsonLd.install();
        int perClient = (int) setting(configModel, REQUESTS_PER_CLIENT).orElse(4);
        int running = (int) setting(configModel, REQUESTS_RUNNING).orElse(8);
        long waitSeconds = setting(configModel, REQUEST_WAIT_SECONDS).orElse(10);
        builder.enableCors(false); // RequestGuard answers CORS, for reads only
        builder.addFilter("/*", new RequestGuard(new QuerySlots(perClient, running, MAX_WAITING, waitSeconds * 1000),
                FusekiSystemConstants.jettyMaxFormContentSize));
        Fuseki.configLog.info("newskg: LOAD and SERVICE refused; result limit {}; {} requests per client, {} in all",
                limit.isPresent() ? limit.getAsLong() + " rows" : "none", perClient, running);
    }

    // Inside the servlet context, in front of its password check (SecurityHandler): wrapping the
    // whole Jetty server instead breaks modules that expect the context at the top (Shiro).
    @Override
    public void server(FusekiServer server) {
        ServletContextHandler.getServletContextHandler(server.getServletContext()).insertHandler(new LoginGuard());
    }

    /**
     * The most rows (or solutions) one query may return, from the context setting
     * {@value #RESULT_LIMIT}; empty when the config sets none.
     */
    public static OptionalLong resultLimit(Model config) {
        return setting(config, RESULT_LIMIT);
    }

    /** A whole-number {@code ja:context} setting of the config; empty when it sets none. */
    static OptionalLong setting(Model config, String name) {
        if (config == null) {
            return OptionalLong.empty();
        }
        Property cxtName = config.createProperty(JA, "cxtName");
        Property cxtValue = config.createProperty(JA, "cxtValue");
        List<Resource> settings = config.listSubjectsWithProperty(cxtName, name).toList();
        Optional<String> value = settings.stream().findFirst().map(s -> s.getProperty(cxtValue).getString().trim());
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.get()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " in the Fuseki config is not a number: " + value.get(), e);
        }
    }
}
