package org.verbatim.ui.story;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.verbatim.core.model.Report;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.read.ReadException;
import org.verbatim.core.read.ReadResult;
import org.verbatim.core.read.Readers;

/**
 * Reads a built-in sample story from the classpath: a {@code gold.json} listing the reports under
 * {@code reports[].file} (with an optional {@code outlet}, {@code date}, {@code title}), the report files
 * beside it, read as UTF-8 exactly as stored.
 *
 * <p>Report files go through the reader stage ({@code org.verbatim.core.read}), which decodes them and
 * finds their title, date and URL; {@code gold.json} adds the outlet where it names one (an outlet ending in
 * {@code (YYYY-MM-DD)} is split into outlet and date).
 */
public final class ClasspathSampleSource implements StorySource {

    /** The directory of the sample that ships in the jar. */
    public static final String BUILT_IN_SAMPLE = "/samples/putin-elton-john";

    private static final Pattern OUTLET_WITH_DATE = Pattern.compile("^(.*\\S)\\s*\\((\\d{4}-\\d{2}-\\d{2})\\)\\s*$");
    private static final int MAX_TITLE_LENGTH = 200;

    private final String directory;
    private final java.util.function.Supplier<Readers> readersFactory;
    private ObjectMapper json;
    private Readers readers;

    /**
     * The built-in sample. Costs nothing until {@link #load()}: the readers and the JSON parser are made
     * there, off the UI thread, since making them takes a few hundred milliseconds on a cold start.
     */
    public ClasspathSampleSource() {
        this.directory = BUILT_IN_SAMPLE;
        this.readersFactory = Readers::defaults;
    }

    /**
     * @param directory an absolute classpath directory holding {@code gold.json}, e.g. {@code /samples/x}
     * @param readers   how report files are decoded and their metadata found
     */
    public ClasspathSampleSource(String directory, Readers readers) {
        this.directory = directory.endsWith("/") ? directory.substring(0, directory.length() - 1) : directory;
        this.readersFactory = () -> readers;
    }

    @Override
    public synchronized Story load() throws IOException {
        if (json == null) {
            json = new ObjectMapper();
            readers = readersFactory.get();
        }
        JsonNode gold = json.readTree(read("gold.json"));
        JsonNode entries = gold.path("reports");
        if (!entries.isArray() || entries.isEmpty()) {
            throw new IOException(directory + "/gold.json lists no reports");
        }
        Set<String> boilerplate = new HashSet<>();
        gold.path("boilerplate").forEach(b -> boilerplate.add(b.path("text").asText("").strip()));

        List<Report> reports = new ArrayList<>();
        for (JsonNode entry : entries) {
            String file = entry.path("file").asText(null);
            if (file == null || file.isBlank()) {
                throw new IOException(directory + "/gold.json has a report without a file");
            }
            ReadResult read;
            try {
                read = readers.read(file, read(file));
            } catch (ReadException e) {
                throw new IOException(e.getMessage(), e);
            }
            String text = read.text();
            String outlet = textOrNull(entry, "outlet");
            String date = textOrNull(entry, "date");
            if (outlet != null && date == null) {
                Matcher m = OUTLET_WITH_DATE.matcher(outlet);
                if (m.matches()) {
                    outlet = m.group(1);
                    date = m.group(2);
                }
            }
            String title = textOrNull(entry, "title");
            if (title == null) {
                title = read.meta().title() != null ? read.meta().title() : guessTitle(text, boilerplate);
            }
            ReportMeta meta = new ReportMeta(title, outlet, date, textOrNull(entry, "url")).orElse(read.meta());
            reports.add(new Report("r" + (reports.size() + 1), file, text, read.format(), meta, read.hidden()));
        }
        String title = textOrNull(gold, "title");
        return new Story(title != null ? title : gold.path("story_id").asText("Untitled story"), reports);
    }

    /** The first non-blank line that is not boilerplate, without markdown heading marks; null if none. */
    static String guessTitle(String text, Set<String> boilerplate) {
        for (String line : text.split("\n")) {
            String candidate = line.strip();
            while (candidate.startsWith("#")) {
                candidate = candidate.substring(1).strip();
            }
            if (!candidate.isEmpty() && !boilerplate.contains(candidate)) {
                return candidate.length() > MAX_TITLE_LENGTH
                        ? candidate.substring(0, MAX_TITLE_LENGTH - 1) + "…"
                        : candidate;
            }
        }
        return null;
    }

    private byte[] read(String name) throws IOException {
        String resource = directory + "/" + name;
        try (InputStream in = ClasspathSampleSource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("sample file not found on the classpath: " + resource);
            }
            return in.readAllBytes();
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            return null;
        }
        return value.asText().strip();
    }
}
