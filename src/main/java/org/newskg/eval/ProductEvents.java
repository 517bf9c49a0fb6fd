package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.function.BiConsumer;
import java.util.List;
import org.newskg.clean.ArticleMetadata;
import org.newskg.clean.CleanArticle;
import org.newskg.clean.PublicationDate;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Entity;
import org.newskg.extract.Event;
import org.newskg.extract.FactExtractor;
import org.newskg.extract.Mention;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.AnnotationFile;
import org.newskg.nlp.NlpPipeline;
import org.newskg.rdf.Iris;
import org.newskg.resolve.EntityRecord;
import org.newskg.resolve.PlaceAreas;
import org.newskg.resolve.StoredEvent;

/**
 * The system side of the event evaluation: the events newskg finds in one MEANTIME document, with
 * the document creation time as the publication date. Each event is mapped back to the document's
 * tokens (its trigger is the last word of the words that name it: "summit" of "the NATO summit"),
 * its participants and places to the tokens of their mentions, and it becomes the account
 * {@code EventMerger} reads from an article graph. Thread-safe when the pipeline is.
 */
public final class ProductEvents {
    private final java.util.function.Supplier<NlpPipeline> nlp;
    private final java.util.Optional<Path> annotations;
    private final FactExtractor extractor = new FactExtractor();
    private final Iris iris = new Iris(Iris.DEFAULT_BASE);

    /** An entity an event names: its IRI and the tokens {@code [first, last]} of each of its mentions. */
    public record Arg(String iri, boolean place, List<int[]> mentions) {}

    /** One event: its trigger token, its arguments, and the account the merger reads. */
    public record SystemEvent(int trigger, Event event, List<Arg> args, StoredEvent stored) {}

    /** What the product found in one document. */
    public record Found(List<SystemEvent> events, List<EntityRecord> records) {}

    /** @param nlp a pipeline built with {@link NlpPipeline.Tokenization#PRETOKENIZED} */
    public ProductEvents(NlpPipeline nlp) {
        this(() -> nlp, java.util.Optional.empty());
    }

    /**
     * @param nlp         the pipeline, asked for only when a document has no stored annotation
     * @param annotations a folder of stored annotations ({@link AnnotationFile}, one per document, made on the
     *                    first run): the extraction rules can be measured again without CoreNLP
     */
    public ProductEvents(java.util.function.Supplier<NlpPipeline> nlp, java.util.Optional<Path> annotations) {
        this.nlp = nlp;
        this.annotations = annotations;
    }

    /** Runs the product over MEANTIME documents on a pool of workers, handing results on in path order. */
    public static void run(List<Path> files, int workers, ProductEvents product, BiConsumer<MeantimeEvents, Found> consume)
            throws IOException {
        Iterator<Path> it = files.iterator();
        OrderedWork.run(() -> it.hasNext() ? MeantimeEvents.read(it.next()) : null,
                workers > 0 ? workers : Runtime.getRuntime().availableProcessors(), product::find, consume, MeantimeEvents::id);
    }

    public Found find(MeantimeEvents doc) {
        PretokenizedText text = PretokenizedText.of(doc.sentences());
        ArticleMetadata meta = doc.created().map(d -> ArticleMetadata.EMPTY.withPublished(PublicationDate.of(d, d.toString())))
                .orElse(ArticleMetadata.EMPTY);
        String article = "meantime:" + doc.id();
        CleanArticle clean = new CleanArticle(article, text.text(), meta, 0);
        // SUTime resolves against the creation time, so it is part of the stored file's name.
        AnnotatedArticle annotated = annotations.isEmpty() ? nlp.get().annotate(clean)
                : AnnotationFile.readOrAnnotate(annotations.get().resolve((doc.id() + "@" + doc.created().map(Object::toString)
                        .orElse("undated")).replaceAll("[^A-Za-z0-9._-]", "_") + ".tsv"), clean, a -> nlp.get().annotate(a));
        ArticleFacts facts = extractor.extract(annotated);
        List<SystemEvent> events = new ArrayList<>();
        for (Event e : facts.events()) {
            List<Arg> args = new ArrayList<>();
            e.places().forEach(p -> args.add(arg(p, true, text)));
            e.participants().forEach(p -> args.add(arg(p.entity(), false, text)));
            String mention = article + "#event=" + e.phrase().begin() + "," + e.phrase().end();
            StoredEvent stored = new StoredEvent(mention, article, e.kind().localName(), e.label(), e.time(),
                    e.places().stream().map(this::iri).toList(),
                    e.participants().stream().map(p -> new StoredEvent.Participation(iri(p.entity()), p.role().localName())).toList(),
                    e.planned(), doc.created().map(Object::toString), e.notPlaces().stream().map(this::iri).toList(), e.status(),
                    PlaceAreas.of(e.places().stream().map(Entity::name).toList()));
            events.add(new SystemEvent(text.tokenAt(e.phrase().end() - 1), e, args, stored));
        }
        List<EntityRecord> records = facts.entities().stream()
                .map(en -> ProductCoref.record(en, iri(en), article, text.text())).toList();
        return new Found(events, records);
    }

    private Arg arg(Entity e, boolean place, PretokenizedText text) {
        List<int[]> spans = new ArrayList<>();
        for (Mention m : e.mentions()) {
            spans.add(new int[] {text.tokenAt(m.span().begin()), text.tokenAt(m.span().end() - 1)});
        }
        return new Arg(iri(e), place, spans);
    }

    private String iri(Entity e) {
        return iris.entity(e.type(), e.name()).getURI();
    }
}
