package org.verbatim.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.verbatim.core.clutter.Excluded;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.Report;
import org.verbatim.core.quote.Quote;
import org.verbatim.review.Annotation;

/**
 * The HTML report's content in Markdown (CommonMark with GitHub's tables and strikethrough), for a newsroom chat or a
 * wiki. Report text is escaped so that it prints as written: a {@code <script>} stays text, an asterisk stays an
 * asterisk, a line of a quote starting "1." does not become a list.
 *
 * <p>In a version's text, {@code ~~struck~~} words are left out by other versions, {@code **bold**} words this
 * version added, {@code *italic*} words other versions word differently, and ‸ marks where this version lacks
 * words the others print. Where
 * Markdown could not open or close the emphasis at that place (a mark starting in the middle of a word before a
 * punctuation mark), the words are bracketed instead: {@code {-…-}}, {@code {+…+}}, {@code {~…~}}.
 */
public final class MarkdownReport implements Exporter {

    @Override
    public void write(ExportInput in, Writer out) throws IOException {
        ExportView v = new ExportView(in);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(ExportView.collapse(v.title()))).append("\n\n");
        md.append("*Verbatim · quotes compared across reports*  \n");
        md.append(ExportView.summary(v)).append("\n\n");
        md.append("> Each group shows the versions of one utterance, the reference version (the longest) first. ")
                .append("In the text, ~~struck~~ words are left out by other versions, **bold** words this version ")
                .append("added, *italic* words other versions word differently, and ‸ marks where this version lacks ")
                .append("words the others print. Cosmetic differences (punctuation, typography) are listed in the ")
                .append("tables only.\n\n");
        reports(md, v);
        for (ExportView.Group g : v.groups()) {
            group(md, v, g);
        }
        notes(md, v);
        clutter(md, v);
        out.write(md.toString());
        out.flush();
    }

    private static void reports(StringBuilder md, ExportView v) {
        md.append("## Reports\n\n");
        row(md, "Id", "Title", "Outlet", "Date", "URL and file");
        md.append("|---|---|---|---|---|\n");
        for (Report r : v.reports()) {
            String url = r.meta().url() == null || r.meta().url().isBlank() ? "" : cell(r.meta().url()) + " · ";
            md.append("| ").append(r.id()).append(" | ").append(cell(ExportView.reportTitle(r))).append(" | ")
                    .append(cell(dash(r.meta().outlet()))).append(" | ").append(cell(dash(r.meta().date())))
                    .append(" | ").append(url).append(cell(r.path())).append(" |\n");
        }
        md.append('\n');
    }

    private static void group(StringBuilder md, ExportView v, ExportView.Group g) {
        md.append("## Group ").append(g.id()).append(": ").append(escape(g.speaker())).append(" · ")
                .append(ExportView.count(g.versions().size(), "version")).append(" in ")
                .append(ExportView.count(g.reportCount(), "report")).append("\n\n");
        for (Quote q : g.versions()) {
            Report r = v.report(q.reportId());
            md.append("**").append(r.id()).append("** · ").append(escape(ExportView.reportTitle(r)));
            String meta = ExportView.outletAndDate(r);
            if (!meta.isEmpty()) {
                md.append(" · ").append(escape(meta));
            }
            if (q == g.reference()) {
                md.append(" · *reference*");
            }
            String form = ExportView.formLabel(q);
            if (!form.isEmpty()) {
                md.append(" · *").append(form).append('*');
            }
            md.append("\n\n> ").append(atLineStart(versionText(v.runs(g, q)))).append('\n');
            if (q.attribution().isKnown()) {
                md.append(">\n> — ").append(escape(q.speaker()));
                if (q.attribution().verb() != null) {
                    md.append(", ").append(escape(q.attribution().verb()));
                }
                md.append('\n');
            }
            for (Discrepancy d : v.wholeVersionDifferences(g, q)) {
                String others = String.join(", ", d.reportIds().stream().filter(id -> !id.equals(q.reportId())).toList());
                md.append(">\n> *").append(capitalised(d.kind().description())).append(" (compared with ")
                        .append(others).append(", ").append(d.id()).append(")*\n");
            }
            md.append('\n');
        }
        if (g.discrepancies().isEmpty()) {
            md.append("*The versions agree word for word.*\n\n");
            return;
        }
        row(md, "Id", "Kind", "Severity", "Difference", "Status", "Note");
        md.append("|---|---|---|---|---|---|\n");
        for (Discrepancy d : g.discrepancies()) {
            String note = v.note(d);
            if (!v.tags(d).isEmpty()) {
                note = (note.isEmpty() ? "" : note + " ") + "(tags: " + String.join(", ", v.tags(d)) + ")";
            }
            String severity = d.severity().label();
            md.append("| ").append(d.id()).append(" | ").append(d.kind().plain()).append(" | ")
                    .append(d.severity() == org.verbatim.core.diff.Severity.SUBSTANTIVE ? "**" + severity + "**"
                            : severity)
                    .append(" | ").append(cell(ExportView.describe(d))).append(" | ")
                    .append(cell(v.status(d).label())).append(" | ").append(cell(note)).append(" |\n");
        }
        md.append('\n');
    }

    private static void notes(StringBuilder md, ExportView v) {
        List<Annotation> onText = v.spanNotes();
        List<Annotation> stray = v.strayNotes();
        if (onText.isEmpty() && stray.isEmpty()) {
            return;
        }
        md.append("## Other notes\n\n");
        if (!onText.isEmpty()) {
            md.append("### On the text of the reports\n\n");
            annotationList(md, onText);
        }
        if (!stray.isEmpty()) {
            md.append("### Kept, but their text is no longer found\n\n");
            annotationList(md, stray);
        }
    }

    private static void annotationList(StringBuilder md, List<Annotation> notes) {
        for (Annotation a : notes) {
            md.append("- ").append(a.reportId() != null ? a.reportId() : "—").append(" «")
                    .append(escape(ExportView.excerpt(a.anchor().quote().exact(), HtmlReport.CLUTTER_EXCERPT)))
                    .append("» · ").append(a.status().label());
            if (a.note() != null && !a.note().isEmpty()) {
                md.append(": ").append(escape(ExportView.collapse(a.note())));
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static void clutter(StringBuilder md, ExportView v) {
        md.append("## Left out of the comparison\n\n");
        md.append("Page furniture that the clutter rules, or the user, set aside in each report. Nothing was deleted.")
                .append("\n\n");
        for (Report r : v.reports()) {
            md.append("### ").append(r.id()).append(' ').append(escape(ExportView.reportTitle(r))).append("\n\n");
            List<Excluded> ex = v.excluded(r.id());
            if (ex.isEmpty()) {
                md.append("*Nothing left out.*\n\n");
                continue;
            }
            for (Excluded e : ex) {
                md.append("- **").append(escape(e.reason())).append("**: «")
                        .append(escape(ExportView.excerpt(v.visible(r, e.span()), HtmlReport.CLUTTER_EXCERPT)))
                        .append("»\n");
            }
            md.append('\n');
        }
    }

    // ------------------------------------------------------------------------------------------ the marked text

    private record Piece(String text, ExportView.Mark mark) {}

    /** A version's runs as one line of Markdown, whitespace collapsed, report text escaped. */
    static String versionText(List<ExportView.Run> runs) {
        List<Piece> pieces = new ArrayList<>();
        for (ExportView.Run run : runs) {
            String text = run.text().replaceAll("\\s+", " ");
            if (run.mark() == ExportView.Mark.GAP) {
                if (!run.cosmetic()) {
                    pieces.add(new Piece("‸", ExportView.Mark.PLAIN));
                }
            } else if (run.mark() == ExportView.Mark.PLAIN || run.cosmetic() || text.isBlank()) {
                pieces.add(new Piece(escape(text), ExportView.Mark.PLAIN));
            } else {
                // emphasis cannot start or end on a space: keep the spaces outside the marks
                String core = text.strip();
                int lead = text.indexOf(core);
                pieces.add(new Piece(text.substring(0, lead), ExportView.Mark.PLAIN));
                pieces.add(new Piece(escape(core), run.mark()));
                pieces.add(new Piece(text.substring(lead + core.length()), ExportView.Mark.PLAIN));
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.mark() == ExportView.Mark.PLAIN) {
                out.append(p.text());
                continue;
            }
            int before = out.length() == 0 ? -1 : out.codePointBefore(out.length());
            int after = -1;
            for (int k = i + 1; k < pieces.size() && after < 0; k++) {
                if (!pieces.get(k).text().isEmpty()) {
                    after = pieces.get(k).text().codePointAt(0);
                }
            }
            String[] marks = switch (p.mark()) {
                case DELETED -> new String[] {"~~", "{-", "-}"};
                case INSERTED -> new String[] {"**", "{+", "+}"};
                default -> new String[] {"*", "{\\~", "\\~}"};
            };
            int first = p.text().codePointAt(0);
            int last = p.text().codePointBefore(p.text().length());
            if (canOpen(before, first) && canClose(last, after)) {
                out.append(marks[0]).append(p.text()).append(marks[0]);
            } else {
                out.append(marks[1]).append(p.text()).append(marks[2]);
            }
        }
        return out.toString().strip();
    }

    /** CommonMark's left-flanking rule; -1 stands for the start or end of the line. */
    static boolean canOpen(int before, int first) {
        if (isSpace(first)) {
            return false;
        }
        return !isPunctuation(first) || before < 0 || isSpace(before) || isPunctuation(before);
    }

    /** CommonMark's right-flanking rule. */
    static boolean canClose(int last, int after) {
        if (isSpace(last)) {
            return false;
        }
        return !isPunctuation(last) || after < 0 || isSpace(after) || isPunctuation(after);
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isPunctuation(int c) {
        if (c < 128) {
            return c > 32 && c < 127 && !Character.isLetterOrDigit(c);
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    // ------------------------------------------------------------------------------------------------ escaping

    /** Characters that mean something to Markdown wherever they stand. */
    private static final String SPECIAL = "\\`*_[]<>|~#";

    /**
     * Report text as inline Markdown that prints as written: the characters Markdown reads as syntax get a backslash,
     * an ampersand that could start an entity too. Line breaks are kept; callers collapse them where a line must stay
     * one line.
     */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            } else if (c == '&' && i + 1 < s.length()
                    && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '#')) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Escaped text that starts a line: a leading "-", "+", "=" or "1." would start a list or underline a heading. */
    static String atLineStart(String escaped) {
        String s = escaped.stripLeading();
        if (s.isEmpty()) {
            return s;
        }
        if ("-+=".indexOf(s.charAt(0)) >= 0) {
            return "\\" + s;
        }
        int digits = 0;
        while (digits < s.length() && digits < 10 && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < s.length() && (s.charAt(digits) == '.' || s.charAt(digits) == ')')) {
            return s.substring(0, digits) + "\\" + s.substring(digits);
        }
        return s;
    }

    /** Text for a table cell: one line, escaped (pipes too). */
    private static String cell(String s) {
        return escape(ExportView.collapse(s));
    }

    private static void row(StringBuilder md, String... cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
