package org.newskg.serve.module;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;

/**
 * The rules every request passes before Fuseki or the linked-data pages see it:
 * <ul>
 * <li><b>Slots</b>: at most a few requests of one client at once, and a bounded number in all
 *     ({@link QuerySlots}); a request that finds no slot in time gets 503 with Retry-After.</li>
 * <li><b>Browsers</b>: cross-origin reads are allowed to every origin without credentials
 *     ({@code Access-Control-Allow-Origin: *}, never an echo of the origin); a preflight is
 *     answered only for GET, HEAD and POST to a read endpoint, with the headers {@code Accept}
 *     and {@code Content-Type}. A write (any request that is not GET, HEAD, OPTIONS or a POST to
 *     a query endpoint) is refused (403) when its {@code Origin} is another origin, or
 *     {@code Sec-Fetch-Site} says cross-site or same-site, or when it has a content type an HTML
 *     form can send (form, multipart, text/plain) without a header that proves it comes from
 *     this origin: a page elsewhere cannot make the editor's browser write with the stored
 *     password.</li>
 * <li><b>Methods and headers</b>: TRACE is refused (405); media types in {@code Accept} are
 *     read case-insensitively, and an {@code Accept} that rates everything {@code q=0} is
 *     answered 406; a form, or a query sent by POST, larger than the server's form limit is 413.</li>
 * <li><b>Server information</b> ({@code /$/server}, {@code /$/stats}) only for clients on this
 *     machine.</li>
 * </ul>
 */
public final class RequestGuard implements Filter {
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> FORM_TYPES =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");
    private static final Set<String> SERVER_INFO = Set.of("/$/server", "/$/stats");
    private static final String RETRY_AFTER_SECONDS = "5";

    private final QuerySlots slots;
    private final long maxFormBytes;

    /**
     * @param slots        how many requests may run at once
     * @param maxFormBytes the largest HTML form body the server reads
     */
    RequestGuard(QuerySlots slots, long maxFormBytes) {
        this.slots = slots;
        this.maxFormBytes = maxFormBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (method.equals("TRACE") || method.equals("TRACK")) {
            refuse(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "TRACE is not allowed.");
            return;
        }
        if (isServerInfo(path) && !isLoopback(req.getRemoteAddr())) {
            refuse(resp, HttpServletResponse.SC_FORBIDDEN, "Server information is shown to this machine only.");
            return;
        }
        boolean read = isRead(req, method, path);
        String origin = req.getHeader("Origin");
        if (origin != null && method.equals("OPTIONS") && req.getHeader("Access-Control-Request-Method") != null) {
            preflight(req, resp, path);
            return;
        }
        if (!read) {
            String why = crossSiteWrite(req, origin);
            if (why != null) {
                refuse(resp, HttpServletResponse.SC_FORBIDDEN, why);
                return;
            }
        } else if (origin != null) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
            resp.setHeader("Access-Control-Expose-Headers", "Content-Type, Content-Location, Link, Vary");
        }
        String accept = req.getHeader("Accept");
        if (accept != null && AcceptHeader.refusesEverything(accept)) {
            refuse(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "The Accept header accepts nothing (q=0).");
            return;
        }
        if ((isForm(req) || (read && method.equals("POST"))) && req.getContentLengthLong() > maxFormBytes) {
            refuse(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "The form is larger than " + maxFormBytes + " bytes.");
            return;
        }
        HttpServletRequest normalised = accept == null ? req : new LowerCaseAccept(req);
        if (path.equals("/$/ping")) {
            chain.doFilter(normalised, resp);
            return;
        }
        String client = req.getRemoteAddr();
        boolean admitted;
        try {
            admitted = slots.acquire(client);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!admitted) {
            resp.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            refuse(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The server is busy with other requests; try again in a few seconds.");
            return;
        }
        try {
            chain.doFilter(normalised, resp);
        } finally {
            slots.release(client);
        }
    }

    private static boolean isServerInfo(String path) {
        return SERVER_INFO.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    /** GET, HEAD, OPTIONS, or a POST to a SPARQL query endpoint. */
    private boolean isRead(HttpServletRequest req, String method, String path) {
        if (READ_METHODS.contains(method)) {
            return true;
        }
        return method.equals("POST") && isQueryEndpoint(req, path);
    }

    private static boolean isQueryEndpoint(HttpServletRequest req, String path) {
        DataAccessPointRegistry registry = DataAccessPointRegistry.get(req.getServletContext());
        int slash = path.indexOf('/', 1);
        if (registry == null || slash < 0) {
            return false;
        }
        DataAccessPoint dap = registry.get(DataAccessPoint.canonical(path.substring(0, slash)));
        String name = path.substring(slash + 1);
        return dap != null && !name.isEmpty() && dap.getDataService().getEndpoints(Operation.Query).stream()
                .map(Endpoint::getName).anyMatch(name::equals);
    }

    private void preflight(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        String wanted = req.getHeader("Access-Control-Request-Method").trim().toUpperCase(Locale.ROOT);
        boolean readable = READ_METHODS.contains(wanted) || (wanted.equals("POST") && isQueryEndpoint(req, path));
        if (!readable) {
            refuse(resp, HttpServletResponse.SC_FORBIDDEN, "Only reads are allowed from other origins.");
            return;
        }
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST");
        resp.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
        resp.setHeader("Access-Control-Max-Age", "600");
    }

    /** Why a write must be refused as coming from another site; null when it may go on. */
    private static String crossSiteWrite(HttpServletRequest req, String origin) {
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return "Writes are not accepted from other sites (Sec-Fetch-Site: " + site + ").";
        }
        boolean sameOrigin = origin != null && origin.equalsIgnoreCase(ownOrigin(req));
        if (origin != null && !sameOrigin) {
            return "Writes are not accepted from other origins.";
        }
        boolean proven = sameOrigin || "same-origin".equals(site);
        if (!proven && isFormType(req.getContentType())) {
            return "A write with a content type that HTML forms send (" + mediaType(req.getContentType())
                    + ") is accepted only from this server's own pages; send application/sparql-update,"
                    + " or an RDF type to the Graph Store.";
        }
        return null;
    }

    /** {@code scheme://host[:port]} as a browser on this server's pages would send it. */
    private static String ownOrigin(HttpServletRequest req) {
        String scheme = req.getScheme().toLowerCase(Locale.ROOT);
        String host = req.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        int port = req.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + host + (defaultPort || port <= 0 ? "" : ":" + port);
    }

    private static boolean isForm(HttpServletRequest req) {
        return "application/x-www-form-urlencoded".equals(mediaType(req.getContentType()));
    }

    private static boolean isFormType(String contentType) {
        return contentType == null || FORM_TYPES.contains(mediaType(contentType));
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "none";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The request with its Accept header in lower case: media types are case-insensitive. */
    private static final class LowerCaseAccept extends HttpServletRequestWrapper {
        LowerCaseAccept(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            String value = super.getHeader(name);
            return value != null && name.equalsIgnoreCase("Accept") ? value.toLowerCase(Locale.ROOT) : value;
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!name.equalsIgnoreCase("Accept")) {
                return super.getHeaders(name);
            }
            return Collections.enumeration(Collections.list(super.getHeaders(name)).stream()
                    .map(v -> v.toLowerCase(Locale.ROOT)).toList());
        }
    }
}
