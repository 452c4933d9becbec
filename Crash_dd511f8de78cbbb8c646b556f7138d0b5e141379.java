import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

public class Crash_dd511f8de78cbbb8c646b556f7138d0b5e141379 {
    static final String base64Bytes = String.join("", "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAACdwQAAAACc3IAEWphdmEubGFuZy5JbnRlZ2VyEuKgpPeBhzgCAAFJAAV2YWx1ZXhyABBqYXZhLmxhbmcuTnVtYmVyhqyVHQuU4IsCAAB4cAAAAAl1cgACW0Ks8xf4BghU4AIAAHhwAAAA9jwhRE9DVFlQRSBodG1sPgo8aHRtbCBsYW5nPSJlbiI+CjxoZWFkPgogIDxtZXRhIGNoYXJzZXQ9InV0Zi04Ij4KICA8dGl0bGU+S3JlbWxpbiBSZWplY3RzIENsYWltIFRoYXQgUCVQREYtMS42CiX25PzfCjEgMCBvYmoKPDwKL1R5cGUgL0NhdGFsb2cKL1ZlcnVzdGluIFBob25lZCBFbHRvbiBKb2huIC0gVGhlIERhaWlvbiAvMS42Ci9QbHkgRXhhbXBsZTwvdGl0bGU+CiAgPG1ldGEgbmFtZT0idmlld2FnZXMgMyAwIFIKPj4KcG9lbng=");

    public static void main(String[] args) throws Throwable {
        Crash_dd511f8de78cbbb8c646b556f7138d0b5e141379.class.getClassLoader().setDefaultAssertionStatus(true);
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