package org.newskg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;

/** Runs the product over MEANTIME documents on a pool of workers, handing results on in path order. */
public final class CorefEvaluation {
    private CorefEvaluation() {}

    public static void run(List<Path> files, int workers, ProductCoref product,
            BiConsumer<MeantimeDocument, ProductCoref.Found> consume) throws IOException {
        Iterator<Path> it = files.iterator();
        OrderedWork.run(() -> it.hasNext() ? MeantimeReader.read(it.next()) : null,
                workers > 0 ? workers : Runtime.getRuntime().availableProcessors(), product::find, consume,
                MeantimeDocument::id);
    }
}
