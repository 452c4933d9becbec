import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

public class Crash_e1531b2aefa363b1c922a795fb09e33b23dd4956 {
    static final String base64Bytes = String.join("", "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAACdwQAAAACc3IAEWphdmEubGFuZy5JbnRlZ2VyEuKgpPeBhzgCAAFJAAV2YWx1ZXhyABBqYXZhLmxhbmcuTnVtYmVyhqyVHQuU4IsCAAB4cAAAAAp1cgACW0Ks8xf4BghU4AIAAHhwAAABBzw/eG1sIHZlcnNpb249IjEuYSBkaXNwdXRlIG92ZXIKRi04Ij8+CjxuaXRmPgogIDxib2R5PgogICAgPGJvZHkuY29udGVudD4KICAgICAgPHA+VGhlIHN0cmlrZW50ZW50PgogICAgICA8cD5UaGUgc3RyaWtlIGdvZXMgb24uPC9wPgogICAgICA8cD5BbiB1bmNsb3NlZCBwYXJhZ3JhcGgKICAgIDwvYm9keS5jb250ZW4gZ29lcyBvbi48L3A+CiAgICAgIDxwPkFuIHVuY2xvc2VkIHBhcmFncmFwaAogICAgPC9ib2R5LmNvbnRlbnQ+CiAgPC9ib2R5Pgo8L25pdGY+eA==");

    public static void main(String[] args) throws Throwable {
        Crash_e1531b2aefa363b1c922a795fb09e33b23dd4956.class.getClassLoader().setDefaultAssertionStatus(true);
        try {
            Method fuzzerInitialize = org.verbatim.fuzz.ReadersFuzzer.class.getMethod("fuzzerInitialize");
            fuzzerInitialize.invoke(null);
        } catch (NoSuchMethodException ignored) {
            try {
                Method fuzzerInitialize = org.verbatim.fuzz.ReadersFuzzer.class.getMethod("fuzzerInitialize", String[].class);
                fuzzerInitialize.invoke(null, (Object) args);
            } catch (NoSuchMethodException ignored1) {
            } catch (IllegalAccessException | InvocationTargetException e) {
                e.printStackTrace();
                System.exit(1);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            e.printStackTrace();
            System.exit(1);
        }
        com.code_intelligence.jazzer.api.CannedFuzzedDataProvider input = new com.code_intelligence.jazzer.api.CannedFuzzedDataProvider(base64Bytes);
        org.verbatim.fuzz.ReadersFuzzer.fuzzerTestOneInput(input);
    }
}