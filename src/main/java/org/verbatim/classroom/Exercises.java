package org.verbatim.classroom;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.verbatim.core.Pipeline;
import org.verbatim.core.diff.Discrepancy;
import org.verbatim.store.Classroom;
import org.verbatim.store.ProjectException;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.StoredReport;

/**
 * Classroom mode on project files: a teacher's exercise made from a project, a student's own copy of it,
 * and checking the student's marks against the key.
 */
public final class Exercises {

    private final Pipeline pipeline;
    private final KeyCipher cipher = new KeyCipher();
    private final Scoring scoring = Scoring.standard();

    public Exercises(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The engine the project files are opened with. */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** What the teacher sets when making an exercise. */
    public record Setup(String title, String instructions, List<String> hints, List<AnswerKey.Item> key,
                        char[] password, boolean checkOnce) {}

    /**
     * A key item for one of the engine's variant places, with the teacher's explanation: the reference version
     * and the first version that reads otherwise as its pair, and every version's words.
     */
    public static AnswerKey.Item itemOf(Discrepancy d, String explanation) {
        List<AnswerKey.Version> versions = new ArrayList<>();
        for (int i = 0; i < d.readings().size(); i++) {
            Discrepancy.Reading r = d.readings().get(i);
            for (Discrepancy.Location l : r.spans()) {
                versions.add(new AnswerKey.Version(l.reportId(), l.span().start(), l.span().end(), r.text(), i));
            }
        }
        AnswerKey.Version a = versions.get(0);
        AnswerKey.Version b = versions.stream().filter(v -> v.reading() != 0).findFirst().orElse(a);
        return new AnswerKey.Item(d.fingerprint(), a.report(), a.start(), a.end(), a.text(), b.report(), b.start(),
                b.end(), b.text(), d.kind().label(), explanation == null ? "" : explanation, versions);
    }

    /**
     * Writes the exercise file at {@code target} from {@code project}. With a password the key is stored
     * sealed and nowhere in the clear; without one it is stored as it is (the window hides it, but another
     * SQLite tool can read it).
     */
    public void makeExercise(ProjectStore project, Path target, Setup setup) throws ProjectException {
        String json = new AnswerKey(setup.key()).toJson();
        boolean sealed = setup.password() != null && setup.password().length > 0;
        byte[] sealedKey = sealed ? cipher.seal(json.getBytes(StandardCharsets.UTF_8), setup.password()) : null;
        project.writeExercise(target, new Classroom(Classroom.Role.EXERCISE, setup.title(), setup.instructions(),
                setup.hints(), setup.checkOnce(), sealed ? null : json, sealedKey, null, 0));
    }

    /** The key of an exercise or a student's work; {@code password} is ignored when the key is not sealed. */
    public AnswerKey key(Classroom classroom, char[] password) throws KeyCipher.WrongPassword {
        if (classroom.keyIsSealed()) {
            byte[] plain = cipher.open(classroom.keySealed(), password == null ? new char[0] : password);
            return AnswerKey.fromJson(new String(plain, StandardCharsets.UTF_8));
        }
        if (classroom.keyPlain() == null) {
            throw new IllegalArgumentException("this file holds no answer key");
        }
        return AnswerKey.fromJson(classroom.keyPlain());
    }

    /**
     * A student's own copy of an exercise, in their name, at {@code target}; their marks go there. Returns it
     * open.
     */
    public ProjectStore startWork(Path exercise, String studentName, Path target) throws ProjectException {
        try (ProjectStore ex = ProjectStore.openReadOnly(exercise, pipeline)) {
            if (ex.classroom().role() != Classroom.Role.EXERCISE) {
                throw new ProjectException(exercise.toString(), "is not an exercise");
            }
            ex.saveCopy(target);
        }
        ProjectStore work = ProjectStore.open(target, pipeline);
        work.becomeStudentWork(studentName);
        return work;
    }

    /** Why checking is not allowed now, or null when it is. */
    public static String checkRefusal(Classroom c) {
        return c.checkOnce() && c.checksUsed() >= 1
                ? "Your teacher allows one check, and you have checked already." : null;
    }

    /**
     * "Check my answers": scores the student's marks and counts the check.
     *
     * @throws KeyCipher.WrongPassword when the key is sealed and the password is not right
     * @throws IllegalStateException   when the teacher's setting allows no more checks
     */
    public Scoring.Score check(ProjectStore work, char[] password) throws ProjectException, KeyCipher.WrongPassword {
        Classroom c = work.classroom();
        String refusal = checkRefusal(c);
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
        AnswerKey key = key(c, password);
        Scoring.Score score = score(work, key);
        work.countCheck();
        return score;
    }

    /** Scores a student's work against a key, counting nothing. */
    public Scoring.Score score(ProjectStore work, AnswerKey key) throws ProjectException {
        Map<String, String> texts = new HashMap<>();
        for (StoredReport r : work.reports()) {
            texts.put(r.id(), r.report().text());
        }
        return scoring.score(key, work.marks(), texts);
    }
}
