package org.verbatim.ui.settings;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The window's settings as a small JSON file ({@code settings.json} in the user's configuration folder).
 * A missing, unreadable or damaged file gives the defaults: losing a window size is not worth a dialog.
 * Saving writes a temporary file and moves it into place, so a crash never leaves half a file.
 */
public final class SettingsFile {

    private static final System.Logger LOG = System.getLogger(SettingsFile.class.getName());

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public SettingsFile(Path file) {
        this.file = file;
    }

    /**
     * The folder for the user's settings: the system property {@code verbatim.config.dir} when set (tests set
     * it), else {@code $XDG_CONFIG_HOME/verbatim}, else {@code ~/.config/verbatim}.
     */
    public static SettingsFile forUser() {
        String override = System.getProperty("verbatim.config.dir");
        Path dir;
        if (override != null && !override.isBlank()) {
            dir = Path.of(override);
        } else {
            String xdg = System.getenv("XDG_CONFIG_HOME");
            dir = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config"))
                    .resolve("verbatim");
        }
        return new SettingsFile(dir.resolve("settings.json"));
    }

    public Path path() {
        return file;
    }

    public WindowSettings load() {
        if (!Files.isRegularFile(file)) {
            return WindowSettings.DEFAULTS;
        }
        try {
            WindowSettings s = json.readValue(file.toFile(), WindowSettings.class);
            return s == null ? WindowSettings.DEFAULTS : s;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "ignoring unreadable settings " + file + ": " + e.getMessage());
            return WindowSettings.DEFAULTS;
        }
    }

    /** Saves, or logs why it could not: the window goes on either way. */
    public void save(WindowSettings settings) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "settings", ".tmp");
            json.writeValue(temp.toFile(), settings);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not save settings to " + file + ": " + e.getMessage());
        }
    }
}
