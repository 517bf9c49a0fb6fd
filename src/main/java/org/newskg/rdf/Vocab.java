package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/** The terms newskg writes, grouped by vocabulary. The newskg terms are defined in ontology/newskg.ttl. */
public final class Vocab {
    public static final String NEWSKG = "https://newskg.org/ns#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String TIME = "http://www.w3.org/2006/time#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";

    public static final Node TYPE = uri(RDF, "type");

    // schema.org
    public static final Node NEWS_ARTICLE = uri(SCHEMA, "NewsArticle");
    public static final Node PERSON = uri(SCHEMA, "Person");
    public static final Node ORGANIZATION = uri(SCHEMA, "Organization");
    public static final Node PLACE = uri(SCHEMA, "Place");
    public static final Node CITY = uri(SCHEMA, "City");
    public static final Node COUNTRY = uri(SCHEMA, "Country");
    public static final Node STATE = uri(SCHEMA, "State");
    public static final Node NAME = uri(SCHEMA, "name");
    public static final Node HEADLINE = uri(SCHEMA, "headline");
    /** The article's language, an ISO 639-1 code ("en", "de"); absent when the text was too short to tell. */
    public static final Node IN_LANGUAGE = uri(SCHEMA, "inLanguage");
    public static final Node PUBLISHER = uri(SCHEMA, "publisher");
    /** The agency an article credits, as an organisation (its name as written is also {@link #AGENCY}). */
    public static final Node SOURCE_ORGANIZATION = uri(SCHEMA, "sourceOrganization");
    public static final Node DATE_PUBLISHED = uri(SCHEMA, "datePublished");
    public static final Node URL = uri(SCHEMA, "url");
    public static final Node MENTIONS = uri(SCHEMA, "mentions");
    public static final Node QUOTATION = uri(SCHEMA, "Quotation");
    public static final Node CLAIM = uri(SCHEMA, "Claim");
    public static final Node TEXT = uri(SCHEMA, "text");
    public static final Node ABOUT = uri(SCHEMA, "about");
    public static final Node IS_PART_OF = uri(SCHEMA, "isPartOf");

    // NIF: the article text and the exact words of each mention
    public static final Node CONTEXT = uri(NIF, "Context");
    public static final Node PHRASE = uri(NIF, "Phrase");
    public static final Node IS_STRING = uri(NIF, "isString");
    public static final Node BEGIN_INDEX = uri(NIF, "beginIndex");
    public static final Node END_INDEX = uri(NIF, "endIndex");
    public static final Node ANCHOR_OF = uri(NIF, "anchorOf");
    public static final Node REFERENCE_CONTEXT = uri(NIF, "referenceContext");
    public static final Node TA_IDENT_REF = uri(ITSRDF, "taIdentRef");
    public static final Node TA_CLASS_REF = uri(ITSRDF, "taClassRef");

    public static final Node ALT_LABEL = uri(SKOS, "altLabel");
    public static final Node PREF_LABEL = uri(SKOS, "prefLabel");
    public static final Node SKOS_CONCEPT = uri(SKOS, "Concept");
    public static final Node WAS_DERIVED_FROM = uri(PROV, "wasDerivedFrom");

    // Roles: W3C Organization Ontology memberships, one per person, role and affiliation in an article
    public static final Node MEMBERSHIP = uri(ORG, "Membership");
    public static final Node ROLE_CLASS = uri(ORG, "Role");
    public static final Node MEMBER = uri(ORG, "member");
    public static final Node ORGANIZATION_OF = uri(ORG, "organization");
    public static final Node ROLE = uri(ORG, "role");
    public static final Node AFFILIATION = uri(NEWSKG, "affiliation");
    public static final Node POSTING = uri(NEWSKG, "posting");
    public static final Node ROLE_MENTION = uri(NEWSKG, "roleMention");
    public static final Node HELD_ON = uri(NEWSKG, "heldOn");
    public static final Node WAS_GENERATED_BY = uri(PROV, "wasGeneratedBy");

