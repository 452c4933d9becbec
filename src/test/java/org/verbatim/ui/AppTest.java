package org.verbatim.ui;

import java.util.function.Supplier;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The real application started headless for a test, and cleaned up after it. */
abstract class AppTest {

    protected final FxRobot robot = new FxRobot();
    protected Application app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    /** Starts the application the supplier makes. */
    protected Application start(Supplier<Application> application) throws Exception {
        app = FxToolkit.setupApplication(application);
        return app;
    }
}
