package org.verbatim.store;

import org.verbatim.core.model.Report;

/**
 * A report as the project keeps it.
 *
 * @param report     the engine's view of it (id "r" + database id, the original text, metadata)
 * @param fileName   the name of the file it was imported from; null for pasted text
 * @param sha256     SHA-256 of the imported bytes, hex
 * @param importedAt ISO-8601 instant
 * @param position   its place in the project's order, from 0
 */
public record StoredReport(Report report, String fileName, String sha256, String importedAt, int position) {

    public String id() {
        return report.id();
    }
}
