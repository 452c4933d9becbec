package org.verbatim.export;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.verbatim.core.clutter.Excluded;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.model.Report;
import org.verbatim.core.quote.Quote;
import org.verbatim.review.Annotation;
import org.verbatim.review.AnnotationStatus;

/**
 * The comparison as one self-contained HTML page for people: the memo to the desk, the sheet for a class. Inline CSS,
 * no script, nothing loaded from the network (a Content-Security-Policy says so to the browser), and a print layout
 * with each quote group on a page of its own.
 *
 * <p>The page is built as a jsoup tree: every piece of report text goes in through {@code text()} or
 * {@code attr()}, so it is escaped, never parsed as markup. Links are made only for http and https addresses.
 */
public final class HtmlReport implements Exporter {

    /** Clutter is listed with this many characters of its text. */
    static final int CLUTTER_EXCERPT = 240;

    @Override
    public void write(ExportInput in, Writer out) throws IOException {
        out.write(render(new ExportView(in)).outerHtml());
        out.write('\n');
        out.flush();
    }

    Document render(ExportView v) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        doc.insertChildren(0, new DocumentType("html", "", ""));
        doc.selectFirst("html").attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", "default-src 'none'; style-src 'unsafe-inline'");
        head.appendElement("meta").attr("name", "generator").attr("content", "Verbatim");
        head.appendElement("title").text(v.title() + " · Verbatim comparison");
        head.appendElement("style").appendChild(new DataNode(CSS));

