package org.newskg.export;

/** Ready-made sinks and wrappers. */
public final class GraphSinks {
    private GraphSinks() {}

    /** A sink that drops everything. */
    public static GraphSink discard() {
        return new GraphSink() {
            @Override
            public void node(GraphNode node) {}

            @Override
            public void edge(GraphEdge edge) {}
        };
    }

    /** Passes everything on to {@code next} and counts what went by. */
    public static Counting counting(GraphSink next) {
        return new Counting(next);
    }

    /** A forwarding sink that counts nodes and edges. */
    public static final class Counting implements GraphSink {
        private final GraphSink next;
        private long nodes;
        private long edges;

        private Counting(GraphSink next) {
            this.next = next;
        }

        @Override
        public void start() {
            next.start();
        }

        @Override
        public void node(GraphNode node) {
            nodes++;
            next.node(node);
        }

        @Override
        public void edge(GraphEdge edge) {
            edges++;
            next.edge(edge);
        }

        @Override
        public void finish() {
            next.finish();
        }

        public long nodes() {
            return nodes;
        }

        public long edges() {
            return edges;
        }
    }

    /** A weight as writers print it: whole numbers without a decimal point. */
    static String number(double w) {
        return w == Math.rint(w) && Math.abs(w) < 1e15 ? Long.toString((long) w) : Double.toString(w);
    }

    /** Drops the characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/F). */
    static String xmlSafe(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null && ok) {
                sb.appendCodePoint(cp);
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }
}
