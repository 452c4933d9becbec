package org.verbatim.corpus;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.model.Span;
import org.verbatim.core.read.ReadResult;

/**
 * The articles as read, kept in a temporary file between grouping and comparing, so that memory holds the
 * stories in flight and not the corpus. Written by one thread in input order; read back by any number of threads.
 * The file is deleted on {@link #close()}.
 */
final class Spool implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final List<long[]> where = new ArrayList<>(); // per article: offset, length
    private long end;

    Spool(Path directory) throws IOException {
        this.file = directory == null ? Files.createTempFile("verbatim-corpus-", ".spool")
                : Files.createTempFile(directory, "verbatim-corpus-", ".spool");
        file.toFile().deleteOnExit();
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /** Appends the article; its index must be the next one. */
    void add(Article a) {
        if (a.index() != where.size()) {
            throw new IllegalArgumentException("article " + a.index() + " out of order");
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(a.read().text().length() + 256);
            DataOutputStream out = new DataOutputStream(bytes);
            string(out, a.id());
            string(out, a.source());
            string(out, a.read().text());
            out.writeUTF(a.read().format().name());
            ReportMeta m = a.read().meta();
            string(out, m.title());
            string(out, m.outlet());
            string(out, m.date());
            string(out, m.url());
            string(out, m.author());
            string(out, m.encoding());
            out.writeInt(a.read().notes().size());
            for (String note : a.read().notes()) {
                string(out, note);
            }
            out.writeInt(a.read().hidden().size());
            for (Span s : a.read().hidden()) {
                out.writeInt(s.start());
                out.writeInt(s.end());
            }
            out.flush();
            ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray());
            int length = buffer.remaining();
            long at = end;
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
            where.add(new long[] {end, length});
            end = at;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the temporary file " + file + ": " + e.getMessage(), e);
        }
    }

    int size() {
        return where.size();
    }

    /** The article at {@code index}; safe from any thread once writing is over. */
    Article get(int index) {
        long[] w = where.get(index);
        ByteBuffer buffer = ByteBuffer.allocate((int) w[1]);
        try {
            long at = w[0];
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, at);
                if (n < 0) {
                    throw new IOException("the file is shorter than written");
                }
                at += n;
            }
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(buffer.array()));
            String id = string(in);
            String source = string(in);
            String text = string(in);
            SourceFormat format = SourceFormat.valueOf(in.readUTF());
            ReportMeta meta = new ReportMeta(string(in), string(in), string(in), string(in), string(in), string(in));
            int count = in.readInt();
            List<String> notes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                notes.add(string(in));
            }
            int hidden = in.readInt();
            List<Span> spans = new ArrayList<>(hidden);
            for (int i = 0; i < hidden; i++) {
                spans.add(new Span(in.readInt(), in.readInt()));
            }
            return new Article(index, id, source, new ReadResult(text, format, meta, spans, notes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the temporary file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind is deleted on exit
        }
    }
}
