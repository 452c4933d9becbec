package org.verbatim.core.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;

/**
 * Reads a markdown file ({@code .md}). The text is the markdown source as decoded, so every offset indexes
 * the source; {@link ReadResult#hidden()} marks the source a reader of the rendered document does not see:
 * heading marks, the backslash of a backslash escape, emphasis markers, link and autolink syntax, code
 * backticks and fences, block quote markers, list bullets, HTML tags, thematic breaks, link reference
 * definitions and images.
 *
 * <p>How: commonmark-java parses with source spans for blocks and inlines. A source character is visible
 * when it yields a character of a {@link Text} or {@link Code} literal (or a line of a code block, or text
 * between the tags of an HTML block); hidden is the rest of what the blocks cover. Characters between blocks
 * (blank lines, line breaks) stay visible. A Text literal can differ from its source, so the two are walked
 * character by character: the backslash of {@code \_} is hidden and the {@code _} kept; an entity such as
 * {@code &amp;} stays visible as a whole (it is content, only spelled differently).
 *
 * <p>Metadata: the title is the first heading, else the first line of the visible text; url, outlet and date
 * follow the same rules as plain text ({@link TextMetadata}), applied to the visible text.
 *
 * <p>Immutable and thread-safe.
 */
public final class MarkdownReader implements ReportReader {

    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern HTML_TAG = Pattern.compile("<!--.*?-->|<[^>]*>", Pattern.DOTALL);

    private final TextDecoder decoder;
    private final Parser parser;

    /** A reader with the standard {@link TextDecoder}. */
    public MarkdownReader() {
        this(new TextDecoder());
    }