    // newskg's own terms
    /** The public form of an article's input: its URL, or its file name ({@link Sources#published}). */
    public static final Node SOURCE = uri(NEWSKG, "source");
    /** The key that finds an article from its input's full source, path or URL ({@link Sources#key}). */
    public static final Node SOURCE_KEY = uri(NEWSKG, "sourceKey");
    public static final Node CONTENT_HASH = uri(NEWSKG, "contentHash");
    public static final Node INPUT_FINGERPRINT = uri(NEWSKG, "inputFingerprint");
    public static final Node BYLINE = uri(NEWSKG, "byline");
    public static final Node AGENCY = uri(NEWSKG, "agency");
    public static final Node DATE_EVIDENCE = uri(NEWSKG, "publicationDateEvidence");
    public static final Node DATE_EVIDENCE_MENTION = uri(NEWSKG, "publicationDateMention");
    public static final Node NER_LABEL = uri(NEWSKG, "nerLabel");
    public static final Node SENTENCE_INDEX = uri(NEWSKG, "sentenceIndex");
    public static final Node BASE_IRI = uri(NEWSKG, "baseIRI");
    public static final Node STORE_SETTINGS = uri(NEWSKG, "StoreSettings");

    // Statements: one report per article that reports something said; statements across articles
    public static final Node REPORT = uri(NEWSKG, "Report");
    public static final Node STATEMENT = uri(NEWSKG, "Statement");
    public static final Node REPORT_TYPE = uri(NEWSKG, "reportType");
    /** The class of DIRECT_QUOTE, PARTIAL_QUOTE and REPORTED_SPEECH (the range of REPORT_TYPE). */
    public static final Node REPORT_TYPE_CLASS = uri(NEWSKG, "ReportType");
    public static final Node DIRECT_QUOTE = uri(NEWSKG, "DirectQuote");
    public static final Node PARTIAL_QUOTE = uri(NEWSKG, "PartialQuote");
    public static final Node REPORTED_SPEECH = uri(NEWSKG, "ReportedSpeech");
    /** What kind of attribution a report is (speech, thought, ...), apart from its form (REPORT_TYPE). */
    public static final Node REPORT_KIND = uri(NEWSKG, "reportKind");
    /** The class of SPEECH ... SPEECH_ACT (the range of REPORT_KIND). */
    public static final Node REPORT_KIND_CLASS = uri(NEWSKG, "ReportKind");
    public static final Node SPEECH = uri(NEWSKG, "Speech");
    public static final Node THOUGHT = uri(NEWSKG, "Thought");
    public static final Node QUESTION = uri(NEWSKG, "Question");
    public static final Node CHARACTERIZATION = uri(NEWSKG, "Characterization");
    public static final Node ACCORDING_TO = uri(NEWSKG, "AccordingTo");
    public static final Node FINDING = uri(NEWSKG, "Finding");
    public static final Node SPEECH_ACT = uri(NEWSKG, "SpeechAct");
    /** Each piece of a remark quoted in pieces around its attribution, as a NIF phrase. */
    public static final Node CONTENT_PART = uri(NEWSKG, "contentPart");
    public static final Node CONTENT = uri(NEWSKG, "content");
    public static final Node SPEAKER = uri(NEWSKG, "speaker");
    public static final Node JOINT_SPEAKER = uri(NEWSKG, "jointSpeaker");
    public static final Node SPEAKER_TEXT = uri(NEWSKG, "speakerText");
    public static final Node SPEAKER_MENTION = uri(NEWSKG, "speakerMention");
    public static final Node CUE = uri(NEWSKG, "cue");
    public static final Node CUE_MENTION = uri(NEWSKG, "cueMention");
    public static final Node ADDRESSEE = uri(NEWSKG, "addressee");
    public static final Node VENUE = uri(NEWSKG, "venue");
    public static final Node STATED_ON = uri(NEWSKG, "statedOn");
    public static final Node STATED_ON_EVIDENCE = uri(NEWSKG, "statedOnEvidence");
    public static final Node DATE_FROM_TEXT = uri(NEWSKG, "dateFromText");
    public static final Node HAS_REPORT = uri(NEWSKG, "hasReport");
    public static final Node REPORTS = uri(NEWSKG, "reports");
    public static final Node ARTICLE_COUNT = uri(NEWSKG, "articleCount");
    public static final Node OUTLET_COUNT = uri(NEWSKG, "outletCount");
    public static final Node INDEPENDENT_OUTLET_COUNT = uri(NEWSKG, "independentOutletCount");
    public static final Node FIRST_REPORTED = uri(NEWSKG, "firstReported");
    public static final Node FIRST_REPORTED_IN = uri(NEWSKG, "firstReportedIn");
    public static final Node MERGE_REASON = uri(NEWSKG, "mergeReason");
    public static final Node CORPUS_GRAPH = uri(NEWSKG, "CorpusGraph");
    // Precomputed counts in the corpus graph (rdf.EntityCounts).
    public static final Node MENTION_COUNT = uri(NEWSKG, "mentionCount");
    public static final Node MENTIONING_ARTICLES = uri(NEWSKG, "mentioningArticles");
    public static final Node FIRST_SEEN = uri(NEWSKG, "firstSeen");
    public static final Node LAST_SEEN = uri(NEWSKG, "lastSeen");
    public static final Node CO_MENTION = uri(NEWSKG, "CoMention");
    public static final Node CO_MENTION_OF = uri(NEWSKG, "coMentionOf");
    public static final Node ENTITY_RANK = uri(NEWSKG, "entityRank");
    public static final Node PAIR_RANK = uri(NEWSKG, "pairRank");
    public static final Node STRONGEST_CO_MENTION = uri(NEWSKG, "strongestCoMention");

