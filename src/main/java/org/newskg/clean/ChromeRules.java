package org.newskg.clean;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tests that tell, from one line alone, whether it is page chrome rather than story: advertising,
 * cookie and browser notices, subscription prompts, share widgets, comment forms, navigation,
 * photo credits, 'related' markers and the footers that close a story. All rules are general to
 * news sites; none names a particular outlet.
 */
final class ChromeRules {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Advertising slots: interstitial, so they never mark the end of a story. */
    private static final Pattern ADVERT = Pattern.compile(
            "[-\u2013\u2014\u2022*|\\s]*(?:advertisements?|advert|ads?|sponsored(?: content)?|paid (?:content|post)"
            + "|promoted(?: content)?|(?:story|article) continues below(?: advertisement)?"
            + "|advertisement\\s*[-\u2013\u2014]\\s*scroll to continue|scroll to continue(?: with content)?"
            + ")[-\u2013\u2014\u2022*|.:!\\s]*", CI);
    /** An instruction to the reader's mouse: "Click here to ...". */
    private static final Pattern CLICK = Pattern.compile("^(?:just |simply |please )?(?:click|tap) (?:on|here|the)\\b", CI);

    /** Whole-line chrome: the line is nothing but the widget or notice. */
    private static final Pattern WHOLE_LINE = Pattern.compile(
            "[-\u2013\u2014\u2022*|(\\s]*(?:"
            + "advertisements?|advert|ads?|sponsored(?: content)?|paid (?:content|post)|promoted(?: content)?"
            + "|(?:story|article) continues below(?: advertisement)?|continue reading(?: below| the main story)?"
            + "|advertisement\\s*[-\u2013\u2014]\\s*scroll to continue|scroll to continue(?: with content)?"
            + "|skip (?:advert(?:isement)?|to (?:main )?content|navigation)"
            + "|source link|leave a (?:reply|comment)|post a comment|add (?:a )?comment|view comments|show comments"
            + "|comments?|\\d+ comments?|reply|thank you|turn on|not now|be the first to know"
            + "|close|menu|search|home|back to top|print|e-?mail|share(?: this)?(?: article| story| page)?"
            + "|share (?:on|via) \\p{L}+|share options|tweet|pin it|copy link|link copied|follow us|follow"
            + "|view gallery.*|image \\d+ of \\d+|\\d+ of \\d+|loading\\.{0,3}|please wait"
            + "|click to (?:expand|enlarge|share).*|continue in (?:the )?app|open in (?:the )?app"
            + "|download (?:the|our) app|listen(?: to this (?:article|story))?(?: \\d+ min)?|play video"
            + "|watch(?: the)? video|accept(?: all)?(?: cookies)?|cookie settings|manage cookies|reject all"
            + "|see more|show more|load more|log ?in|sign ?in|sign ?up|register|subscribe(?: now| today)?"
            + "|getty images|ap photo.*|file photo|photo gallery"
            + ")[-\u2013\u2014\u2022*|.:!)\\s]*", CI);

    /** A notice recognised by its wording wherever it sits in a (short) line. */
    private static final Pattern NOTICE = Pattern.compile(
            "\\b(?:uses? (?:of )?cookies|cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies"
            + "|we use cookies|(?:update|upgrade) your browser|your browser (?:is|may be) (?:out of date|outdated|not supported)"
            + "|browser (?:is )?not supported|browser notifications|push notifications|enable javascript"
            + "|javascript (?:is )?(?:disabled|required)|ad ?blocker"
            + "|email address will not be published|required fields are marked|enter at least \\d+ characters"
            + "|comments? (?:are|is) closed|join the (?:conversation|discussion)"
            + "|sign up (?:for|to) (?:our|the|a)\\b.*\\bnewsletter|delivered to your inbox|already a subscriber"
            + "|as a subscriber|subscribers? only|gift (?:premium )?articles?|unlock (?:this|unlimited)"
            + "|subscribe (?:to (?:our|the)|now|today|here)"
            + "|follow us on|like us on facebook|share (?:this|on) (?:article|story|news|facebook|twitter|whatsapp)"
            + "|share options|change text size|text size options"
            + "|all rights reserved|copyright \u00a9|\u00a9 ?(?:19|20)\\d\\d|privacy policy|terms (?:of|&) (?:use|service)"
            + "|click here to|download (?:the|our) app|continue in the app"
            + "|watch\\b.{0,40}\\blive here|read all the latest|source link|donation to (?:our|us)"
            + "|support (?:our|independent) journalism"
            + "|share your (?:thoughts|views|experiences?|opinions?|feedback|comments?)|we['\u2019]re here to listen"
            + "|tell us what you think"
            + ")\\b", CI);

