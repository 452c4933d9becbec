package org.verbatim.ui.classroom;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.verbatim.ui.viewmodel.PresentationViewModel;

/**
 * The projector view: large type, one discrepancy at a time with its two versions side by side, the changed
 * words in bold and struck through (the version that has them) or underlined (the other). Left and right
 * arrows move, F11 or F toggles full screen, Escape closes.
 */
public final class PresentationWindow {

    private PresentationWindow() {}

    /** The slide area, bound to the model; for the window and for screenshots. */
    public static BorderPane content(PresentationViewModel model) {
        BorderPane root = new BorderPane();
        root.getStyleClass().add("presentation");
        root.setId("presentation");
        Runnable show = () -> fill(root, model);
        model.indexProperty().addListener((o, was, now) -> show.run());
        show.run();
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.SPACE) {
                model.next();
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.PAGE_UP) {
                model.previous();
                e.consume();
            }
        });
        return root;
    }

    private static void fill(BorderPane root, PresentationViewModel model) {
        PresentationViewModel.Slide s = model.current();
        if (s == null) {
            Label none = new Label("Nothing to present: confirm some discrepancies first.");
            none.getStyleClass().add("presentation-heading");
            root.setCenter(none);
            return;
        }
        Label where = new Label(model.position());
        where.getStyleClass().add("presentation-position");
        Label heading = new Label(s.heading());
        heading.getStyleClass().add("presentation-heading");
        heading.setWrapText(true);
        VBox top = new VBox(6, where, heading);
        top.setPadding(new Insets(28, 48, 12, 48));
        root.setTop(top);
        // three readings to a row at most, so the type stays large enough to read from the back
        VBox versions = new VBox(28);
        HBox row = null;
        for (int i = 0; i < s.versions().size(); i++) {
            if (i % 3 == 0) {
                row = new HBox(40);
                row.setAlignment(Pos.TOP_CENTER);
                versions.getChildren().add(row);
            }
            row.getChildren().add(version(s.versions().get(i), i == 0));
        }
        versions.setPadding(new Insets(12, 48, 12, 48));
        root.setCenter(versions);
        Label foot = new Label((s.note().isBlank() ? "" : s.note() + "     ") + "\u2190 \u2192 move \u00B7 Esc closes");
        foot.getStyleClass().add("presentation-foot");
        foot.setWrapText(true);
        BorderPane.setMargin(foot, new Insets(12, 48, 28, 48));
        root.setBottom(foot);
    }

    private static VBox version(PresentationViewModel.Version v, boolean first) {
        Label report = new Label(v.report());
        report.getStyleClass().add("presentation-report");
        report.setWrapText(true);
        String q = v.quote();
        Text before = new Text(q.substring(0, v.changed().start()));
        Text changed = new Text(v.changed().length() == 0 ? " \u2038 " : q.substring(v.changed().start(),
                v.changed().end()));
        changed.getStyleClass().add(v.changed().length() == 0 ? "presentation-gap"
                : first ? "presentation-old" : "presentation-new");
        Text after = new Text(q.substring(v.changed().end()));
        for (Text t : new Text[] {before, changed, after}) {
            t.getStyleClass().add("presentation-text");
        }
        TextFlow flow = new TextFlow(before, changed, after);
        flow.getStyleClass().add("presentation-quote");
        VBox box = new VBox(12, report, flow);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(600);
        return box;
    }

    /** Opens the presentation in its own window, full screen when the screen allows. */
    public static Stage show(Window owner, PresentationViewModel model) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Verbatim \u2014 presentation");
        BorderPane root = content(model);
        Scene scene = new Scene(root, 1280, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            } else if (e.getCode() == KeyCode.F11 || e.getCode() == KeyCode.F) {
                stage.setFullScreen(!stage.isFullScreen());
            } else {
                root.fireEvent(e.copyFor(root, root));
            }
        });
        stage.setScene(scene);
        stage.show();
        root.requestFocus();
        return stage;
    }
}
