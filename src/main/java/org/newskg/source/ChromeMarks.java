package org.newskg.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Which elements of a page are chrome by what they are called: an ARIA landmark role, or a class or
 * id token that names a widget ("ad", "share-bar", "related-posts", "comments"). A token counts as a
 * whole: it is a chrome word, a chrome word with a widget suffix ("ad-slot", "social_links"), or ends
 * in a chrome word ("post-comments", "article-share"). A chrome word inside a layout name does not
 * ("Page-ad-margins", "l-sidebar-fixed", "modal-enabled", "non-ad-column"), nor do taxonomy tokens
 * ("category-advertising", "tag-social") and state tokens ("has-comments", "no-sidebar").
 */
final class ChromeMarks {
    private static final Set<String> WORDS = Set.of(
            "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor", "sponsored", "promo",
            "promotion", "share", "sharing", "sharebar", "social", "related", "recommended", "comment", "comments",
            "newsletter", "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "banner", "popup",
            "modal", "breadcrumb", "breadcrumbs", "sidebar", "outbrain", "taboola", "paywall", "donate", "donation",
            "caption", "credit", "credits", "copyright");
    private static final Set<String> SUFFIXES = Set.of(
            "bar", "box", "slot", "unit", "container", "wrap", "wrapper", "block", "list", "links", "buttons", "button",
            "widget", "section", "area", "panel", "module", "tools", "icons", "articles", "stories", "posts", "content",
            "items", "item", "placeholder", "label", "top", "bottom", "inline", "notice", "form", "overlay", "dialog");
    private static final Set<String> NOT_CHROME_PREFIXES = Set.of(
            "category", "tag", "has", "no", "non", "not", "with", "without", "is", "page", "l", "layout", "u", "js", "body");
    private static final Pattern SEPARATORS = Pattern.compile("[-_]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ChromeMarks() {}

    static boolean isChrome(Element e) {
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("banner") || role.equals("complementary")
                || role.equals("contentinfo")) {
            return true;
        }
        return namesChrome(e.className()) || namesChrome(e.id());
    }

    /** Whether one of the whitespace-separated tokens of a class or id attribute names a widget. */
    static boolean namesChrome(String attribute) {
        for (String token : WHITESPACE.split(attribute.strip())) {
            if (!token.isEmpty() && isChromeToken(token.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isChromeToken(String token) {
        String[] all = SEPARATORS.split(token);
        int n = all.length;
        while (n > 1 && all[n - 1].chars().allMatch(Character::isDigit)) {
            n--; // "ad-slot-2" is "ad-slot"
        }
        String[] parts = java.util.Arrays.copyOf(all, n);
        if (parts.length == 0 || NOT_CHROME_PREFIXES.contains(parts[0])) {
            return false;
        }
        if (parts.length == 1) {
            return WORDS.contains(parts[0]);
        }
        if (parts.length == 2 && WORDS.contains(parts[0]) && SUFFIXES.contains(parts[1])) {
            return true;
        }
        return parts.length <= 3 && WORDS.contains(parts[parts.length - 1]);
    }
}
