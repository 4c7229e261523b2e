package io.livedrop.creator.page;

/** Limits and clean-up of the free text on a page. */
final class PageText {

    static final int DISPLAY_NAME_MAX = 60;
    static final int BIO_MAX = 500;

    private PageText() {
    }

    /** Surrounding white space is not part of what a creator means to say; null stays null. */
    static String clean(String text) {
        return text == null ? null : text.strip();
    }
}
