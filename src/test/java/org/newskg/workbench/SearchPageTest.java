package org.newskg.workbench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchPageTest {
    @Test
    void jsonOnlyWhenTheClientPrefersIt() {
        assertTrue(SearchPage.wantsJson("application/json"));
        assertTrue(SearchPage.wantsJson("application/json, text/html;q=0.5"));
        assertFalse(SearchPage.wantsJson("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertFalse(SearchPage.wantsJson(null));
        assertFalse(SearchPage.wantsJson("*/*"));
    }
}
