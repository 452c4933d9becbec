package org.verbatim.ui.highlight;

/**
 * The style classes the window's stylesheet ({@code verbatim.css}) defines for highlights.
 * Use these names when converting engine spans into {@link Highlight}s.
 */
public final class HighlightStyles {

    /** A quotation: soft background. Combine with {@link #quoteGroup(int)} to colour it by group. */
    public static final String QUOTE = "quote";
    /** Added to a quotation the user marked, or whose speaker the user set: a dotted outline. */
    public static final String USER_QUOTE = "quote-user";
    /** Text that is not part of the story (newsletter prompts, share buttons): dimmed grey. */
    public static final String CLUTTER = "clutter";
    /** Words this version added, that the reference version lacks: underlined. */
    public static final String DIFF_INS = "diff-ins";
    /** Words this version prints that other versions dropped: struck through. */
    public static final String DIFF_DEL = "diff-del";
    /** Words this version prints otherwise than another: wavy underline. */
    public static final String DIFF_CHG = "diff-chg";
    /** Where this version lacks words the others print: the space there, boxed. */
    public static final String DIFF_GAP = "diff-gap";

    /** How many distinct quote-group colours the stylesheet has; groups beyond this reuse colours. */
    public static final int QUOTE_GROUP_COLOURS = 8;

    private HighlightStyles() {}

    /** {@code "quote-N"} with N in 0..7; any group number is accepted and wraps around. */
    public static String quoteGroup(int group) {
        return "quote-" + Math.floorMod(group, QUOTE_GROUP_COLOURS);
    }

    /** Both classes of a grouped quote, {@code "quote quote-N"}, ready for {@link Highlight#styleClass()}. */
    public static String groupedQuote(int group) {
        return QUOTE + " " + quoteGroup(group);
    }
}
