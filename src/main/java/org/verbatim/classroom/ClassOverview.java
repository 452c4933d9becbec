package org.verbatim.classroom;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.verbatim.core.Pipeline;
import org.verbatim.export.CsvExport;
import org.verbatim.store.Classroom;
import org.verbatim.store.ProjectException;
import org.verbatim.store.ProjectStore;

/**
 * The class at a glance: each student's returned file scored against the key, who found, missed and marked
 * extra what, by key item and by kind, and the whole table as CSV for a spreadsheet.
 */
public final class ClassOverview {

    /** One student's returned work. */
    public record Student(String name, Path file, Scoring.Score score) {

        /** Whether this student found {@code item}. */
        public boolean found(AnswerKey.Item item) {
            return score.found().stream().anyMatch(f -> f.item().equals(item));
        }
    }

    /** A file that could not be read, and why. */
    public record Problem(Path file, String reason) {}

    private final AnswerKey key;
    private final List<Student> students;
    private final List<Problem> problems;

    private ClassOverview(AnswerKey key, List<Student> students, List<Problem> problems) {
        this.key = key;
        this.students = List.copyOf(students);
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads the students' files (read-only) and scores them against {@code key}. A file that is not a
     * student's work, or cannot be opened, is listed as a problem and the others are still read.
     */
    public static ClassOverview of(AnswerKey key, List<Path> files, Pipeline pipeline) {
        Exercises exercises = new Exercises(pipeline);
        List<Student> students = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : files) {
            try (ProjectStore work = ProjectStore.openReadOnly(f, pipeline)) {
                Classroom c = work.classroom();
                if (c.role() != Classroom.Role.STUDENT_WORK) {
                    problems.add(new Problem(f, "is not a student's work (it is " + c.role().key() + ")"));
                    continue;
                }
                String name = c.studentName() == null || c.studentName().isBlank()
                        ? f.getFileName().toString() : c.studentName();
                students.add(new Student(name, f, exercises.score(work, key)));
            } catch (ProjectException e) {
                problems.add(new Problem(f, e.getMessage()));
            }
        }
        return new ClassOverview(key, students, problems);
    }

    public AnswerKey key() {
        return key;
    }

    public List<Student> students() {
        return students;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Per kind, how many of the class's key items of that kind were found, out of how many. */
    public Map<String, int[]> byKind() {
        Map<String, int[]> out = new LinkedHashMap<>();
        for (AnswerKey.Item item : key.items()) {
            int[] counts = out.computeIfAbsent(item.kind(), k -> new int[2]);
            for (Student s : students) {
                counts[1]++;
                if (s.found(item)) {
                    counts[0]++;
                }
            }
        }
        return out;
    }

    /**
     * The table as CSV: one row per student with found, missed, extra and kinds right, then one column per
     * key item (1 found, 0 missed).
     */
    public void writeCsv(Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("student", "file", "found", "missed", "extra", "kind right"));
        for (int i = 0; i < key.items().size(); i++) {
            AnswerKey.Item item = key.items().get(i);
            header.add(CsvExport.inert("item " + (i + 1) + ": " + item.kind() + " \u00AB"
                    + (item.textA().isEmpty() ? item.textB() : item.textA()) + "\u00BB"));
        }
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).build())) {
            for (Student s : students) {
                List<Object> row = new ArrayList<>(List.of(CsvExport.inert(s.name()),
                        CsvExport.inert(s.file().getFileName().toString()),
                        s.score().found().size(), s.score().missed().size(), s.score().extra().size(),
                        s.score().kindsRight()));
                for (AnswerKey.Item item : key.items()) {
                    row.add(s.found(item) ? 1 : 0);
                }
                csv.printRecord(row);
            }
        }
    }
}
