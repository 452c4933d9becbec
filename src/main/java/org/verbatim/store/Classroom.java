package org.verbatim.store;

import java.util.List;

/**
 * What a project file is for in classroom mode, with the exercise's details.
 *
 * @param role         a plain project, an exercise made by a teacher, or a student's work on one
 * @param title        the exercise's title
 * @param instructions what the teacher asks the students to do
 * @param hints        optional hints, one per entry
 * @param checkOnce    true when "Check my answers" may be used once only
 * @param keyPlain     the answer key as JSON when the teacher set no password, else null
 * @param keySealed    the answer key encrypted with the teacher's password, else null
 * @param studentName  the student's name, in their work; else null
 * @param checksUsed   how many times the student has checked
 */
public record Classroom(Role role, String title, String instructions, List<String> hints, boolean checkOnce,
                        String keyPlain, byte[] keySealed, String studentName, int checksUsed) {

    /** What a project file is. */
    public enum Role {
        PROJECT("project"), EXERCISE("exercise"), STUDENT_WORK("student-work");

        private final String key;

        Role(String key) {
            this.key = key;
        }

        /** The word in the file. */
        public String key() {
            return key;
        }

        static Role of(String key) {
            for (Role r : values()) {
                if (r.key.equals(key)) {
                    return r;
                }
            }
            return PROJECT;
        }
    }

    /** A plain project. */
    public static final Classroom PROJECT = new Classroom(Role.PROJECT, null, null, List.of(), false, null, null,
            null, 0);

    public Classroom {
        hints = hints == null ? List.of() : List.copyOf(hints);
    }

    /** Whether the key is protected by a password. */
    public boolean keyIsSealed() {
        return keySealed != null;
    }
}
