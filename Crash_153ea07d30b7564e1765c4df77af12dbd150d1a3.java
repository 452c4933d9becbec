import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

public class Crash_153ea07d30b7564e1765c4df77af12dbd150d1a3 {
    static final String base64Bytes = String.join("", "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAACdwQAAAACc3IAEWphdmEubGFuZy5JbnRlZ2VyEuKgpPeBhzgCAAFJAAV2YWx1ZXhyABBqYXZhLmxhbmcuTnVtYmVyhqyVHQuU4IsCAAB4cAAAAAJ1cgACW0Ks8xf4BghU4AIAAHhwAAAEcAoKIyBLcmVtbGluIFJlamVjdHMgQ2xhaW0gVGhhdCBQdXRpbiBQaG9uZWQgRWx0b24gSm9obgoKIApTZXB0ZW1iZXIgMTUsIDIwMTUKCgoKRWx0b24gSm9obiwgd2hvIHJlZ3VsYXJseSBwZXJyb21mcyBjb25jZXJ0cyBpbiBSdXNzaWEsIGV4cHJlc3NlZCBhIGRlc2lyZSBvbiBTYXR1cmRheSB0byBtZWV0IHdpdGggUHV0aW4gdG8gZGlzY3VzcyBnYXkgcmlnaHRzIGR1cmluZyBhbiBpbnRlcnZpZXcgd2l0aCB0aGUgQkJDLgoKQnJpdGlzaCBzaW5nZXIgYW5kIGdheSByaWdodHMgYWR2b2NhdGUgRWx0b24gSm52ZXJzYXRpb24gd2l0aCBTaXIgRWx0b25KIG9uaCwiIFBlc2tvdiB3YXMgcXVvdGVkIGFzIHNheWluZyBieSBzdGF0ZS1ydW4gbmV3cyBhZ2VuY3kgVEFTUy4KClRoZSBLcmVtbGluIHNwb2tlc21hbiBzYWlkIHRoYXQgbm8gcmVxdWVzdCBoYWQgYmVlbiByZWNlaXZlZCB0aHJvdWdoIG9mZmljaWFsIGNoYW5uZWxzIGakb3IgYSBjaGFuY2UgdG8gZGlzY3VzcyBhbnkgaXNzdWUsIGluY2x1ZGluZyB0aGF0IG9mIExHQlQgcmlnaHRzLCB3aXRoIHRoZSBwcmVzaWRlbnQuCgrigJxIZSBbUHV0aW5dIGlzIGFsd2F5cyByZWFkeSB0byBjbGFyaWZ5IHRoZSByZWFsIHN0YXRlIG9mIGFmZmFpcnMs4oCdIFBlc2tvdiBhZGRlZC4KCkpvaG4sIHdobyByZWd1bGFybHkgcGVyZm9ybXMgY29uY2VydHMgaW4gUnVzc2lhLCBleHByZXNzZWQgYSBkZXNpcmUgb24gU2F0dXJkYXkgdG8gbWVldCB3aXRoIFB1dGluIHRvIGRpc2N1c3MgZ2F5IHJpZ2h0cyBkdXJpbmcgYW4gaW50ZXJ2aWV3IHdpdGggdGhlIEJCQy4KCuKAnEl04oCZcyBwcm9iYWJseSBwaWUgaW4gdGhlIHNreSAuLi4gSGUgbWF5IGxhdWdoIGJlaGluZCBteSBiYWNrIHdoZW4gaGUgc2h1dHMgdGhlIGRvb3IsIGFuZCBjYWxsIG1lIGFuIGFic29sdXRlIGlkaW90LCBidXQgYXQgbGVhc3QgSSBjYW4gdGhpbmsgSSBoYXZlIHRoZSBjb25zY2llbmNlIHRvIHNheSBJIHRyaWVkLOKAnSBoZSB3YXMgY2l0ZWQgYnkgdGhlIEJCQyBhcyBzYXlpbmcuCgpPcmlnaW5hbCB1cmw6Cgo8aHR0cHM6Ly93d3cudGhlbW9zY293dGltZXMuY29tLzIwMTUvMDkvMTUva3JlbWxpbi1yZWplY3RzLWNsYWltLXRoYXQtcHV0aW4tcGhvbmVkLWVsdG9uLWpvaG4tYTQ5NTc3eA==");

    public static void main(String[] args) throws Throwable {
        Crash_153ea07d30b7564e1765c4df77af12dbd150d1a3.class.getClassLoader().setDefaultAssertionStatus(true);
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