package org.newskg.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The names in byline elements as pages write them (invented names). */
class BylineNamesTest {
    @Test
    void labelsDatesAndSeparatorsAreTakenOff() {
        assertEquals(Optional.of("Mara Quell"), BylineNames.of("By Mara Quell"));
        assertEquals(Optional.of("Mara Quell"), BylineNames.of("By Mara Quell 8 January 2020, 3:51 pm Edit"));
        assertEquals(Optional.of("Mara Quell"), BylineNames.of("by Mara Quell Feb 21, 2020"));
        assertEquals(Optional.of("Mara Quell"), BylineNames.of("Written by: Mara Quell"));
        assertEquals(Optional.of("Mara Quell"), BylineNames.of("Posted on September 21, 2020 by Mara Quell"));
        assertEquals(Optional.of("Mara Quell"), BylineNames.of("/ Mara Quell / 10:08 am Fri Jul 19, 2013"));
        assertEquals(Optional.of("Mara Quell"), BylineNames.of("About The Author Mara Quell"));
        assertEquals(Optional.of("Mara Quell"), BylineNames.of("Von Mara Quell | Redaktion"));
        assertEquals(Optional.of("Mara Quell, Ivo Brandt"), BylineNames.of("By Mara Quell, Ivo Brandt, 7 Harbour News"));
        assertEquals(Optional.of("Mara Quell and Ivo van Brandt"), BylineNames.of("Posted by Mara Quell and Ivo van Brandt - Port team"));
        assertEquals(Optional.of("Mara L. Quell, PhD, Ivo Brandt, MD"), BylineNames.of("Mara L. Quell, PhD, Ivo Brandt, MD"));
    }

    @Test
    void whatIsNoPersonalNameIsNoByline() {
        for (String s : new String[] {"Published by", "Autoren", "Article by", "17 April 2012 \u2022 2:54pm", "Kay",
                "Jane Doe/Agency files", "About the author Staff Writer View all posts", "", "harbourdesk"}) {
            assertEquals(Optional.empty(), BylineNames.of(s), s);
        }
        assertEquals(Optional.empty(), BylineNames.of(null));
    }
}
