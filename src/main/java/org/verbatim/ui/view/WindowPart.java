package org.verbatim.ui.view;

import org.verbatim.ui.task.TaskRunner;
import org.verbatim.ui.viewmodel.WorkbenchViewModel;

/**
 * A part of the window that the composition root adds to the workbench (classroom mode's menu and student's
 * view, say), so the workbench itself knows nothing of it.
 */
@FunctionalInterface
public interface WindowPart {

    /** Adds this part to {@code view}: menus, layers, listeners on {@code model}. */
    void addTo(WorkbenchView view, WorkbenchViewModel model, ShellActions actions, TaskRunner runner);
}