    // Events: the Simple Event Model (SEM) with schema.org Event terms beside it; OWL-Time units for precision
    public static final Node SEM_EVENT = uri(SEM, "Event");
    public static final Node SEM_EVENT_TYPE = uri(SEM, "eventType");
    public static final Node SEM_HAS_PLACE = uri(SEM, "hasPlace");
    public static final Node SEM_HAS_ACTOR = uri(SEM, "hasActor");
    public static final Node SEM_ROLE = uri(SEM, "Role");
    public static final Node SEM_ROLE_TYPE = uri(SEM, "roleType");
    public static final Node SEM_BEGIN = uri(SEM, "hasBeginTimeStamp");
    public static final Node SEM_END = uri(SEM, "hasEndTimeStamp");
    public static final Node SEM_HAS_TIME = uri(SEM, "hasTime");
    public static final Node RDF_VALUE = uri(RDF, "value");
    public static final Node SCHEMA_EVENT = uri(SCHEMA, "Event");
    public static final Node START_DATE = uri(SCHEMA, "startDate");
    public static final Node END_DATE = uri(SCHEMA, "endDate");
    public static final Node LOCATION = uri(SCHEMA, "location");
    public static final Node ORGANIZER = uri(SCHEMA, "organizer");
    public static final Node ATTENDEE = uri(SCHEMA, "attendee");
    public static final Node UNIT_DAY = uri(TIME, "unitDay");
    public static final Node UNIT_MONTH = uri(TIME, "unitMonth");
    public static final Node UNIT_YEAR = uri(TIME, "unitYear");
    public static final Node EVENT_MENTION = uri(NEWSKG, "EventMention");
    public static final Node EVENT_PHRASE = uri(NEWSKG, "eventPhrase");
    public static final Node TIME_PRECISION = uri(NEWSKG, "timePrecision");
    public static final Node TIME_EVIDENCE = uri(NEWSKG, "timeEvidence");
    public static final Node PLANNED = uri(NEWSKG, "planned");
    public static final Node PLANNED_CUE = uri(NEWSKG, "plannedCue");
    /** A place an event mention or event is said not to be at ("in X and not Y", "moved from Y"). */
    public static final Node NOT_PLACE = uri(NEWSKG, "notPlace");
    /** schema.org's status of an event: schema:EventCancelled, EventPostponed, EventRescheduled. */
    public static final Node EVENT_STATUS = uri(SCHEMA, "eventStatus");
    public static final Node HAS_EVENT_MENTION = uri(NEWSKG, "hasEventMention");
    public static final Node EVENT_MENTION_OF = uri(NEWSKG, "eventMentionOf");

