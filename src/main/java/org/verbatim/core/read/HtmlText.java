package org.verbatim.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML element as paragraphs: every block element (paragraph, heading, list item,
 * block quote, table cell, ...) starts and ends a paragraph, paragraphs are joined by a blank line
 * ({@code "\n\n"}), whitespace inside a paragraph collapses to one space, {@code <br>} is a line break and
 * {@code <pre>} keeps its whitespace. Scripts, styles, forms' buttons and elements marked {@code hidden} are
 * left out. Stateless.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
            "tfoot", "th", "thead", "tr", "ul", "body", "html");

    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "button",
            "select", "textarea", "input", "head", "title", "meta", "link");

    private HtmlText() {
    }

    /** The text of {@code root}, paragraphs separated by a blank line; empty when it shows no text. */
    static String of(Element root) {
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, root);
        collector.endParagraph();
        return String.join("\n\n", collector.paragraphs);
    }

    private static boolean isSkipped(Element e) {
        return SKIPPED.contains(e.normalName()) || e.hasAttr("hidden")
                || "true".equals(e.attr("aria-hidden").toLowerCase(Locale.ROOT))
                || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none");
    }

    private static final class Collector implements NodeVisitor {
        final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private boolean pendingSpace;
        private int preDepth;
        private Node skipping;

        @Override
        public void head(Node node, int depth) {
            if (skipping != null) {
                return;
            }
            if (node instanceof TextNode t) {
                if (preDepth > 0) {
                    appendVerbatim(t.getWholeText());
                } else {
                    appendCollapsed(t.getWholeText());
                }
            } else if (node instanceof Element e) {
                if (isSkipped(e)) {
                    skipping = e;
                } else if (e.normalName().equals("br")) {
                    lineBreak();
                } else if (BLOCKS.contains(e.normalName())) {
                    endParagraph();
                    if (e.normalName().equals("pre")) {
                        preDepth++;
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipping != null) {
                if (node == skipping) {
                    skipping = null;
                }
                return;
            }
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                endParagraph();
                if (e.normalName().equals("pre")) {
                    preDepth--;
                }
            }
        }

        private void appendCollapsed(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    pendingSpace = true;
                } else {
                    if (pendingSpace && current.length() > 0 && current.charAt(current.length() - 1) != '\n') {
                        current.append(' ');
                    }
                    pendingSpace = false;
                    current.append(c);
                }
            }
        }

        private void appendVerbatim(String s) {
            if (pendingSpace && current.length() > 0) {
                current.append(' ');
            }
            pendingSpace = false;
            current.append(s.replace("\r\n", "\n").replace('\r', '\n'));
        }

        private void lineBreak() {
            if (current.length() > 0 && !endsWith(current, "\n\n")) {
                current.append('\n');
            }
            pendingSpace = false;
        }

        private static boolean endsWith(StringBuilder s, String suffix) {
            return s.length() >= suffix.length() && s.substring(s.length() - suffix.length()).equals(suffix);
        }

        void endParagraph() {
            String paragraph = current.toString().strip();
            if (!paragraph.isEmpty() && !TextDecoder.isBlank(paragraph)) {
                paragraphs.add(paragraph);
            }
            current.setLength(0);
            pendingSpace = false;
        }
    }
}