    private static final Pattern SECOND_PERSON = Pattern.compile("\\b(?:you|your|you['\u2019]\\w+|our|we['\u2019]re)\\b", CI);
    /** Words that, addressed to the reader, are about the web site rather than the story. */
    private static final Pattern SITE_ACTION = Pattern.compile(
            "\\b(?:newsletters?|inbox|subscribers?|subscribe|email address|daily email|our (?:web)?site"
            + "|our app|the app|feedback|text size|reading experience|news release|share this"
            + "|our (?:journalism|newsroom|reporting)|donat\\w*|make a contribution|support us"
            + "|become a (?:member|supporter|patron))\\b", CI);
    /** Quoted or reported speech is story, even when it mentions e-mail or browsers. */
    private static final Pattern SPEECH = Pattern.compile("[\"\u201c\u201d]|\\b(?:said|says|told|tells|according to)\\b", CI);

    private static final Pattern ONLY_SYMBOLS = Pattern.compile("[^\\p{L}\\p{N}]{1,6}|\\d{1,3}|\\d+\\s*/\\s*\\d+");
    /** A caption that carries its credit ("... Photo- Some Agency", "Photograph: Jane Doe"). */
    private static final Pattern CREDIT = Pattern.compile(
            "(?:^|[\\s.(])(?:Photo|PHOTO|Photograph|Image|IMAGE|Picture|Graphic|Illustration|Credit|CREDIT)s?"
            + "\\s*(?:[Cc]redit\\s*)?(?:[:\u2013\u2014|]|-(?=\\s)|\\s+by\\s+\\p{Lu})");
    /** Picture-library credits: "Jane Doe via Getty Images", "... / Shutterstock". */
    private static final Pattern LIBRARY_CREDIT = Pattern.compile(
            "\\bvia (?:Getty Images|Shutterstock|Unsplash|Alamy)\\b|(?:Getty Images|Shutterstock|Unsplash|Alamy)\\)?$");
    /** "Agency/Photographer" alone on a line, with or without brackets. */
    private static final Pattern SLASH_CREDIT = Pattern.compile("\\(?([\\p{L}. ]{2,25})/\\s?[\\p{L}. '\u2019-]{2,40}\\)?");
    /** What stands before the slash of a photo credit: an agency or a picture desk. */
    private static final Pattern PICTURE_DESK = Pattern.compile(".*\\b(?:photos?|images|pictures|getty|file|pool)\\b.*", CI);
    private static final Pattern NAV_SEPARATOR = Pattern.compile("\\s*[|\u2022\u00b7\u00bb/]\\s*");
    private static final Pattern NEWS_WORD = Pattern.compile("\\bNews\\b");

    private static final Set<String> WIDGET_WORDS = Set.of(
            "share", "shares", "sharing", "options", "option", "change", "text", "size", "font", "comment", "comments",
            "gift", "giftoutline", "outline", "article", "articles", "listen", "min", "mins", "minute", "minutes",
            "read", "save", "saved", "print", "email", "e", "mail", "facebook", "twitter", "x", "linkedin", "whatsapp",
            "telegram", "reddit", "pinterest", "instagram", "youtube", "tiktok", "flipboard", "messenger", "copy",
            "link", "follow", "us", "on", "and", "the", "this", "story", "to", "anyone", "premium", "more", "menu",
            "search", "home", "login", "log", "in", "sign", "up", "subscribe", "open", "app", "view", "gallery",
            "images", "image", "photos", "video", "videos", "play", "next", "previous", "skip", "content", "audio",
            "reply", "tweet", "like", "bookmark", "sms", "via", "or", "of", "a");
    private static final Set<String> WIDGET_CORE = Set.of(
            "share", "comment", "comments", "gift", "giftoutline", "listen", "print", "email", "facebook", "twitter",
            "linkedin", "whatsapp", "telegram", "reddit", "pinterest", "instagram", "youtube", "tiktok", "flipboard",
            "subscribe", "login", "menu", "gallery", "bookmark", "tweet", "font");