        Element body = doc.body();
        masthead(body, v);
        legend(body);
        reports(body, v);
        for (ExportView.Group g : v.groups()) {
            group(body, v, g);
        }
        notes(body, v);
        clutter(body, v);
        return doc;
    }

    private static void masthead(Element body, ExportView v) {
        Element h = body.appendElement("header").addClass("masthead");
        h.appendElement("p").addClass("kicker").text("Verbatim · quotes compared across reports");
        h.appendElement("h1").text(v.title());
        h.appendElement("p").addClass("summary").text(ExportView.summary(v));
        nl(body);
    }

    private static void legend(Element body) {
        Element s = body.appendElement("section").addClass("legend").attr("aria-label", "How to read the marks");
        Element p = s.appendElement("p");
        p.appendText("Each group shows the versions of one utterance, the reference version (the longest) first. "
                + "Marks show each version's part in every place where the versions differ: ");
        p.appendElement("del").addClass("diff del").text("struck through");
        p.appendText(" words other versions leave out, ");
        p.appendElement("ins").addClass("diff ins").text("underlined");
        p.appendText(" words this version added, ");
        p.appendElement("mark").addClass("diff chg").text("wavy");
        p.appendText(" words other versions word differently, ");
        p.appendElement("span").addClass("diff gap").text("‸");
        p.appendText(" where this version lacks words the others print, ");
        p.appendElement("mark").addClass("diff chg cosmetic").text("dotted");
        p.appendText(" a cosmetic difference (punctuation, typography, case, spelling). "
                + "The small ids lead to the table under each group.");
        nl(body);
    }

    private static void reports(Element body, ExportView v) {
        Element s = body.appendElement("section").attr("id", "reports");
        s.appendElement("h2").text("Reports");
        Element table = s.appendElement("table").addClass("reports");
        Element cols = table.appendElement("colgroup");
        for (String c : List.of("c-id", "c-title", "c-outlet", "c-date", "c-source")) {
            cols.appendElement("col").addClass(c);
        }
        Element tr = table.appendElement("thead").appendElement("tr");
        for (String c : List.of("Id", "Title", "Outlet", "Date", "URL and file")) {
            tr.appendElement("th").attr("scope", "col").text(c);
        }
        Element tbody = table.appendElement("tbody");
        for (Report r : v.reports()) {
            Element row = tbody.appendElement("tr").attr("id", "report-" + r.id());
            row.appendElement("td").appendElement("span").addClass("rid").text(r.id());
            row.appendElement("td").text(ExportView.reportTitle(r));
            row.appendElement("td").text(orDash(r.meta().outlet()));
            row.appendElement("td").addClass("nowrap").text(orDash(r.meta().date()));
            Element src = row.appendElement("td").addClass("source");
            if (r.meta().url() != null && !r.meta().url().isBlank()) {
                link(src.appendElement("div"), r.meta().url());
            }
            src.appendElement("div").addClass("file").text(r.path());
            nl(tbody);
        }
        nl(body);
    }

    private static void group(Element body, ExportView v, ExportView.Group g) {
        Element s = body.appendElement("section").addClass("group").attr("id", "group-" + g.id())
                .attr("data-group", g.id());
        Element h = s.appendElement("h2");
        h.appendText("Group " + g.id() + ": " + g.speaker());
        h.appendElement("span").addClass("count").text(ExportView.count(g.versions().size(), "version") + " in "
                + ExportView.count(g.reportCount(), "report"));
        Element list = s.appendElement("ol").addClass("versions");
        for (Quote q : g.versions()) {
            version(list, v, g, q);
        }
        if (g.discrepancies().isEmpty()) {
            s.appendElement("p").addClass("agree").text("The versions agree word for word.");
        } else {
            discrepancyTable(s, v, g);
        }
        nl(body);
    }

    private static void version(Element list, ExportView v, ExportView.Group g, Quote q) {
        Report r = v.report(q.reportId());
        Element li = list.appendElement("li").addClass("version").attr("data-quote", q.id())
                .attr("data-report", r.id());
        if (q == g.reference()) {
            li.addClass("reference");
        }
        Element src = li.appendElement("p").addClass("source");
        src.appendElement("span").addClass("rid").text(r.id());
        src.appendText(" ");
        src.appendElement("span").addClass("rtitle").text(ExportView.reportTitle(r));
        String meta = ExportView.outletAndDate(r);
        if (!meta.isEmpty()) {
            src.appendText(" ");
            src.appendElement("span").addClass("meta").text(meta);
        }
        if (q == g.reference()) {
            src.appendText(" ");
            src.appendElement("span").addClass("tag").text("reference");
        }
        String form = ExportView.formLabel(q);
        if (!form.isEmpty()) {
            src.appendText(" ");
            src.appendElement("span").addClass("tag").text(form);
        }
        Element text = li.appendElement("blockquote").addClass("text");
        for (ExportView.Run run : v.runs(g, q)) {
            run(text, run);
        }
        if (q.attribution().isKnown()) {
            li.appendElement("p").addClass("attribution").text("— " + q.speaker()
                    + (q.attribution().verb() != null ? ", " + q.attribution().verb() : ""));
        }
        for (Discrepancy d : v.wholeVersionDifferences(g, q)) {
            Element p = li.appendElement("p").addClass("whole");
            String others = String.join(", ", d.reportIds().stream().filter(id -> !id.equals(q.reportId())).toList());
            p.appendText(d.kind().description().substring(0, 1).toUpperCase(Locale.ROOT)
                    + d.kind().description().substring(1) + " (compared with " + others + ") ");
            p.appendElement("a").addClass("ref").attr("href", "#" + d.id()).text(d.id());
        }
        nl(list);
    }

    private static void run(Element parent, ExportView.Run run) {
        Element e;
        switch (run.mark()) {
            case PLAIN -> {
                parent.appendText(run.text());
                return;
            }
            case DELETED -> e = parent.appendElement("del").addClass("diff del").text(run.text());
            case INSERTED -> e = parent.appendElement("ins").addClass("diff ins").text(run.text());
            case CHANGED -> e = parent.appendElement("mark").addClass("diff chg").text(run.text());
            default -> e = parent.appendElement("span").addClass("diff gap").attr("role", "img")
                    .attr("aria-label", "words missing here").text("‸");
        }
        e.attr("title", run.title()).attr("data-d", String.join(" ", run.discrepancies()));
        if (run.cosmetic()) {
            e.addClass("cosmetic");
        } else {
            Element sup = parent.appendElement("sup").addClass("refs");
            for (int i = 0; i < run.discrepancies().size(); i++) {
                if (i > 0) {
                    sup.appendText(",");
                }
                String id = run.discrepancies().get(i);
                sup.appendElement("a").addClass("ref").attr("href", "#" + id).text(id);
            }
        }
    }

    private static void discrepancyTable(Element s, ExportView v, ExportView.Group g) {
        Element table = s.appendElement("table").addClass("discrepancies");
        table.appendElement("caption").text("Differences in group " + g.id());
        Element cols = table.appendElement("colgroup");
        for (String c : List.of("c-id", "c-kind", "c-severity", "c-diff", "c-status", "c-note")) {
            cols.appendElement("col").addClass(c);
        }
        Element tr = table.appendElement("thead").appendElement("tr");
        for (String c : List.of("Id", "Kind", "Severity", "Difference", "Status", "Note")) {
            tr.appendElement("th").attr("scope", "col").text(c);
        }
        Element tbody = table.appendElement("tbody");
        for (Discrepancy d : g.discrepancies()) {
            AnnotationStatus status = v.status(d);
            Element row = tbody.appendElement("tr").attr("id", d.id()).attr("data-fingerprint", d.fingerprint())
                    .addClass(d.severity().label()).addClass("status-" + status.key());
            row.appendElement("td").addClass("did").text(d.id());
            row.appendElement("td").attr("data-kind", d.kind().label()).text(d.kind().plain());
            row.appendElement("td").addClass("severity").text(d.severity().label());
            Element diff = row.appendElement("td").addClass("difference");
            for (int i = 0; i < d.readings().size(); i++) {
                if (i > 0) {
                    diff.appendText(" · ");
                }
                reading(diff, d.readings().get(i));
            }
            row.appendElement("td").appendElement("span").addClass("status").addClass(status.key())
                    .text(status.label());
            Element note = row.appendElement("td").addClass("note");
            if (!v.note(d).isEmpty()) {
                note.appendElement("div").addClass("note-text").text(v.note(d));
            }
            if (!v.tags(d).isEmpty()) {
                Element tags = note.appendElement("div").addClass("tags");
                for (String t : v.tags(d)) {
                    tags.appendElement("span").addClass("tag").text(t);
                }
            }
            nl(tbody);
        }
    }

    /** One reading: its words (or "(nothing)"), then the reports that print it. */
    private static void reading(Element cell, Discrepancy.Reading r) {
        if (r.isEmpty()) {
            cell.appendElement("span").addClass("nothing").text("(nothing)");
        } else {
            cell.appendElement("span").addClass("words").text(ExportView.excerpt(r.text(), ExportView.SIDE_EXCERPT));
        }
        cell.appendText(" ");
        cell.appendElement("span").addClass("rid").text(ExportView.whoPrints(r));
    }

    private static void notes(Element body, ExportView v) {
        List<Annotation> onText = v.spanNotes();
        List<Annotation> stray = v.strayNotes();
        if (onText.isEmpty() && stray.isEmpty()) {
            return;
        }
        Element s = body.appendElement("section").attr("id", "notes");
        s.appendElement("h2").text("Other notes");
        if (!onText.isEmpty()) {
            s.appendElement("h3").text("On the text of the reports");
            annotationList(s, v, onText);
        }
        if (!stray.isEmpty()) {
            s.appendElement("h3").text("Kept, but their text is no longer found");
            annotationList(s, v, stray);
        }
        nl(body);
    }

    private static void annotationList(Element s, ExportView v, List<Annotation> notes) {
        Element ul = s.appendElement("ul").addClass("annotations");
        for (Annotation a : notes) {
            Element li = ul.appendElement("li");
            li.appendElement("span").addClass("rid").text(a.reportId() != null ? a.reportId() : "—");
            li.appendText(" ");
            li.appendElement("q").text(ExportView.excerpt(a.anchor().quote().exact(), CLUTTER_EXCERPT));
            li.appendText(" ");
            li.appendElement("span").addClass("status").addClass(a.status().key()).text(a.status().label());
            if (a.note() != null && !a.note().isEmpty()) {
                li.appendElement("div").addClass("note-text").text(a.note());
            }
        }
    }

    private static void clutter(Element body, ExportView v) {
        Element s = body.appendElement("section").attr("id", "clutter");
        s.appendElement("h2").text("Left out of the comparison");
        s.appendElement("p").text("Page furniture that the clutter rules, or the user, set aside in each report: "
                + "newsletter appeals, share bars, link lists. Nothing was deleted.");
        for (Report r : v.reports()) {
            Element sub = s.appendElement("div").addClass("clutter-report").attr("data-report", r.id());
            Element h = sub.appendElement("h3");
            h.appendElement("span").addClass("rid").text(r.id());
            h.appendText(" " + ExportView.reportTitle(r));
            List<Excluded> ex = v.excluded(r.id());
            if (ex.isEmpty()) {
                sub.appendElement("p").addClass("none").text("Nothing left out.");
                continue;
            }
            Element ul = sub.appendElement("ul").addClass("clutter");
            for (Excluded e : ex) {
                Element li = ul.appendElement("li");
                li.appendElement("span").addClass("reason").text(e.reason());
                li.appendText(" ");
                li.appendElement("q").text(ExportView.excerpt(v.visible(r, e.span()), CLUTTER_EXCERPT));
            }
        }
        nl(body);
    }

    /** A link for web addresses; any other scheme (javascript:, data:, file:) stays text. */
    private static void link(Element parent, String url) {
        if (isWebAddress(url)) {
            parent.appendElement("a").attr("href", url.strip()).text(url.strip());
        } else {
            parent.appendElement("span").addClass("url").text(url);
        }
    }

    static boolean isWebAddress(String url) {
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /** A line break in the source, so the file reads well in an editor; HTML ignores it. */
    private static void nl(Element e) {
        e.appendText("\n");
    }

    static final String CSS = """
            :root { --ink: #1b1b1b; --muted: #5f5f5f; --rule: #c9c9c9; --paper: #fff;
              --del: #d55e00; --del-bg: #fbe0cf; --ins: #0072b2; --ins-bg: #d6e9f6;
              --chg: #9a6a00; --chg-bg: #fdefbf; }
            * { box-sizing: border-box; }
            html { background: #f3f2ef; }
            body { color: var(--ink); background: var(--paper); max-width: 58rem; margin: 1.5rem auto;
              padding: 1.5rem 2rem 2.5rem; font: 15px/1.5 system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
            h1 { font: 700 1.9rem/1.2 Georgia, "DejaVu Serif", serif; margin: .2rem 0 .4rem; }
            h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; }
            h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
            .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .75rem; color: var(--muted);
              margin: 0; }
            .summary { color: var(--muted); margin: 0; }
            .legend { font-size: .85rem; color: var(--muted); border: 1px solid var(--rule); border-radius: 4px;
              padding: .4rem .8rem; margin-top: 1rem; }
            .legend p { margin: 0; }
            table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: .85rem; margin: .6rem 0; }
            caption { text-align: left; font-weight: 600; padding: .2rem 0; }
            th, td { text-align: left; vertical-align: top; padding: .3rem .4rem; border-bottom: 1px solid var(--rule);
              overflow-wrap: break-word; }
            thead th { border-bottom: 2px solid var(--ink); }
            col.c-id { width: 6%; } col.c-outlet { width: 20%; } col.c-date { width: 6.5rem; }
            col.c-source { width: 28%; }
            col.c-kind { width: 13%; } col.c-severity { width: 13%; } col.c-status { width: 16%; }
            col.c-note { width: 22%; }
            .nowrap { white-space: nowrap; }
            .source .file, .source .url { color: var(--muted); }
            a { color: #005a8c; }
            .rid { font: 600 .8em/1 ui-monospace, "DejaVu Sans Mono", monospace; background: #ecebe7;
              border-radius: 3px; padding: .1em .3em; }
            .group h2 .count { font-weight: 400; font-size: .85rem; color: var(--muted); margin-left: .6rem; }
            ol.versions { list-style: none; padding: 0; margin: 0; }
            .version { display: block; border-left: 4px solid var(--rule); padding: .2rem 0 .2rem .8rem;
              margin: 0 0 .9rem; }
            .version.reference { border-left-color: var(--ink); }
            .version .source { margin: 0 0 .2rem; font-size: .85rem; }
            .version .meta { color: var(--muted); }
            .tag { display: inline-block; font-size: .75rem; border: 1px solid var(--rule); border-radius: 3px;
              padding: 0 .3em; margin-right: .2em; color: var(--muted); }
            blockquote.text { margin: 0; font: 1.05rem/1.6 Georgia, "DejaVu Serif", serif; white-space: pre-wrap; }
            .attribution, .whole { margin: .1rem 0 0; font-size: .85rem; color: var(--muted); }
            .diff { color: inherit; text-decoration-thickness: 2px; text-decoration-skip-ink: none;
              -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            del.diff { background: var(--del-bg); text-decoration: line-through 2px var(--del); }
            ins.diff { background: var(--ins-bg); text-decoration: underline 2px solid var(--ins);
              text-underline-offset: .15em; }
            mark.diff { background: var(--chg-bg); text-decoration: underline wavy 1.5px var(--chg);
              text-underline-offset: .2em; }
            .diff.gap { display: inline-block; color: var(--del); background: var(--del-bg); font-weight: 700;
              border: 1px dashed var(--del); border-radius: 3px; line-height: 1; padding: 0 .15em .1em;
              margin: 0 .1em; font-size: .85em; vertical-align: .1em; }
            .diff.cosmetic { background: none; text-decoration: underline dotted 2px var(--muted); }
            .diff.gap.cosmetic { color: var(--muted); background: none; border-color: var(--muted); }
            sup.refs { font: .65rem/1 ui-monospace, "DejaVu Sans Mono", monospace; color: var(--muted);
              margin-left: .1em; }
            sup.refs a { color: var(--muted); text-decoration: none; }
            .discrepancies tr.substantive .severity { font-weight: 700; }
            .difference .words { font-family: Georgia, "DejaVu Serif", serif; background: #efede7; }
            .difference .nothing { color: var(--muted); font-style: italic; }
            .status { display: inline-block; border-radius: 3px; padding: 0 .35em; border: 1px solid var(--rule); }
            .status.confirmed { border-color: var(--del); background: var(--del-bg); font-weight: 600; }
            .status.acceptable { border-color: #009e73; background: #d3efe6; }
            .status.our-error { border-color: #cc79a7; background: #f6e1ec; font-weight: 600; }
            .status.follow-up { border-color: #e69f00; background: #fdefbf; }
            .status.unreviewed { color: var(--muted); }
            .note-text { white-space: pre-wrap; }
            ul.clutter, ul.annotations { padding-left: 1.1rem; font-size: .85rem; }
            ul.clutter li { margin-bottom: .3rem; }
            .reason { font-weight: 600; }
            ul.clutter q { color: var(--muted); }
            .agree, .none { color: var(--muted); font-style: italic; }
            @media screen and (max-width: 760px) {
              body { margin: 0; padding: 1rem .8rem 2rem; font-size: 14px; }
              table { font-size: .75rem; }
              th, td { padding: .25rem .25rem; }
            }
            @page { size: A4; margin: 16mm 15mm; }
            @media print {
              html { background: none; }
              body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
              table { font-size: 8pt; }
              .group, #clutter { break-before: page; }
              .version, tr, .clutter li { break-inside: avoid; }
              h2, h3, caption { break-after: avoid; }
              a { color: inherit; text-decoration: none; }
              .legend, .status, .rid, .tag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;
}