    /** A newskg term by its local name: event kinds (newskg:Summit) and role types (newskg:Host). */
    public static Node newskg(String localName) {
        return uri(NEWSKG, localName);
    }

    // Time: each time expression of an article, on the calendar with OWL-Time where it has a place there
    public static final Node TIME_EXPRESSION = uri(NEWSKG, "TimeExpression");
    public static final Node MENTIONS_TIME = uri(NEWSKG, "mentionsTime");
    public static final Node TIME_MENTION = uri(NEWSKG, "timeMention");
    public static final Node TIMEX_TYPE = uri(NEWSKG, "timexType");
    public static final Node TIMEX_VALUE = uri(NEWSKG, "timexValue");
    public static final Node ANCHORED = uri(NEWSKG, "anchored");
    public static final Node STATED_AT = uri(NEWSKG, "statedAt");
    public static final Node INSTANT = uri(TIME, "Instant");
    public static final Node INTERVAL = uri(TIME, "Interval");
    public static final Node HAS_BEGINNING = uri(TIME, "hasBeginning");
    public static final Node HAS_END = uri(TIME, "hasEnd");
    public static final Node IN_XSD_DATE = uri(TIME, "inXSDDate");
    public static final Node IN_XSD_G_YEAR_MONTH = uri(TIME, "inXSDgYearMonth");
    public static final Node IN_XSD_G_YEAR = uri(TIME, "inXSDgYear");
    public static final Node IN_XSD_DATE_TIME = uri(TIME, "inXSDDateTime");
    public static final Node IN_XSD_DATE_TIME_STAMP = uri(TIME, "inXSDDateTimeStamp");
    public static final Node UNIT_TYPE = uri(TIME, "unitType");

    /** An OWL-Time unit: time:unitDay, time:unitMonth ... */
    public static Node timeUnit(String local) {
        return uri(TIME, local);
    }

    // Cross-document resolution, in the corpus graph: article-level entity -> canonical entity
    public static final Node SAME_AS = uri(OWL, "sameAs");
    public static final Node SAME_AS_REASON = uri(NEWSKG, "sameAsReason");
    // Links of corpus entities to Wikipedia pages and DBpedia resources
    public static final Node SCHEMA_SAME_AS = uri(SCHEMA, "sameAs");
    public static final Node LINK_CONFIDENCE = uri(NEWSKG, "linkConfidence");
    public static final Node LINK_EVIDENCE = uri(NEWSKG, "linkEvidence");
    /** Store setting: link corpus entities to Wikipedia (WikiDict) when the corpus graph is rebuilt. */
    public static final Node LINK_ENTITIES = uri(NEWSKG, "linkEntities");

    /**
     * Store setting, present only while the article graphs have changed since the corpus graph was
     * last computed: set in the transaction that changes them, removed in the one that writes the
     * corpus graph, so a run killed in between leaves it for the next command to finish.
     */
    public static final Node CORPUS_STALE = uri(NEWSKG, "corpusStale");

    /**
     * Store setting beside {@link #CORPUS_STALE}: an entity IRI that an article added, replaced or
     * removed since then names (before or after the change), so that the corpus graph is brought up
     * to date for the blocks of those entities only.
     */
    public static final Node CORPUS_DIRTY = uri(NEWSKG, "corpusDirty");

    /**
     * Store setting beside {@link #CORPUS_STALE}: an article graph written since the corpus graph
     * was last written, whose part in the counts is not in them yet.
     */
    public static final Node CORPUS_ADDED = uri(NEWSKG, "corpusAdded");

