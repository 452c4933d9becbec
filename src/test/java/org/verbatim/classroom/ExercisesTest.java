package org.verbatim.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.core.Pipeline;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.core.diff.Severity;
import org.verbatim.core.model.Span;
import org.verbatim.core.read.Readers;
import org.verbatim.review.AnnotationStatus;
import org.verbatim.store.Classroom;
import org.verbatim.store.ProjectStore;

/** A teacher's exercise from the sample, a student's work on it, checking, and the class overview. */
class ExercisesTest {

    private static final Path SAMPLE = Path.of("assets/samples/putin-elton-john");
    private static final String SECRET_NOTE = "Checked with the Kremlin press office on 15 September";

    @TempDir
    Path dir;

    private final Pipeline pipeline = Pipeline.standard();
    private final Exercises exercises = new Exercises(pipeline);
    private Path exercise;
    private List<AnswerKey.Item> key;

    /** The sample reviewed by a teacher, who makes an exercise of its first three substantive discrepancies. */
    @BeforeEach
    void aTeachersExercise() throws Exception {
        Path project = dir.resolve("teacher.verbatim");
        try (ProjectStore store = ProjectStore.create(project, pipeline)) {
            for (String f : List.of("putin-offers-to-meet-elton-john.txt", "putin-calls-elton-john-for-real.txt",
                    "kremlin-rejects-claim-putin-phoned.txt")) {
                Path p = SAMPLE.resolve(f);
                store.addReport(p.toString(), f, Files.readAllBytes(p), Readers.defaults().read(p));
            }
            List<Discrepancy> chosen = store.comparison().discrepancies().stream()
                    .filter(d -> d.severity() == Severity.SUBSTANTIVE).limit(3).toList();
            key = new ArrayList<>();
            for (Discrepancy d : chosen) {
                store.annotate(d, AnnotationStatus.CONFIRMED, SECRET_NOTE);
                key.add(Exercises.itemOf(d, "Explanation of " + d.kind().label() + ": the outlets disagree"));
            }
            exercise = dir.resolve("exercise.verbatim");
            exercises.makeExercise(store, exercise, new Exercises.Setup("Elton and Putin", "Find what changed.",
                    List.of("Look at the Instagram post"), key, "media-literacy".toCharArray(), false));
        }
    }

    private ProjectStore studentWith(String name, int right, int wrong) throws Exception {
        ProjectStore work = exercises.startWork(exercise, name, dir.resolve("exercise - " + name + ".verbatim"));
        for (int i = 0; i < right; i++) {
            AnswerKey.Item k = key.get(i);
            work.addMark(k.reportA(), new Span(k.startA(), k.endA()), k.reportB(),
                    k.textB().isEmpty() ? null : new Span(k.startB(), k.endB()), k.kind(), "it changed");
        }
        for (int i = 0; i < wrong; i++) {
            work.addMark("r1", new Span(0, 8), "r2", null, "name", "the headline differs");
        }
        return work;
    }

    private static byte[] bytesOf(Path file) throws Exception {
        byte[] main = Files.readAllBytes(file);
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        byte[] side = Files.exists(wal) ? Files.readAllBytes(wal) : new byte[0];
        byte[] all = new byte[main.length + side.length];
        System.arraycopy(main, 0, all, 0, main.length);
        System.arraycopy(side, 0, all, main.length, side.length);
        return all;
    }

    @Test
    void theProtectedKeyAndTheTeachersNotesAreNotInTheExerciseFilesBytes() throws Exception {
        String bytes = new String(bytesOf(exercise), StandardCharsets.ISO_8859_1);

        assertThat(bytes).doesNotContain("Explanation of", SECRET_NOTE, "the outlets disagree");
        try (ProjectStore ex = ProjectStore.openReadOnly(exercise, pipeline)) {
            Classroom c = ex.classroom();
            assertThat(c.role()).isEqualTo(Classroom.Role.EXERCISE);
            assertThat(c.keyIsSealed()).isTrue();
            assertThat(c.keyPlain()).isNull();
            assertThat(ex.annotations()).isEmpty();
            assertThat(ex.reports()).hasSize(3);
        }
    }

    @Test
    void aWrongPasswordGetsAClearMessage() throws Exception {
        try (ProjectStore work = studentWith("Ana", 1, 0)) {
            assertThatThrownBy(() -> exercises.check(work, "password123".toCharArray()))
                    .isInstanceOf(KeyCipher.WrongPassword.class)
                    .hasMessage("The password is not right.");
            assertThat(work.classroom().checksUsed()).isZero();
        }
    }

