package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import org.newskg.core.Span;

/**
 * Finds quoted passages in article text, working on characters so that it sees what the
 * tokenizer may have normalised. Handles curly and straight double quotes, curly single quotes,
 * quotes that run over several paragraphs (the usual newspaper convention: no closing mark at
 * the end of a paragraph, an opening mark at the start of the next), and a quote whose opening
 * mark was lost in scraping (a paragraph that ends a passage with {@code ,"} or {@code .’}
 * before any opening mark).
 */
public final class QuoteFinder {

    /** A quoted passage: the characters inside the marks, and whether its opening mark was missing. */
    public record Quote(Span content, boolean openingMarkLost) {}

    private QuoteFinder() {}

    public static List<Quote> find(String original) {
        String text = doubledApostrophesAsMarks(original);
        List<Quote> quotes = new ArrayList<>();
        List<Span> paragraphs = paragraphs(text);
        int openAt = -1;
        char openMark = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            boolean sawMark = openAt >= 0;
            for (int i = para.begin(); i < para.end(); i++) {
                char c = text.charAt(i);
                if (openAt < 0) {
                    if (isOpener(text, i, c)) {
                        openAt = i;
                        openMark = c;
                        sawMark = true;
                    } else if (!sawMark && isCloser(text, i, c) && endsPassage(text, i)
                            && words(text, para.begin(), i) >= 6) {
                        quotes.add(new Quote(trim(text, para.begin(), i), true));
                        sawMark = true;
                    } else if (isCloser(text, i, c) || c == '"') {
                        sawMark = true;
                    }
                } else if (closes(openMark, text, i, c)) {
                    if (i > openAt + 1) {
                        quotes.add(new Quote(trim(text, openAt + 1, i), false));
                    }
                    openAt = -1;
                }
            }
            if (openAt >= 0) {
                boolean continues = p + 1 < paragraphs.size()
                        && isOpener(text, paragraphs.get(p + 1).begin(), text.charAt(paragraphs.get(p + 1).begin()))
                        && isDouble(openMark);
                if (!continues) {
                    // An unclosed double quote runs to the end of its paragraph; a single one was an apostrophe.
                    if (isDouble(openMark) && words(text, openAt + 1, para.end()) >= 4) {
                        quotes.add(new Quote(trim(text, openAt + 1, para.end()), false));
                    }
                    openAt = -1;
                } else {
                    // Skip the next paragraph's opening mark: the quote goes on.
                    int next = paragraphs.get(p + 1).begin();
                    paragraphs.set(p + 1, new Span(next + 1, paragraphs.get(p + 1).end()));
                }
            }
        }
        return quotes;
    }

    /**
     * Some outlets write quotation marks as two apostrophes (''like this''). The copy that is
     * scanned has a straight double mark there, with a space on the outer side, so that the
     * offsets stay those of the text.
     */
    static String doubledApostrophesAsMarks(String text) {
        if (!text.contains("''")) {
            return text;
        }
        char[] c = text.toCharArray();
        for (int i = 0; i + 1 < c.length; i++) {
            if (c[i] == '\'' && c[i + 1] == '\'' && (i + 2 >= c.length || c[i + 2] != '\'')) {
                boolean opens = i == 0 || Character.isWhitespace(c[i - 1]) || "([\u2014-".indexOf(c[i - 1]) >= 0;
                if (opens) {
                    c[i] = ' ';
                    c[i + 1] = '"';
                } else {
                    c[i] = '"';
                    c[i + 1] = ' ';
                }
                i++;
            }
        }
        return new String(c);
    }

    private static boolean isDouble(char mark) {
        return mark == '"' || mark == '\u201c' || mark == '\u201e' || mark == '\u00ab';
    }

    /** An opening mark stands at the start of a word: after a space, a bracket or the start of the line. */
    private static boolean isOpener(String text, int i, char c) {
        boolean atWordStart = i == 0 || " \n\t([\u2014\u2013-/".indexOf(text.charAt(i - 1)) >= 0;
        boolean beforeWord = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return switch (c) {
            case '\u201c', '\u201e', '\u00ab' -> beforeWord;
            case '"', '\u2018' -> atWordStart && beforeWord;
            default -> false;
        };
    }

    private static boolean isCloser(String text, int i, char c) {
        boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean notInWord = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
        return switch (c) {
            case '\u201d', '\u00bb' -> afterWord;
            case '"', '\u2019', '\'' -> afterWord && notInWord;
            default -> false;
        };
    }

    private static boolean closes(char openMark, String text, int i, char c) {
        if (!isCloser(text, i, c)) {
            return false;
        }
        return switch (openMark) {
            case '\u201c', '\u201e' -> c == '\u201d' || c == '"';
            case '\u00ab' -> c == '\u00bb';
            case '"' -> c == '"' || c == '\u201d';
            case '\u2018' -> c == '\u2019';
            default -> false;
        };
    }

    /** A closing mark that ends a quoted passage: right after {@code , . ! ?}. */
    private static boolean endsPassage(String text, int i) {
        return i > 0 && ",.!?".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** Trims white space, and the comma before a closing mark, which is the reporter's ("...," she said). */
    private static Span trim(String text, int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        return new Span(begin, end);
    }

    static int words(String text, int begin, int end) {
        int n = 0;
        boolean inWord = false;
        for (int i = begin; i < end; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }

    private static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) {
                    out.add(new Span(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }
}