    /** Markers that introduce 'related' links or teaser lists. */
    private static final Pattern MARKER = Pattern.compile(
            "^[\\s\u2022*>\u00bb-]*(?i:also read|also watch|also see|also listen|read also|see also|read more|read next"
            + "|more information|more info|more stories|more news|more on this(?: story| topic)?"
            + "|related(?: articles?| stories| news| coverage| content| posts?| links| reading| videos?| topics)?"
            + "|you (?:may|might) also like|recommended(?: for you| stories| articles| reading)?"
            + "|trending(?: now| stories| news)?|most (?:read|popular|viewed|shared)|top stories"
            + "|latest (?:news|stories|videos)|editor['\u2019]?s picks|don['\u2019]?t miss|must read|further reading"
            + "|in other news|what to read next|keep reading|suggested (?:reading|articles)|from around the web"
            // "More:Title", "More on: Title": a bare "More" only with its colon ("More people came" is story).
            + "|more(?: on)?(?=\\s?:)"
            + "|(?:watch|video)(?=\\s*[:|])"
            // The same markers in the other languages news pages are most often in.
            + "|lea tambi[ée]n|lee tambi[ée]n|le puede interesar|te puede interesar|(?:[àÀa] )?lire aussi|voir aussi"
            + "|leggi anche|[äÄ]hnliche (?:beitr[äÄ]ge|artikel)|mehr zum thema|weitere artikel|auch interessant"
            + "|das k[öÖ]nnte (?:sie|dich) auch interessieren|lees ook|zie ook)"
            // The marker ends the line, is followed by a separator, or is glued to a teaser's capital.
            + "(?=$|\\s*[:|>\u00bb\u2013\u2014-]|\\s*\\p{Lu}|\\s*\\d)");

    private static final Pattern INPUTS_FOOTER = Pattern.compile(
            "\\(?\\s*(?:with )?(?:additional )?inputs? from ([^()]{2,60}?)\\s*\\)?\\.?", CI);
    /** "With Herald wires", "(With wire services)": the story used wire copy; names no agency. */
    private static final Pattern WIRES_FOOTER = Pattern.compile(
            "\\(?\\s*with (?:[\\p{L}.'\u2019-]+ ){0,3}wires?(?: services?| reports?)?\\s*\\)?\\.?", CI);
    /** An e-mail address: in a short line with a contact word it is the reporter's or the desk's contact line. */
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** The words a contact line opens with: "Contact Jane Doe at ...", "Email: ...", "Reach the desk at ...". */
    private static final Pattern CONTACT_OPENING = Pattern.compile("^(?:contact|e-?mail|reach|write to)\\b", CI);
    /**
     * A caption's credit closing the line: "(Jane Doe / The Daily Planet)", "... Los Angeles. Jane Doe / AP",
     * "... | Jane Doe/Picture Desk", "... Courtesy of the Artist". A photographer has a name of two or more words,
     * so a poll's "(Agency/Pollster)" is no credit.
     */
    private static final Pattern END_CREDIT = Pattern.compile(
            "(?:\\((?:[\\p{L}.'\u2019-]+ ){1,3}[\\p{L}.'\u2019-]+ ?/ ?[\\p{L}.&'\u2019 -]{2,40}\\)"
            + "|[.|]\\s+\\p{Lu}[\\p{L}.'\u2019-]+(?: \\p{Lu}[\\p{L}.'\u2019-]+){1,2} ?/ ?\\p{Lu}[\\p{L}.&'\u2019 -]{1,40}"
            + "|\\bCourtesy of [^.]{2,80})$");
    private static final Pattern REPORTING_FOOTER = Pattern.compile(
            "\\(\\s*(?:additional )?(?:reporting|writing|editing|compiled) by [^()]{2,200}\\)\\.?", CI);
    private static final Pattern PAREN_ONLY = Pattern.compile("\\(([^()]{2,40})\\)\\.?");
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{Ll}{2,6}");
    private static final Pattern CAPITAL_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\d&.'\u2019-]*");
    /** An agency named alone: "Reuters", "- AFP", "Source: AP". */
    private static final Pattern AGENCY_LINE = Pattern.compile(
            "(?:source\\s*:\\s*|by\\s+|[-\u2013\u2014]\\s*)?([\\p{L}][\\p{L} .&'-]{0,38}?)\\s*\\.?", CI);

