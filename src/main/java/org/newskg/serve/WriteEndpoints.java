package org.newskg.serve;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.Operation;
import org.eclipse.jetty.security.UserStore;

/**
 * The endpoints that change the store, added to the server only when the operator gave an
 * account (they are never in the config file): SPARQL Update at {@code /SERVICE/update} and
 * the Graph Store Protocol, read and write, at {@code /SERVICE/data}. Both ask for HTTP Basic
 * authentication and admit only that account; the read endpoints stay open to everyone.
 * LOAD stays refused (see {@link org.newskg.serve.module.NoLoadUpdate}, installed by
 * {@link org.newskg.serve.module.NewskgFusekiModule}).
 */
final class WriteEndpoints {
    static final String UPDATE = "update";
    static final String DATA = "data";
    private static final String REALM = "newskg";

    private WriteEndpoints() {}

    static void addTo(FusekiServer.Builder builder, String service, UpdateAccount account) {
        UserStore users = JettySecurityLib.makeUserStore(account.user(), account.password());
        AuthPolicy onlyThem = Auth.policyAllowSpecific(account.user());
        builder.securityHandler(JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC))
               .auth(AuthScheme.BASIC)
               .realm(REALM)
               .addEndpoint(service, UPDATE, Operation.Update, onlyThem)
               .addEndpoint(service, DATA, Operation.GSP_RW, onlyThem);
    }
}
