package org.newskg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepresentationTest {
    @ParameterizedTest(name = "[{index}] Accept: {0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | HTML",
        "*/*                                                            | TURTLE",
        "''                                                             | TURTLE",
        "NONE                                                           | TURTLE",
        "application/ld+json                                            | JSONLD",
        "application/rdf+xml;q=0.5, text/turtle;q=0.4                   | RDFXML",
        "text/turtle;q=0.1, application/n-triples                       | NTRIPLES",
        "text/*                                                         | TURTLE",
        "image/png                                                      | NONE",
        "application/json                                               | NONE",
        "TEXT/TURTLE                                                    | TURTLE",
        "Text/Html                                                      | HTML",
        "*/*;q=0                                                        | NONE",
        "text/html;q=0, */*                                             | TURTLE",
        "text/*, text/turtle;q=0                                        | HTML",
        "text/turtle;q=0, application/ld+json;q=0                       | NONE",
    })
    void acceptHeadersChooseByQualityThenByOurOrder(String accept, Representation expected) {
        assertEquals(Optional.ofNullable(expected), Representation.negotiate(accept));
    }

    @ParameterizedTest
    @CsvSource({"html, HTML", "ttl, TURTLE", "jsonld, JSONLD", "nt, NTRIPLES", "rdf, RDFXML"})
    void extensionsNameOneForm(String extension, Representation expected) {
        assertEquals(Optional.of(expected), Representation.byExtension(extension));
    }
}