    private static final Pattern DATELINE_TEASER = Pattern.compile(
            "\\p{Lu}[\\p{Lu} .'\u2019-]{1,40},\\s*\\p{Lu}[\\p{L} .'\u2019-]{1,40}\\s*[:\u2013\u2014-]\\s+.*");
    private static final Pattern TAGLINE_TOPIC = Pattern.compile("\\b(?:news|updates|headlines|stories)\\b", CI);
    private static final Pattern TAGLINE_PRAISE = Pattern.compile(
            "\\b(?:latest|fastest|breaking|around the world|24/7|trusted|your (?:source|daily|home)|every ?day"
            + "|independent|voice of|first with|all the)\\b", CI);

    private ChromeRules() {
    }

    /** The line is page chrome by itself, wherever it sits. */
    static boolean isChrome(String line) {
        if (ONLY_SYMBOLS.matcher(line).matches() || WHOLE_LINE.matcher(line).matches()
                || (line.length() <= 200 && CLICK.matcher(line).find())) {
            return true;
        }
        if (line.length() > 300) {
            return false;
        }
        boolean speech = SPEECH.matcher(line).find();
        if (!speech && NOTICE.matcher(line).find()) {
            return true;
        }
        if (!speech && SECOND_PERSON.matcher(line).find() && SITE_ACTION.matcher(line).find()) {
            return true;
        }
        return isCredit(line) || isNavigation(line) || isWidgetRow(line) || isContactLine(line) || ChromePhrases.isChrome(line);
    }

    /** An advertising slot marker ("Advertisement", "- Advertisement -"). */
    static boolean isAdvert(String line) {
        return ADVERT.matcher(line).matches();
    }

    /**
     * A short line that opens with a contact word and gives an e-mail address: "Contact Jane Doe at jdoe@example.com or
     * 555-0100." (An address alone, or inside an instruction, can be the story's: "send your report to ...".)
     */
    static boolean isContactLine(String line) {
        String t = line.strip();
        return t.length() <= 200 && CONTACT_OPENING.matcher(t).find() && EMAIL.matcher(t).find() && !SPEECH.matcher(t).find();
    }

    /** A photo credit alone, or a short caption ending in its credit. */
    static boolean isCredit(String line) {
        if (line.length() <= 300 && END_CREDIT.matcher(line.strip()).find() && !SPEECH.matcher(line).find()) {
            return true;
        }
        Matcher slash = SLASH_CREDIT.matcher(line);
        if (line.length() <= 60 && slash.matches()) {
            String desk = slash.group(1).strip();
            if (Agencies.lookup(desk).isPresent() || PICTURE_DESK.matcher(desk).matches()) {
                return true;
            }
        }
        if (line.length() <= 160 && LIBRARY_CREDIT.matcher(line).find() && !SPEECH.matcher(line).find()) {
            return true;
        }
        return line.length() <= 160 && !SPEECH.matcher(line).find() && CREDIT.matcher(line).find()
                && !Prose.isParagraph(line.substring(0, Math.max(0, indexOfCredit(line))));
    }

    private static int indexOfCredit(String line) {
        Matcher m = CREDIT.matcher(line);
        return m.find() ? m.start() : 0;
    }