    /**
     * Store setting beside {@link #CORPUS_STALE}: the part in the counts of an article graph that was
     * counted and has since been removed or replaced ({@code rdf.ArticleCounts}, as text), so that an
     * update takes it away by difference instead of counting the entities' other articles again.
     */
    public static final Node CORPUS_GONE = uri(NEWSKG, "corpusGone");

    /**
     * In the settings graph, the linker's page for one entity in one article's context (a node per
     * article and entity, {@code rdf.FoundPages}): found once, when the corpus graph first counts the
     * article, so that an update reads an entity's pages instead of linking every article naming it.
     */
    public static final Node FOUND_IN = uri(NEWSKG, "foundIn");
    public static final Node FOUND_FOR = uri(NEWSKG, "foundFor");
    public static final Node FOUND_TITLE = uri(NEWSKG, "foundTitle");
    public static final Node FOUND_CONFIDENCE = uri(NEWSKG, "foundConfidence");
    public static final Node FOUND_EVIDENCE = uri(NEWSKG, "foundEvidence");

    /**
     * In the settings graph, one entity's record in one article ({@code rdf.KeptRecords}: what
     * resolution reads of it there), kept so that an update reads the records of an entity named by
     * thousands of articles by look-ups instead of a query over those articles and their texts.
     */
    public static final Node RECORD_IN = uri(NEWSKG, "recordIn");
    public static final Node RECORD_FOR = uri(NEWSKG, "recordFor");
    public static final Node RECORD_TYPE = uri(NEWSKG, "recordType");
    public static final Node RECORD_NAME = uri(NEWSKG, "recordName");
    public static final Node RECORD_ALIAS = uri(NEWSKG, "recordAlias");
    public static final Node RECORD_ACRONYM = uri(NEWSKG, "recordAcronym");
    public static final Node RECORD_BEFORE = uri(NEWSKG, "recordBefore");

    /** Store setting beside {@link #CORPUS_STALE}: a change that only a recomputation of everything covers (a setting). */
    public static final Node CORPUS_STALE_ALL = uri(NEWSKG, "corpusStaleAll");

    /** Store setting beside {@link #CORPUS_STALE}: an article changed holds event mentions. */
    public static final Node CORPUS_DIRTY_EVENTS = uri(NEWSKG, "corpusDirtyEvents");

    /**
     * A blocking key of an article-level entity in the corpus graph ("last:PERSON:brandt"): the
     * records that resolution could compare share one, so an update finds the entities it must
     * look at again by key instead of reading the whole store.
     */
    public static final Node BLOCK_KEY = uri(NEWSKG, "blockKey");

    /** On the corpus graph's own node: the version of the blocking keys it holds (an update by blocks needs them). */
    public static final Node BLOCKING = uri(NEWSKG, "blocking");

    /** Graph holding the store's own settings (its base IRI); its name does not depend on the base. */
    public static final Node STORE_GRAPH = NodeFactory.createURI("urn:newskg:store");

    /**
     * Graph holding what combines articles (statements and their source counts); recomputed from
     * the article graphs after every change, so it never goes stale.
     */
    public static final Node CORPUS_GRAPH_NAME = NodeFactory.createURI("urn:newskg:corpus");

    /** Prefixes for every writer and query. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("newskg", NEWSKG)
            .setNsPrefix("schema", SCHEMA)
            .setNsPrefix("nif", NIF)
            .setNsPrefix("itsrdf", ITSRDF)
            .setNsPrefix("prov", PROV)
            .setNsPrefix("skos", SKOS)
            .setNsPrefix("org", ORG)
            .setNsPrefix("rdf", RDF)
            .setNsPrefix("rdfs", RDFS)
            .setNsPrefix("xsd", XSD)
            .setNsPrefix("sem", SEM)
            .setNsPrefix("time", TIME)
            .setNsPrefix("owl", OWL)
            .lock();

    private Vocab() {}

    private static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }
}
