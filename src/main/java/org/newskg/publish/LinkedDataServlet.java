package org.newskg.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.rdf.Vocab;
import org.newskg.resolve.StableIdentity;
import org.newskg.store.ServedStore;

/**
 * Dereferences IRIs: the store's resources under {@code /id/}, the ontology at {@code /ns}, the
 * VoID description at {@code /void}, and the dump at {@code /dump.nq}. A path without an
 * extension is negotiated by {@code Accept} and answered 200 with {@code Vary: Accept} and the
 * {@code Content-Location} of the document sent; {@code .html}, {@code .ttl}, {@code .jsonld},
 * {@code .nt} and {@code .rdf} name the document directly. Reads only what the store holds and
 * never fetches anything.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /**
     * Pages allow their own inline style and this server's own scripts (the network picture), and
     * nothing else: no inline or foreign scripts, frames, forms or plugins.
     */
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self'; "
            + "frame-ancestors 'none'; form-action 'none'; base-uri 'none'";

    /** Evidence snippets in the folded generic part of a dossier, article, statement or event page. */
    private static final int FOLDED_EVIDENCE = 50;

    /** The VoID counts scan the whole store, so they are taken at most once in this time. */
    private static final Duration RECOUNT_AFTER = Duration.ofMinutes(1);

    private transient volatile Site site;
    private transient volatile Counted counted;

    private record Counted(StoreStatistics statistics, Instant at) {}

    // The servlet is registered at several paths; each registration initialises it, and the
    // first one finds the store. Fuseki has registered its datasets by then.
    @Override
    public synchronized void init() {
        if (site == null) {
            site = Site.of(DataAccessPointRegistry.get(getServletContext()));
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        Optional<String> path = requestPath(req);
        if (path.isEmpty()) {
            plain(resp, HttpServletResponse.SC_BAD_REQUEST, "Bad request path.");
            return;
        }
        if (path.get().equals(LinkedData.DUMP_PATH)) {
            dump(resp);
            return;
        }
        // "/id/x.ttl" is x in Turtle; failing that, an IRI that itself ends in ".ttl".
        List<Stem> readings = new ArrayList<>();
        Stem.of(path.get()).ifPresent(readings::add);
        readings.add(new Stem(path.get(), Optional.empty()));
        for (Stem reading : readings) {
            if (serve(reading, req, resp)) {
                return;
            }
        }
        plain(resp, HttpServletResponse.SC_NOT_FOUND, "Nothing is known about the resource at " + path.get() + ".");
    }

    /** Answers for one reading of the path; false when nothing is described there. */
    private boolean serve(Stem stem, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (LinkedData.VOID_PATHS.contains(stem.path())) {
            return serveVoid(stem, req, resp);
        }
        if (stem.path().equals(LinkedData.ONTOLOGY_PATH)) {
            respond(req, resp, site.ontology(), site.ontologyIri(), stem, site.links());
            return true;
        }
        if (site.store().isEmpty() || site.storeSpace().isEmpty()) {
            return false;
        }
        DatasetGraph store = site.store().get();
        Optional<Node> iri = site.storeSpace().get().iriAt(stem.path()).map(Describer::iri);
        if (iri.isEmpty() || !ServedStore.read(store, () -> new Describer(store, site.prefixes()).knows(iri.get()))) {
            return false;
        }
        Optional<String> current = ServedStore.read(store, () -> retiredTo(store, iri.get()));
        Optional<String> href = current.flatMap(c -> site.storeSpace().get().hrefOf(c));
        if (href.isPresent()) {
            // An IRI no article names any more, kept for the links others made to it: see the entity it stood for.
            resp.setHeader("Location", href.get() + stem.representation().map(r -> "." + r.extension()).orElse(""));
            plain(resp, HttpServletResponse.SC_SEE_OTHER, "This IRI was retired; the entity it stood for is at "
                    + current.get() + ".");
            return true;
        }
        respond(req, resp, store, iri.get(), stem, site.links());
        return true;
    }

    /**
     * The canonical IRI a retired IRI stands for now: the corpus graph keeps such an IRI (whose
     * articles were removed) as owl:sameAs the current canonical IRI, with a reason "retired: ...".
     */
    private static Optional<String> retiredTo(DatasetGraph store, Node iri) {
        var reasons = store.find(Vocab.CORPUS_GRAPH_NAME, iri, Vocab.SAME_AS_REASON, Node.ANY);
        while (reasons.hasNext()) {
            Node reason = reasons.next().getObject();
            if (reason.isLiteral() && reason.getLiteralLexicalForm().startsWith(StableIdentity.RETIRED)) {
                var to = store.find(Vocab.CORPUS_GRAPH_NAME, iri, Vocab.SAME_AS, Node.ANY);
                return to.hasNext() ? Optional.of(to.next().getObject().getURI()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The VoID document, described like any resource: its IRI is this server's {@code /void}. */
    private boolean serveVoid(Stem stem, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (site.store().isEmpty() || site.storeSpace().isEmpty()) {
            return false;
        }
        String root = root(req);
        String document = root + LinkedData.VOID_PATH;
        String base = site.storeSpace().get().iriPrefix();
        SiteUrls urls = new SiteUrls(root, root + site.sparqlPath(), root + LinkedData.DUMP_PATH,
                site.ontologyIri().getURI());
        Model description = VoidDescription.describe(statistics(site.store().get(), base), base, document, urls);
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Node subject = Describer.iri(document);
        data.addGraph(subject, description.getGraph());
        respond(req, resp, data, subject, new Stem(LinkedData.VOID_PATH, stem.representation()),
                site.links(new IriSpace(document, LinkedData.VOID_PATH)));
        return true;
    }

    /** Sends the description of {@code subject} in the form the path's extension names, or else the Accept header. */
    private void respond(HttpServletRequest req, HttpServletResponse resp, DatasetGraph data, Node subject,
                         Stem document, Links links) throws IOException {
        Optional<Representation> named = document.representation();
        Optional<Representation> chosen = named.or(() -> Representation.negotiate(req.getHeader("Accept")));
        String encodedPath = IriSpace.encode(document.path(), null);
        if (named.isEmpty()) {
            // One IRI, several documents: say which one was sent, and that the choice depends on Accept.
            resp.setHeader("Vary", "Accept");
            StringJoiner alternates = new StringJoiner(", ");
            for (Representation r : Representation.values()) {
                alternates.add("<" + encodedPath + "." + r.extension() + ">; rel=\"alternate\"; type=\"" + r.mediaType() + "\"");
            }
            resp.setHeader("Link", alternates.toString());
        }
        if (chosen.isEmpty()) {
            plain(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable. Available: "
                    + Arrays.stream(Representation.values()).map(Representation::mediaType).collect(Collectors.joining(", ")) + ".");
            return;
        }
        Representation r = chosen.get();
        if (named.isEmpty()) {
            resp.setHeader("Content-Location", encodedPath + "." + r.extension());
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(r.contentType());
        PrefixMapping prefixes = site.prefixes();
        byte[] body = ServedStore.read(data, () -> {
            Describer describer = new Describer(data, prefixes);
            if (r == Representation.HTML) {
                Optional<PageView> view = view(data, subject, links);
                Description d = describer.describe(subject, view.isPresent() ? FOLDED_EVIDENCE : Describer.MAX_ROWS);
                return ("<!DOCTYPE html>\n" + new HtmlPage(links, prefixes).render(d, encodedPath, view).outerHtml())
                        .getBytes(StandardCharsets.UTF_8);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFWriter.source(describer.graph(subject)).format(r.format()).output(out);
            return out.toByteArray();
        });
        if (r == Representation.HTML) {
            resp.setHeader("Content-Security-Policy", CSP);
        }
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The reader's part of the page: a dossier, an article's text, a statement's reports or an event's accounts. */
    private static Optional<PageView> view(DatasetGraph data, Node subject, Links links) {
        if (DossierReader.isEntity(data, subject)) {
            return Optional.of(new DossierView(new DossierReader(data).read(subject), links));
        }
        return ArticleView.of(data, subject).or(() -> AccountsView.of(data, subject));
    }

    // One count at a time: concurrent requests wait for it rather than scanning the store too.
    private synchronized StoreStatistics statistics(DatasetGraph store, String base) {
        Counted c = counted;
        if (c == null || c.at().plus(RECOUNT_AFTER).isBefore(Instant.now())) {
            c = new Counted(ServedStore.read(store, () -> StoreStatistics.count(store, base)), Instant.now());
            counted = c;
        }
        return c.statistics();
    }

    /** The whole store as N-Quads, streamed in one read transaction. */
    private void dump(HttpServletResponse resp) throws IOException {
        if (site.store().isEmpty()) {
            plain(resp, HttpServletResponse.SC_NOT_FOUND, "No newskg store is served.");
            return;
        }
        DatasetGraph store = site.store().get();
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/n-quads; charset=utf-8");
        OutputStream out = resp.getOutputStream();
        ServedStore.read(store, () -> {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            stream.start();
            store.find().forEachRemaining(stream::quad);
            stream.finish();
            return null;
        });
    }

    private static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The decoded path below the context path; empty when it cannot be decoded. */
    private static Optional<String> requestPath(HttpServletRequest req) {
        String raw = req.getRequestURI().substring(req.getContextPath().length());
        try {
            return Optional.ofNullable(URI.create(raw).getPath());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code http://HOST:PORT} as the client addressed the server (never fetched: only written into pages). */
    private static String root(HttpServletRequest req) {
        String url = req.getRequestURL().toString();
        return url.substring(0, url.length() - req.getRequestURI().length()) + req.getContextPath();
    }

    /** A path split into the resource path and the representation its extension names. */
    private record Stem(String path, Optional<Representation> representation) {
        static Optional<Stem> of(String path) {
            int dot = path.lastIndexOf('.');
            if (dot <= path.lastIndexOf('/')) {
                return Optional.empty();
            }
            return Representation.byExtension(path.substring(dot + 1))
                    .map(r -> new Stem(path.substring(0, dot), Optional.of(r)));
        }
    }
}
