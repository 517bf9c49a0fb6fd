package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.junit.jupiter.api.Test;

/** Link confidences are written in the form TDB2 reads them back in, so rebuilds compare equal. */
class ResolutionGraphTest {
    @Test
    void confidencesAreCanonicalDecimals() {
        for (double v : new double[] {0.8, 0.8926, 1.0, 0.5, 0.0}) {
            var written = NodeFactory.createLiteralDT(ResolutionGraph.decimal(v), XSDDatatype.XSDdecimal);
            NodeId id = NodeIdInline.inline(written);
            assertEquals(written, NodeIdInline.extract(id), "read back as written: " + written);
        }
        assertEquals("0.893", ResolutionGraph.decimal(0.8926));
        assertEquals("1.0", ResolutionGraph.decimal(1.0));
    }
}