    @Test
    void twoRightAndOneWrongMarkScoreTwoOfThreeFoundAndOneExtra() throws Exception {
        try (ProjectStore work = studentWith("Ana", 2, 1)) {
            Scoring.Score s = exercises.check(work, "media-literacy".toCharArray());

            assertThat(s.found()).hasSize(2);
            assertThat(s.missed()).hasSize(1);
            assertThat(s.extra()).hasSize(1);
            assertThat(s.found()).allSatisfy(f -> assertThat(f.item().explanation()).startsWith("Explanation of"));
            assertThat(work.classroom().checksUsed()).isEqualTo(1);
            assertThat(work.classroom().studentName()).isEqualTo("Ana");
        }
    }

    @Test
    void aKeyWithoutAPasswordIsReadWithoutOne() throws Exception {
        Path open = dir.resolve("open.verbatim");
        try (ProjectStore store = ProjectStore.open(dir.resolve("teacher.verbatim"), pipeline)) {
            exercises.makeExercise(store, open, new Exercises.Setup("t", "i", List.of(), key, null, true));
        }
        try (ProjectStore ex = ProjectStore.openReadOnly(open, pipeline)) {
            assertThat(exercises.key(ex.classroom(), null).items()).hasSize(3);
            assertThat(ex.classroom().checkOnce()).isTrue();
        }
    }

    @Test
    void whenTheTeacherAllowsOneCheckTheSecondIsRefused() throws Exception {
        Path once = dir.resolve("once.verbatim");
        try (ProjectStore store = ProjectStore.open(dir.resolve("teacher.verbatim"), pipeline)) {
            exercises.makeExercise(store, once, new Exercises.Setup("t", "i", List.of(), key, null, true));
        }
        try (ProjectStore work = exercises.startWork(once, "Ben", dir.resolve("once - Ben.verbatim"))) {
            exercises.check(work, null);

            assertThatThrownBy(() -> exercises.check(work, null)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("one check");
        }
    }

    @Test
    void marksCanBeEditedRemovedAndTheRemovalUndone() throws Exception {
        try (ProjectStore work = studentWith("Ana", 1, 1)) {
            long wrong = work.marks().get(1).id();

            work.editMark(wrong, "date", "the dates differ");
            work.removeMark(wrong);
            int afterRemove = work.marks().size();
            work.undo();

            assertThat(afterRemove).isEqualTo(1);
            assertThat(work.marks()).hasSize(2);
            assertThat(work.marks().get(1).kind()).isEqualTo("date");
        }
    }

    @Test
    void theClassOverviewCountsWhoFoundWhatAndItsCsvParses() throws Exception {
        List<Path> files = new ArrayList<>();
        int[][] plan = {{3, 0}, {2, 1}, {0, 2}};
        String[] names = {"Ana", "Ben", "Chloé, \"Chlo\""};
        for (int i = 0; i < 3; i++) {
            try (ProjectStore w = studentWith(names[i], plan[i][0], plan[i][1])) {
                files.add(w.path());
            }
        }
        AnswerKey answers = new AnswerKey(key);

        ClassOverview overview = ClassOverview.of(answers, files, pipeline);
        StringWriter csv = new StringWriter();
        overview.writeCsv(csv);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new java.io.StringReader(csv.toString())).getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(r -> r.get("student")).containsExactly("Ana", "Ben", "Chloé, \"Chlo\"");
        assertThat(rows).extracting(r -> r.get("found")).containsExactly("3", "2", "0");
        assertThat(rows).extracting(r -> r.get("extra")).containsExactly("0", "1", "2");
        assertThat(rows).extracting(r -> r.get("missed")).containsExactly("0", "1", "3");
        assertThat(overview.byKind().values().stream().mapToInt(c -> c[1]).sum()).isEqualTo(9);
        assertThat(overview.byKind().values().stream().mapToInt(c -> c[0]).sum()).isEqualTo(5);
    }

    @Test
    void aFileThatIsNotAStudentsWorkIsListedAsAProblem() {
        ClassOverview overview = ClassOverview.of(new AnswerKey(key), List.of(exercise, dir.resolve("gone.verbatim")),
                pipeline);

        assertThat(overview.students()).isEmpty();
        assertThat(overview.problems()).hasSize(2);
        assertThat(overview.problems().get(0).reason()).contains("not a student's work");
    }
}
