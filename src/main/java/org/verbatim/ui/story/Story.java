package org.verbatim.ui.story;

import java.util.List;
import java.util.Objects;

import org.verbatim.core.model.Report;

/**
 * A story as the interim window shows it: a title and its reports, in display order.
 *
 * @param title   the story's title, shown in the window title; never null
 * @param reports the reports, in display order
 */
public record Story(String title, List<Report> reports) {

    public Story {
        Objects.requireNonNull(title, "title");
        reports = List.copyOf(reports);
    }
}
