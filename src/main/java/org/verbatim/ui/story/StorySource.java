package org.verbatim.ui.story;

import java.io.IOException;

/** Where the window gets its story from. Called off the UI thread. */
@FunctionalInterface
public interface StorySource {

    Story load() throws IOException;
}
