import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

public class Crash_ed7387d8f6c9b168bedf97f728740859097fa5e2 {
    static final String base64Bytes = String.join("", "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAACdwQAAAACc3IAEWphdmEubGFuZy5JbnRlZ2VyEuKgpPeBhzgCAAFJAAV2YWx1ZXhyABBqYXZhLmxhbmcuTnVtYmVyhqyVHQuU4IsCAAB4cAAAAAl1cgACW0Ks8xf4BghU4AIAAHhwAAAA9zwhRE9DVFlQRSBodG1sPgo8aHRtbCBsYW5nPSJlbiI+CjxoZWFkPgogIDxtZXRhIGNoYXJzZXQ9IqZ1dGYtOCI+CiAgPHRpdGxlPktyZW1saW4gUmVqZWN0cyBDbGFpbSBUaGF0IFAlUERGLTEuNgol9uT83woxIDAgb2JqCjw8Ci9UeXBlIC9DYXRhbG9nCi9WZXJ1c3RpbiBQaG9uZWQgRWx0b24gSm9obiAtIFRoZSBEYWlpb24gLzEuNgovUGx5IEV4YW1wbGU8L3RpdGxlPgogIDxtZXRhIG5hbWU9InZpZXdhZ2VzIDMgMCBSCj4+CnBvZW54");

    public static void main(String[] args) throws Throwable {
        Crash_ed7387d8f6c9b168bedf97f728740859097fa5e2.class.getClassLoader().setDefaultAssertionStatus(true);
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