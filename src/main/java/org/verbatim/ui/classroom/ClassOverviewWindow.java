package org.verbatim.ui.classroom;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.verbatim.classroom.AnswerKey;
import org.verbatim.classroom.ClassOverview;

/**
 * The class overview: one row per student (found, missed, extra, kinds right), a column per key item
 * (found or not), the totals by kind below, and Export CSV.
 */
public final class ClassOverviewWindow {

    private ClassOverviewWindow() {}

    /** A table of the overview, for the window and for tests. */
    public static TableView<ClassOverview.Student> table(ClassOverview overview) {
        TableView<ClassOverview.Student> table = new TableView<>();
        table.setId("class-overview");
        table.getItems().setAll(overview.students());
        table.getColumns().add(col("Student", 140, s -> s.name()));
        table.getColumns().add(col("Found", 60, s -> String.valueOf(s.score().found().size())));
        table.getColumns().add(col("Missed", 60, s -> String.valueOf(s.score().missed().size())));
        table.getColumns().add(col("Extra", 60, s -> String.valueOf(s.score().extra().size())));
        table.getColumns().add(col("Kind right", 80, s -> String.valueOf(s.score().kindsRight())));
        List<AnswerKey.Item> items = overview.key().items();
        for (int i = 0; i < items.size(); i++) {
            AnswerKey.Item item = items.get(i);
            TableColumn<ClassOverview.Student, String> c = col((i + 1) + ". " + item.kind(), 110,
                    s -> s.found(item) ? "\u2714 found" : "\u2718 missed");
            c.setUserData(item);
            table.getColumns().add(c);
        }
        return table;
    }

    private static TableColumn<ClassOverview.Student, String> col(String title, double width,
            java.util.function.Function<ClassOverview.Student, String> value) {
        TableColumn<ClassOverview.Student, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    /** Opens the overview in its own window. */
    public static Stage show(Window owner, ClassOverview overview) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Class overview");
        TableView<ClassOverview.Student> table = table(overview);
        StringBuilder kinds = new StringBuilder("By kind: ");
        overview.byKind().forEach((k, c) -> kinds.append(k).append(' ').append(c[0]).append(" of ").append(c[1])
                .append(" found   "));
        Label byKind = new Label(kinds.toString());
        byKind.setWrapText(true);
        StringBuilder problems = new StringBuilder();
        overview.problems().forEach(p -> problems.append(p.file().getFileName()).append(": ").append(p.reason())
                .append('\n'));
        Label trouble = new Label(problems.toString().strip());
        trouble.getStyleClass().add("dialog-problem");
        trouble.setWrapText(true);
        Label status = new Label();
        Button export = new Button("Export CSV\u2026");
        export.setId("export-overview");
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("class overview.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
            File f = chooser.showSaveDialog(stage);
            if (f != null) {
                status.setText(writeCsv(overview, f.toPath()));
            }
        });
        HBox bottom = new HBox(12, export, status);
        BorderPane root = new BorderPane(table, null, null, new javafx.scene.layout.VBox(6, byKind, trouble, bottom),
                null);
        root.setPadding(new Insets(10));
        Scene scene = new Scene(root, 900, 480);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** Writes the CSV (with a byte-order mark for spreadsheets) and says where, or why it could not. */
    static String writeCsv(ClassOverview overview, Path target) {
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            overview.writeCsv(w);
            return "Saved " + target.getFileName();
        } catch (IOException e) {
            return target.getFileName() + ": could not be written (" + e.getMessage() + ")";
        }
    }
}
