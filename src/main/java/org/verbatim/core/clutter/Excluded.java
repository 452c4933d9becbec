package org.verbatim.core.clutter;

import org.verbatim.core.model.Span;

/**
 * A span of a report that is not the story (a newsletter appeal, a share bar, a crawler's marker),
 * marked so the comparison skips it. Nothing is deleted: the display dims it and the user can re-include it.
 *
 * @param span   where it is in the original text
 * @param reason why it was marked, in a few words ("newsletter appeal", "link list", "excluded by the user")
 */
public record Excluded(Span span, String reason) {}