    /** A reader that decodes with {@code decoder}. */
    public MarkdownReader(TextDecoder decoder) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    }

    @Override
    public ReadResult read(String name, byte[] bytes, ReadOptions options) throws ReadException {
        TextDecoder.Decoded decoded = decoder.decode(name, bytes, options);
        String text = decoded.text();
        Node document = parser.parse(text);
        List<Span> hidden = new HiddenSpans(text).of(document);
        String visible = withoutHidden(text, hidden);
        ReportMeta meta = TextMetadata.scan(visible).withTitle(title(document, visible));
        return PlainTextReader.decoded(new ReadResult(text, SourceFormat.MARKDOWN, meta, hidden), decoded);
    }

    /** {@code text} with the {@code hidden} spans (sorted, non-overlapping) taken out. */
    static String withoutHidden(String text, List<Span> hidden) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Span span : hidden) {
            out.append(text, at, span.start());
            at = span.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    private static String title(Node document, String visible) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading) {
                String title = TextMetadata.stripAll(literalText(node).replaceAll("\\s+", " "));
                if (!title.isEmpty()) {
                    return title;
                }
            }
        }
        return TextMetadata.firstLineTitle(visible);
    }

    /** The literal text under {@code node}, in order, without recursion. */
    private static String literalText(Node node) {
        StringBuilder out = new StringBuilder();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(node);
        while (!pending.isEmpty()) {
            Node n = pending.pop();
            if (n instanceof Text t) {
                out.append(t.getLiteral());
            } else if (n instanceof Code c) {
                out.append(c.getLiteral());
            } else if (n instanceof Image) {
                continue;
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.append(' ');
            }
            for (Node child = n.getLastChild(); child != null; child = child.getPrevious()) {
                pending.push(child);
            }
        }
        return out.toString();
    }

    /** One pass over one parsed document: which source characters the blocks cover and which show. */
    private static final class HiddenSpans {
        private final String text;
        private final int[] lineStarts;
        private final BitSet covered = new BitSet();
        private final BitSet visible = new BitSet();

        HiddenSpans(String text) {
            this.text = text;
            this.lineStarts = lineStarts(text);
        }

        List<Span> of(Node document) {
            visit(document);
            List<Span> hidden = new ArrayList<>();
            int start = covered.nextSetBit(0);
            while (start >= 0) {
                if (visible.get(start)) {
                    start = covered.nextSetBit(visible.nextClearBit(start));
                    continue;
                }
                int end = start;
                while (end < text.length() && covered.get(end) && !visible.get(end)) {
                    end++;
                }
                hidden.add(new Span(start, end));
                start = covered.nextSetBit(end);
            }
            return hidden;
        }

        /** Every node of the tree, without recursion (a document can nest thousands of levels deep). */
        private void visit(Node document) {
            Deque<Node> pending = new ArrayDeque<>();
            pending.push(document);
            while (!pending.isEmpty()) {
                Node node = pending.pop();
                if (visitOne(node)) {
                    for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                        pending.push(child);
                    }
                }
            }
        }

        /** Marks what one node covers and shows; whether its children are to be visited. */
        private boolean visitOne(Node node) {
            if (node instanceof Block || node instanceof LinkReferenceDefinition) {
                for (SourceSpan s : node.getSourceSpans()) {
                    int from = Math.min(offset(s), text.length());
                    covered.set(from, Math.max(from, Math.min(text.length(), from + s.getLength())));
                }
            }
            if (node instanceof Text t) {
                align(t.getLiteral(), positions(node), true);
            } else if (node instanceof Code c) {
                alignCode(c.getLiteral(), positions(node));
            } else if (node instanceof FencedCodeBlock f) {
                showCodeLines(f, f.getLiteral(), 1);
            } else if (node instanceof IndentedCodeBlock i) {
                showCodeLines(i, i.getLiteral(), 0);
            } else if (node instanceof HtmlBlock) {
                showTextBetweenTags(node);
            } else if (node instanceof HtmlInline || node instanceof Image) {
                return false; // nothing of these shows as text
            }
            return true;
        }

        /**
         * Walks the source characters of a node against its literal, marking those that yield literal
         * characters visible. When the walk does not account for the whole literal, the node is shown whole.
         */
        private void align(String literal, int[] pos, boolean inlineText) {
            BitSet shown = new BitSet();
            int j = 0;
            int i = 0;
            while (i < pos.length) {
                char c = text.charAt(pos[i]);
                if (i > 0 && pos[i] != pos[i - 1] + 1 && j < literal.length() && c != literal.charAt(j)
                        && Character.isWhitespace(literal.charAt(j))) {
                    j++; // a line break in the source became a space of the literal
                    continue;
                }
                if (inlineText && c == '\\' && i + 1 < pos.length && j < literal.length()
                        && isAsciiPunctuation(text.charAt(pos[i + 1])) && literal.charAt(j) == text.charAt(pos[i + 1])) {
                    shown.set(i + 1); // the escaped character shows, its backslash does not
                    i += 2;
                    j++;
                    continue;
                }
                if (inlineText && c == '&') {
                    int consumed = matchEntity(pos, i, literal, j);
                    if (consumed > 0) {
                        int length = entityLength(pos, i);
                        shown.set(i, i + length);
                        i += length;
                        j += consumed;
                        continue;
                    }
                }
                if (j < literal.length() && c == literal.charAt(j)) {
                    shown.set(i);
                    j++;
                }
                i++;
            }
            if (j < literal.length()) {
                shown.set(0, pos.length);
            }
            for (int k = shown.nextSetBit(0); k >= 0; k = shown.nextSetBit(k + 1)) {
                visible.set(pos[k]);
            }
        }

        /** Inline code: the backtick runs at both ends are hidden, the inside is aligned with the literal. */
        private void alignCode(String literal, int[] pos) {
            int ticks = 0;
            while (ticks < pos.length && text.charAt(pos[ticks]) == '`') {
                ticks++;
            }
            int end = pos.length;
            int closing = 0;
            while (end > ticks && closing < ticks && text.charAt(pos[end - 1]) == '`') {
                end--;
                closing++;
            }
            int[] inside = new int[Math.max(0, end - ticks)];
            System.arraycopy(pos, ticks, inside, 0, inside.length);
            align(literal, inside, false);
        }

        /**
         * Code blocks: each line of the literal shows as the end of its source line (indentation the parser
         * removed stays hidden, and so do the fences).
         */
        private void showCodeLines(Node block, String literal, int firstContentLine) {
            List<SourceSpan> spans = block.getSourceSpans();
            if (spans.isEmpty() || literal.isEmpty()) {
                return;
            }
            int line = spans.get(0).getLineIndex() + firstContentLine;
            String[] lines = literal.split("\n", -1);
            int count = literal.endsWith("\n") ? lines.length - 1 : lines.length;
            for (int k = 0; k < count && line + k < lineStarts.length; k++) {
                int lineEnd = lineEnd(line + k);
                int from = Math.max(lineStarts[line + k], lineEnd - lines[k].length());
                visible.set(from, lineEnd);
            }
        }

        private void showTextBetweenTags(Node block) {
            List<SourceSpan> spans = block.getSourceSpans();
            if (spans.isEmpty()) {
                return;
            }
            SourceSpan last = spans.get(spans.size() - 1);
            int from = offset(spans.get(0));
            int to = offset(last) + last.getLength();
            BitSet tags = new BitSet();
            Matcher m = HTML_TAG.matcher(text).region(from, to);
            while (m.find()) {
                tags.set(m.start(), m.end());
            }
            for (int k = from; k < to; k++) {
                if (!tags.get(k)) {
                    visible.set(k);
                }
            }
        }

        /** How many literal characters the entity at source index {@code i} yields there, or 0. */
        private int matchEntity(int[] pos, int i, String literal, int j) {
            int length = entityLength(pos, i);
            if (length == 0) {
                return 0;
            }
            StringBuilder entity = new StringBuilder();
            for (int k = i; k < i + length; k++) {
                entity.append(text.charAt(pos[k]));
            }
            String decoded = org.jsoup.parser.Parser.unescapeEntities(entity.toString(), false);
            if (decoded.equals(entity.toString()) || !literal.startsWith(decoded, j)) {
                return 0;
            }
            return decoded.length();
        }

        /** The length of a character reference starting at source index {@code i}, on one line, or 0. */
        private int entityLength(int[] pos, int i) {
            int from = pos[i];
            int to = from;
            int k = i;
            while (k < pos.length && pos[k] == from + (k - i) && k - i < 40) {
                to = pos[k] + 1;
                k++;
            }
            Matcher m = ENTITY.matcher(text).region(from, to);
            return m.lookingAt() ? m.end() - from : 0;
        }

        private int[] positions(Node node) {
            int total = 0;
            for (SourceSpan s : node.getSourceSpans()) {
                total += s.getLength();
            }
            int[] pos = new int[total];
            int n = 0;
            for (SourceSpan s : node.getSourceSpans()) {
                int from = offset(s);
                for (int k = 0; k < s.getLength() && from + k < text.length(); k++) {
                    pos[n++] = from + k;
                }
            }
            if (n < total) {
                pos = java.util.Arrays.copyOf(pos, n); // a span the parser placed past the text's end
            }
            return pos;
        }

        private int offset(SourceSpan span) {
            int line = span.getLineIndex();
            return line < lineStarts.length ? Math.min(text.length(), lineStarts[line] + span.getColumnIndex()) : text.length();
        }

        /** The end of a line's content, before its line terminator. */
        private int lineEnd(int line) {
            int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
            while (end > lineStarts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
                end--;
            }
            return end;
        }

        /** Start offsets of the lines as commonmark counts them: split at {@code \r\n}, {@code \r} or {@code \n}. */
        private static int[] lineStarts(String text) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                    starts.add(i + 1);
                } else if (c == '\n' || c == '\r') {
                    starts.add(i + 1);
                }
            }
            return starts.stream().mapToInt(Integer::intValue).toArray();
        }

        private static boolean isAsciiPunctuation(char c) {
            return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
        }
    }
}
