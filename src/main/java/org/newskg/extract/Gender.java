package org.newskg.extract;

/** A person's grammatical gender, as the article shows it (titles, pronouns); for resolving "he" and "she". */
enum Gender {
    MALE,
    FEMALE
}