    /** Section links: several one-to-three word items between separators, or a run of "X News" links. */
    static boolean isNavigation(String line) {
        if (line.length() > 200) {
            return false;
        }
        Matcher news = NEWS_WORD.matcher(line);
        int newsCount = 0;
        while (news.find()) {
            newsCount++;
        }
        if (newsCount >= 3 && !Prose.isParagraph(line)) {
            return true;
        }
        String[] items = NAV_SEPARATOR.split(line);
        if (items.length < 3 || !Prose.isUnpunctuated(line)) {
            return false;
        }
        for (String item : items) {
            if (Prose.words(item) > 3) {
                return false;
            }
        }
        return true;
    }

    /** A row of share/listen/comment buttons: only widget words, at least one of them a button's. */
    static boolean isWidgetRow(String line) {
        if (line.length() > 100) {
            return false;
        }
        boolean core = false;
        for (String token : line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (token.isEmpty() || token.chars().allMatch(Character::isDigit)) {
                continue;
            }
            if (!WIDGET_WORDS.contains(token)) {
                return false;
            }
            core |= WIDGET_CORE.contains(token);
        }
        return core;
    }

    /** Words of button text that may continue a chrome line on the next line ("Share on" / "and more"). */
    static boolean isWidgetWordsOnly(String line) {
        if (line.length() > 40) {
            return false;
        }
        for (String token : line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!token.isEmpty() && !WIDGET_WORDS.contains(token)) {
                return false;
            }
        }
        return true;
    }

    /** A 'related' / 'also read' / 'read more' marker, alone or with its teaser on the same line. */
    static boolean isMarker(String line) {
        return MARKER.matcher(line).find() || ChromePhrases.isMarker(line);
    }

    /**
     * A footer that closes the story ("With inputs from agencies", "(Some Outlet)", "(Reporting by ...)"):
     * present when the line is one; its value is the credited agency, or "" when it credits none.
     */
    static Optional<String> storyEnd(String line) {
        Matcher inputs = INPUTS_FOOTER.matcher(line);
        if (inputs.matches()) {
            String who = inputs.group(1).strip();
            return Optional.of(Agencies.lookup(who).orElse(who));
        }
        if (REPORTING_FOOTER.matcher(line).matches() || WIRES_FOOTER.matcher(line.strip()).matches()) {
            return Optional.of("");
        }
        Matcher paren = PAREN_ONLY.matcher(line);
        if (paren.matches()) {
            String inner = paren.group(1).strip();
            Optional<String> agency = Agencies.lookup(inner);
            if (agency.isPresent()) {
                return agency;
            }
            if (DOMAIN.matcher(inner).matches() || isOutletName(inner)) {
                return Optional.of(inner);
            }
        }
        return Optional.empty();
    }

    /** "(Some Name)": a footer by shape only, neither a known agency nor a domain. */
    static boolean isBareNameFooter(String line) {
        Matcher paren = PAREN_ONLY.matcher(line);
        if (!paren.matches()) {
            return false;
        }
        String inner = paren.group(1).strip();
        return Agencies.lookup(inner).isEmpty() && !DOMAIN.matcher(inner).matches();
    }

    /** One to four capitalised words, not shouted: a transcript's "(LAUGHTER)" is no outlet. */
    private static boolean isOutletName(String s) {
        String[] words = s.split("\\s+");
        if (words.length > 4 || s.equals(s.toUpperCase(Locale.ROOT))) {
            return false;
        }
        for (String w : words) {
            if (!CAPITAL_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The known agency named alone on this line, if it is one. */
    static Optional<String> agencyLine(String line) {
        Matcher m = AGENCY_LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Agencies.lookup(m.group(1));
    }

    /** "CITY, Region: Somebody said ..." — a datelined story cut short: another article's teaser. */
    static boolean isDatelinedTeaser(String line) {
        return Prose.endsWithEllipsis(line) && DATELINE_TEASER.matcher(line).matches();
    }

    /** A site slogan such as "Your trusted source for the latest news" (only meaningful above the headline). */
    static boolean isTagline(String line) {
        return line.length() <= 70 && Prose.isUnpunctuated(line)
                && TAGLINE_TOPIC.matcher(line).find() && TAGLINE_PRAISE.matcher(line).find();
    }

    /** The words of {@code lines} joined, for looking up names that chrome repeats. */
    static String joined(List<String> lines) {
        return String.join("\n", lines);
    }
}
