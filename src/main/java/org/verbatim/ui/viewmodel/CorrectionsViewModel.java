package org.verbatim.ui.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.verbatim.core.Comparison;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.model.Span;
import org.verbatim.core.quote.Attribution;
import org.verbatim.core.quote.Quote;
import org.verbatim.store.CorrectionRequest;

/**
 * The user's corrections of the quotes, speakers and groups the engine found, as the report panes offer them:
 * which quote a click or selection is on, where it can be moved, and each correction made through
 * {@link WorkbenchViewModel#change} (on the project's lane, then compared again; Undo takes it back).
 */
public final class CorrectionsViewModel {

    /** A group a quote can be moved into, as the "Move to group" dialog lists it. */
    public record Group(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final WorkbenchViewModel workbench;

    public CorrectionsViewModel(WorkbenchViewModel workbench) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
    }

    /**
     * The quotation of a report under {@code at} (a selection, or an empty span at a click), the innermost when
     * quotes nest; empty when there is none or nothing is compared yet.
     */
    public Optional<Quote> quoteAt(String reportId, Span at) {
        Comparison c = workbench.comparison();
        if (c == null) {
            return Optional.empty();
        }
        int middle = at.start() + at.length() / 2;
        return c.quotes().stream()
                .filter(q -> q.reportId().equals(reportId) && q.span().start() <= middle && middle < q.span().end()
                        || q.reportId().equals(reportId) && !at.isEmpty() && q.span().equals(at))
                .min((a, b) -> Integer.compare(a.span().length(), b.span().length()));
    }

    /** The groups {@code q} can be moved into (each of two or more versions, not its own), in the list's order. */
    public List<Group> groupsToMoveTo(Quote q) {
        Comparison c = workbench.comparison();
        List<Group> out = new ArrayList<>();
        if (c == null) {
            return out;
        }
        var quotes = c.quotesById();
        for (Cluster cl : c.clusters()) {
            if (cl.isGroup() && !cl.quoteIds().contains(q.id())) {
                Quote first = quotes.get(cl.quoteIds().get(0));
                String words = first.text().strip().replaceAll("\\s+", " ");
                out.add(new Group(cl.id(), (first.speaker() != null ? first.speaker() : "speaker unknown") + ": «"
                        + (words.length() > 50 ? words.substring(0, 49) + "…" : words) + "» ("
                        + cl.quoteIds().size() + " versions)"));
            }
        }
        return out;
    }

    /** Whether the user set (or cleared) the speaker of {@code q}. */
    public static boolean speakerSetByUser(Quote q) {
        return q.attribution().how() == Attribution.How.USER;
    }

    /** Marks the words at {@code span} of a report as a quotation. */
    public void markQuote(String reportId, Span span) {
        if (span.isEmpty()) {
            workbench.messageProperty().set(UserMessage.info("Nothing selected",
                    "Select the quoted words in a report first, then choose Mark as a quote."));
            return;
        }
        workbench.change("Marking the words as a quote", store -> {
            store.correct(new CorrectionRequest.MarkQuote(reportId, span));
            return null;
        });
    }

    public void notAQuote(Quote q) {
        correct("Marking a quote as not a quote", q, new CorrectionRequest.NotAQuote(q.id()));
    }

    public void term(Quote q) {
        correct("Marking a quote as a term", q, new CorrectionRequest.Term(q.id()));
    }

    public void keepAlone(Quote q) {
        correct("Taking a quote out of its group", q, new CorrectionRequest.Alone(q.id()));
    }

    public void moveToGroup(Quote q, Group target) {
        correct("Moving a quote to another group", q, new CorrectionRequest.Move(q.id(), target.id()));
    }

    /** Sets the speaker; a blank name is refused with a message (Clear speaker says nobody is named). */
    public void setSpeaker(Quote q, String name) {
        if (name == null || name.isBlank()) {
            workbench.messageProperty().set(UserMessage.info("No speaker given",
                    "Type the speaker's name, or choose Clear speaker when nobody is named."));
            return;
        }
        correct("Setting the speaker of a quote", q, new CorrectionRequest.Speaker(q.id(), name.strip()));
    }

    /** Nobody is named as the speaker. */
    public void clearSpeaker(Quote q) {
        correct("Clearing the speaker of a quote", q, new CorrectionRequest.Speaker(q.id(), null));
    }

    /**
     * Makes the correction on the project's lane, if the quote is still what the store's comparison calls
     * {@code q}'s id (another change may have compared the reports again in between).
     */
    private void correct(String label, Quote q, CorrectionRequest request) {
        workbench.change(label, store -> {
            Quote now = store.comparison().quotesById().get(q.id());
            if (now == null || !now.reportId().equals(q.reportId()) || !now.span().equals(q.span())) {
                return UserMessage.info("The reports were compared again",
                        "The quote moved while the reports were compared again; choose it again, then the correction.");
            }
            store.correct(request);
            return null;
        });
    }
}
