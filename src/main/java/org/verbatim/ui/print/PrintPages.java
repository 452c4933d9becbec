package org.verbatim.ui.print;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.verbatim.core.Comparison;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.quote.Quote;
import org.verbatim.export.ExportInput;
import org.verbatim.review.Annotation;
import org.verbatim.review.AnnotationStatus;

/**
 * The discrepancy report laid out as printed pages: the story's title and its reports, then each
 * discrepancy with its group, speaker, kind, severity, status, the two versions (the reference's words
 * struck through, the other's underlined, so the marks survive a black-and-white printer) and the note.
 * Blocks are measured at the printable width and go on the next page when they do not fit.
 */
public final class PrintPages {

    private static final Font BODY = Font.font("System", 10);
    private static final Font SMALL = Font.font("System", 8.5);
    private static final Font HEAD = Font.font("System", FontWeight.BOLD, 11);
    private static final Font TITLE = Font.font("System", FontWeight.BOLD, 16);

    private PrintPages() {}

    /**
     * The pages, each a node no taller than {@code height} and no wider than {@code width} (points). Call on
     * the JavaFX thread.
     */
    public static List<Region> paginate(ExportInput in, double width, double height) {
        List<Region> blocks = blocks(in, width);
        List<Region> pages = new ArrayList<>();
        VBox page = newPage(width);
        double used = 0;
        for (Region block : blocks) {
            double h = measure(block, width);
            if (used > 0 && used + h > height) {
                pages.add(page);
                page = newPage(width);
                used = 0;
            }
            page.getChildren().add(block);
            used += h + page.getSpacing();
        }
        if (!page.getChildren().isEmpty()) {
            pages.add(page);
        }
        int n = 1;
        for (Region p : pages) {
            p.setUserData("page " + n++ + " of " + pages.size());
        }
        return pages;
    }

    private static VBox newPage(double width) {
        VBox page = new VBox(8);
        page.setPrefWidth(width);
        page.setMaxWidth(width);
        page.setStyle("-fx-background-color: white;");
        return page;
    }

    /** A block's height at the page's width, laid out as it will be printed. */
    static double measure(Region block, double width) {
        block.setPrefWidth(width);
        block.setMaxWidth(width);
        Group holder = new Group(block);
        new Scene(holder);
        block.applyCss();
        block.layout();
        double h = block.prefHeight(width);
        holder.getChildren().clear();
        return h;
    }

    private static List<Region> blocks(ExportInput in, double width) {
        Comparison c = in.comparison();
        List<Region> out = new ArrayList<>();
        out.add(flow(width, text(in.title(), TITLE)));
        Map<String, String> titles = new HashMap<>();
        for (Comparison.ReportResult r : c.reports()) {
            ReportMeta m = r.report().meta();
            String title = m.title() != null ? m.title() : r.report().path();
            titles.put(r.report().id(), title);
            StringBuilder where = new StringBuilder();
            for (String part : new String[] {m.outlet(), m.date(), m.url()}) {
                if (part != null && !part.isBlank()) {
                    where.append(where.length() == 0 ? "" : " \u00B7 ").append(part);
                }
            }
            out.add(flow(width, text(title, HEAD), text(where.length() == 0 ? "" : "\n" + where, SMALL)));
        }
        Map<String, Annotation> notes = new HashMap<>();
        in.annotations().forEach(a -> {
            if (a.fingerprint() != null) {
                notes.put(a.fingerprint(), a);
            }
        });
        Map<String, String> groupNumber = new HashMap<>();
        int g = 0;
        for (Cluster cl : c.clusters()) {
            if (cl.isGroup()) {
                groupNumber.put(cl.id(), String.valueOf(++g));
            }
        }
        Map<String, Quote> quotes = c.quotesById();
        out.add(flow(width, text(c.discrepancies().size() + " discrepancies", HEAD)));
        for (Discrepancy d : c.discrepancies()) {
            Annotation a = notes.get(d.fingerprint());
            AnnotationStatus status = a == null ? AnnotationStatus.UNREVIEWED : a.status();
            String speaker = quotes.get(d.referenceQuoteId()).speaker();
            Text head = text("Group " + groupNumber.getOrDefault(d.clusterId(), "?") + " \u00B7 "
                    + (speaker == null ? "?" : speaker) + " \u00B7 " + d.kind().plain() + " \u00B7 "
                    + d.severity().label() + " \u00B7 " + status.label() + "\n", HEAD);
            List<Node> parts = new ArrayList<>(List.of(head));
            for (int i = 0; i < d.readings().size(); i++) {
                Discrepancy.Reading r = d.readings().get(i);
                String who = String.join(", ", r.spans().stream().map(l -> titles.getOrDefault(l.reportId(),
                        l.reportId())).distinct().toList());
                parts.add(text((i == 0 ? "" : "\n") + who + ": ", SMALL));
                Text words = text(r.isEmpty() ? "(nothing)" : r.text(), BODY);
                // the reference's words struck through, the others' underlined, as on screen
                words.setStrikethrough(i == 0 && !r.isEmpty());
                words.setUnderline(i > 0 && !r.isEmpty());
                parts.add(words);
            }
            if (a != null && a.note() != null && !a.note().isBlank()) {
                parts.add(text("\nNote: " + a.note(), BODY));
            }
            TextFlow block = flow(width, parts.toArray(Node[]::new));
            block.setPadding(new Insets(4, 0, 4, 0));
            block.setStyle("-fx-border-color: transparent transparent #cccccc transparent;");
            out.add(block);
        }
        return out;
    }

    private static Text text(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        t.setFill(Color.BLACK);
        return t;
    }

    private static TextFlow flow(double width, Node... parts) {
        TextFlow f = new TextFlow(parts);
        f.setPrefWidth(width);
        f.setMaxWidth(width);
        return f;
    }
}
