package org.verbatim.ui.print;

import java.util.List;

import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import org.verbatim.export.ExportInput;
import org.verbatim.ui.viewmodel.UserMessage;
import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/** File → Print…: page setup, the print dialog, then the discrepancy report page by page. */
public final class ReportPrinter {

    private ReportPrinter() {}

    /** Prints the open project's discrepancy report; says so plainly when there is no printer. */
    public static void print(Window owner, WorkbenchViewModel workbench) {
        if (workbench.session() == null) {
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            workbench.messageProperty().set(UserMessage.error("Cannot print",
                    "No printer is set up on this computer. File \u2192 Export\u2026 as an HTML report prints "
                            + "from any browser, or saves as PDF."));
            return;
        }
        if (!job.showPageSetupDialog(owner) || !job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        workbench.exportInput(workbench.getStoryTitle(), "Cannot print", in -> printPages(job, in, workbench),
                job::cancelJob);
    }

    private static void printPages(PrinterJob job, ExportInput in, WorkbenchViewModel workbench) {
        PageLayout layout = job.getJobSettings().getPageLayout();
        List<Region> pages = PrintPages.paginate(in, layout.getPrintableWidth(), layout.getPrintableHeight());
        for (Region page : pages) {
            if (!job.printPage(layout, page)) {
                job.cancelJob();
                workbench.messageProperty().set(UserMessage.error("Printing failed",
                        "The printer stopped at " + page.getUserData() + " (" + job.getJobStatus() + ")."));
                return;
            }
        }
        job.endJob();
    }
}
