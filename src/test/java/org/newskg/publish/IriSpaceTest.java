package org.newskg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IriSpaceTest {
    private final IriSpace ids = new IriSpace("https://newskg.org/id/", "/id/");
    private final IriSpace ontology = new IriSpace("https://newskg.org/ns", "/ns");

    @Test
    void pathsAfterThePrefixAreTheIrisAfterTheBase() {
        assertEquals(Optional.of("https://newskg.org/id/person/jane-smith"), ids.iriAt("/id/person/jane-smith"));
        assertEquals(Optional.of("https://newskg.org/id/event/2025/vote"), ids.iriAt("/id/event/2025/vote"));
        assertEquals(Optional.empty(), ids.iriAt("/void"));
        assertEquals(Optional.of("https://newskg.org/ns"), ontology.iriAt("/ns"));
        assertEquals(Optional.empty(), ontology.iriAt("/nsfoo"));
    }

    @Test
    void linksKeepFragmentsAndEncodeWhatAUrlCannotHold() {
        assertEquals(Optional.of("/id/article/ab12#char=3,9"), ids.hrefOf("https://newskg.org/id/article/ab12#char=3,9"));
        assertEquals(Optional.of("/id/person/zo%C3%AB-lund"), ids.hrefOf("https://newskg.org/id/person/zoë-lund"));
        assertEquals(Optional.of("/ns#speaker"), ontology.hrefOf("https://newskg.org/ns#speaker"));
        assertEquals(Optional.empty(), ontology.hrefOf("https://newskg.org/nsfoo"));
        assertEquals(Optional.empty(), ids.hrefOf("https://other.example/id/person/x"));
    }

    @Test
    void aHashBaseWorksTheSameWay() {
        IriSpace hash = new IriSpace("https://kg.example/data#", "/id/");
        assertEquals(Optional.of("https://kg.example/data#article/ab12"), hash.iriAt("/id/article/ab12"));
        assertEquals(Optional.of("/id/article/ab12#char=3,9"), hash.hrefOf("https://kg.example/data#article/ab12#char=3,9"));
    }

    @Test
    void onlyOwnPagesAndHttpAddressesBecomeLinks() {
        Links links = new Links(List.of(ids, ontology));
        assertEquals(Optional.of("/id/place/x"), links.href("https://newskg.org/id/place/x"));
        assertEquals(Optional.of("http://schema.org/Person"), links.href("http://schema.org/Person"));
        assertEquals(Optional.empty(), links.href("javascript:alert(1)"));
        assertEquals(Optional.empty(), links.href("JavaScript:alert(1)"));
        assertEquals(Optional.empty(), links.href("urn:newskg:corpus"));
        assertEquals(Optional.empty(), links.href("data:text/html,<script>x</script>"));
    }
}
