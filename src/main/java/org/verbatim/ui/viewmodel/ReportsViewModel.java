package org.verbatim.ui.viewmodel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javafx.collections.ObservableList;

import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.read.ReadException;
import org.verbatim.core.read.ReadOptions;
import org.verbatim.core.read.Readers;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.ReportImport;

/**
 * The reports of the open project, as the side list shows them: adding them (files, pasted text, a web
 * address), removing, reordering, renaming and editing their details, showing and hiding their panes.
 *
 * <p>Every change runs through {@link WorkbenchViewModel#change}: off the UI thread, then compared again.
 * Files and addresses are read before the project is touched, so one that cannot be read changes nothing
 * and the user is told which, and why.
 */
public final class ReportsViewModel {

    private final WorkbenchViewModel workbench;
    private final java.util.function.Supplier<Readers> readersFactory;
    private Readers readers;

    /**
     * @param readers makes the readers, on first use and off the UI thread (making them loads the HTML and
     *                Markdown libraries, a few hundred milliseconds the window need not wait for)
     */
    public ReportsViewModel(WorkbenchViewModel workbench, java.util.function.Supplier<Readers> readers) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.readersFactory = Objects.requireNonNull(readers, "readers");
    }

    private synchronized Readers readers() {
        if (readers == null) {
            readers = readersFactory.get();
        }
        return readers;
    }

    /** The reports in their order, each with its shown/hidden switch. */
    public ObservableList<ReportPaneViewModel> getReports() {
        return workbench.getPanes();
    }

    /**
     * Adds files. Those that can be read are added (one undo step each); those that cannot are named in a
     * message with the reason. When none can be read, the project is unchanged. Cancel stops between files.
     */
    public void importFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        String label = files.size() == 1 ? "Importing " + files.get(0).getFileName()
                : String.format(Locale.ROOT, "Importing %d files", files.size());
        workbench.change(label, store -> {
            List<String> problems = new ArrayList<>();
            int added = 0;
            for (Path file : files) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
                try {
                    ReportImport.Imports imports = ReportImport.allOf(readers(), file.toString(), ReadOptions.DEFAULTS);
                    for (ReportImport one : imports.reports()) {
                        one.addTo(store);
                    }
                    imports.failures().forEach(e -> problems.add(e.getMessage()));
                    added++;
                } catch (ReadException e) {
                    problems.add(e.getMessage());
                }
            }
            if (problems.isEmpty()) {
                return null;
            }
            String title = added == 0
                    ? (files.size() == 1 ? "Could not import " + files.get(0).getFileName() : "Could not import the files")
                    : "Imported " + added + " of " + files.size() + " files";
            String detail = String.join("\n", problems)
                    + (added == 0 ? "\n\nThe project is unchanged." : "");
            return UserMessage.error(title, detail);
        });
    }

    /** Text the user pasted, with the details they gave; see {@link #pasteProblem}. */
    public record Pasted(String text, String title, String outlet, String date, String url) {

        ReportMeta meta() {
            return new ReportMeta(blankToNull(title), blankToNull(outlet), blankToNull(date), blankToNull(url));
        }
    }

    /** What is wrong with a paste before it can be added ("There is no text to add."), or null. */
    public static String pasteProblem(Pasted p) {
        if (p.text() == null || p.text().isBlank()) {
            return "There is no text to add.";
        }
        if (p.url() != null && !p.url().isBlank() && !isWebAddress(p.url().strip())) {
            return "The address should start with http:// or https:// (or leave it empty).";
        }
        return null;
    }

    /** Adds pasted text as a report; does nothing if {@link #pasteProblem} finds a problem. */
    public void addPasted(Pasted p) {
        if (pasteProblem(p) != null) {
            return;
        }
        String name = p.title() == null || p.title().isBlank() ? "pasted text" : "\u201C" + p.title().strip() + "\u201D";
        workbench.change("Adding " + name, store -> {
            ReportImport.pasted(p.text(), p.meta()).addTo(store);
            return null;
        });
    }

    /** What is wrong with an address before fetching it, or null. */
    public String addressProblem(String address) {
        if (address == null || address.isBlank()) {
            return "Type or paste the address of the article.";
        }
        return Readers.isHttpUrl(address.strip()) ? null
                : "That is not a web address: it should start with http:// or https://.";
    }

    /** Fetches an article (with the reader's time limits) and adds its text; offline gets a clear message. */
    public void importAddress(String address) {
        if (addressProblem(address) != null) {
            return;
        }
        String url = address.strip();
        workbench.change("Fetching " + url + " (gives up after "
                + org.verbatim.core.read.UrlReader.DEFAULT_DEADLINE.toSeconds() + " s)", store -> {
            ReportImport.of(readers(), url).addTo(store);
            return null;
        });
    }

    /** Removes a report (undoable: its text stays in the file). The view asks the user first. */
    public void remove(String reportId) {
        String title = titleOf(reportId);
        workbench.change("Removing " + title, store -> {
            store.removeReport(reportId);
            return null;
        });
    }

    /** Moves a report to {@code position} (0 = first) in the side list and the panes. */
    public void move(String reportId, int position) {
        workbench.change("Reordering the reports", store -> {
            store.moveReport(reportId, position);
            return null;
        });
    }

    /** The details now stored for a report, for the details dialog. */
    public ReportMeta details(String reportId) throws org.verbatim.store.ProjectException {
        ProjectStore store = workbench.session().store();
        return store.report(reportId).report().meta();
    }

    /** Renames a report and sets its outlet, date and address; blank fields are cleared. */
    public void editDetails(String reportId, String title, String outlet, String date, String url) {
        ReportMeta meta = new ReportMeta(blankToNull(title), blankToNull(outlet), blankToNull(date), blankToNull(url));
        workbench.change("Editing the details of " + titleOf(reportId), store -> {
            store.editReport(reportId, meta);
            return null;
        });
    }

    /** Shows or hides a report's pane; a hidden report is still compared. */
    public void setShown(String reportId, boolean shown) {
        getReports().stream().filter(p -> p.id().equals(reportId)).forEach(p -> p.shownProperty().set(shown));
    }

    private String titleOf(String reportId) {
        return getReports().stream().filter(p -> p.id().equals(reportId)).map(ReportPaneViewModel::getTitle)
                .findFirst().orElse(reportId);
    }

    private static boolean isWebAddress(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && s.length() > lower.indexOf("//") + 3;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
