package org.newskg.workbench;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.newskg.serve.module.AcceptHeader;

/**
 * A browser that opens the SPARQL endpoint's address without a query is sent to the query
 * page (303) instead of Fuseki's plain-text error; every other request passes unchanged.
 */
final class EndpointForBrowsers implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                && isBrowserWithoutQuery(req)) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", QueryPage.PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isBrowserWithoutQuery(HttpServletRequest req) {
        if (!"GET".equals(req.getMethod()) || req.getQueryString() != null) {
            return false;
        }
        String accept = req.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        List<AcceptHeader.Range> ranges = AcceptHeader.parse(accept);
        return AcceptHeader.quality(ranges, "text/html") > 0
                && AcceptHeader.quality(ranges, "text/html") >= AcceptHeader.quality(ranges, "application/sparql-results+json");
    }
}
