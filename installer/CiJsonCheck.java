import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks the JSON that `Verbatim compare --format json` printed for the built-in sample: it parses, it
 * names the three reports, and it holds quotes grouped into clusters. Run by installer/ci-check.sh
 * with the build JDK, as a single source file, Jackson taken from target/verbatim.jar:
 * {@code java -cp target/verbatim.jar installer/CiJsonCheck.java OUT.json}. Exit 0 when it holds.
 */
public final class CiJsonCheck {
    public static void main(String[] args) throws Exception {
        JsonNode root = new ObjectMapper().readTree(Files.readString(Path.of(args[0])));
        int reports = root.path("reports").size();
        JsonNode quotes = root.path("quotes");
        int clusters = root.path("clusters").size();
        int withText = 0;
        boolean eltonJohn = false;
        for (JsonNode q : quotes) {
            String text = q.path("text").asText("");
            if (!text.isBlank()) {
                withText++;
            }
            eltonJohn |= text.contains("Thank-you to President Vladimir Putin");
        }
        String summary = reports + " reports, " + quotes.size() + " quotes (" + withText + " with text), "
                + clusters + " clusters";
        if (reports != 3 || quotes.size() < 3 || withText != quotes.size() || clusters < 1 || !eltonJohn) {
            System.out.println("unexpected JSON: " + summary + (eltonJohn ? "" : ", Elton John's post not quoted"));
            System.exit(1);
        }
        System.out.println(summary);
    }
}
