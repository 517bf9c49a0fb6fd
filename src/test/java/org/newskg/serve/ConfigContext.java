package org.newskg.serve;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/** Changes one ja:context setting of a loaded Fuseki config, for tests that need small limits. */
final class ConfigContext {
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";

    private ConfigContext() {}

    static void set(Model config, String name, String value) {
        Property cxtName = config.createProperty(JA, "cxtName");
        Property cxtValue = config.createProperty(JA, "cxtValue");
        Resource setting = config.listSubjectsWithProperty(cxtName, name).toList().get(0);
        Statement old = setting.getProperty(cxtValue);
        config.remove(old);
        config.add(setting, cxtValue, value);
    }
}
