import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

public class Crash_93031ddd78f6b89cad8c7bd5559c690bc01cf71e {
    static final String base64Bytes = String.join("", "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAACdwQAAAACc3IAEWphdmEubGFuZy5JbnRlZ2VyEuKgpPeBhzgCAAFJAAV2YWx1ZXhyABBqYXZhLmxhbmcuTnVtYmVyhqyVHQuU4IsCAAB4cAAAAAB1cgACW0Ks8xf4BghU4AIAAHhwAAAKVVBLAwQUAAAACACqbINdxv8Ztx4BAAAoAwAAEwAAAFtDb250ZW50X1R5cGVzXS54bWy1kslOwzAQhu88heVrlbhwQAg16YHlCD2UB7CcSWoReyzPtLRvz6QbEiqtkOBoz798Gs1kug69WkEmj7HS1+VYK4gOGx+7Sr/Nn4s7rYhtbGyPESq9AdLT+moy3yQgJeZIlV4wp3tjyC0gWCoxQZRJizlYlmfuTLLu3XZgbsbjW+MwMkQueMjQ9eQRWrvsWT2t5XsHkqEnrR52wqGr0jal3jvLMjer2HxrKfYNpTi3Glr4RCMRaHOyYZj8XLD3vcpmsm9AzWzmFxtEZT4wN6ZBtwziLM/HnODEtvUOjv4hLWV0QCQrD315nATr4+gSh8MwiOnvOQ7JFxFaRI7I8A8Mx+hzEGKfZUwku8jwe4bD3QzuQtoTZPZfjWZ76PUnUEsDBBQAAAAIAKpsg118jJ631AAAALsBAAALAAAAX3JlbHMvLnJlbHONkEtLA0EMgO/+iiH3brY9iEhnexGhN5H6A8JMdndw58FMfPTfG0TFSoUe8/ryJdvde1zMK9cWcrKw7nownFz2IU0Wng73qxswTSh5WnJiC0dusBuuto+8kOhMm0NpRiGpWZhFyi1iczNHal0unLQy5hpJNKwTFnLPNDFu+v4a628GDCdMs/cW6t6vwRyOhS9h53EMju+ye4mc5MyKPx1KpjqxWHjL1aP/SneKBTxvs7nc5v9LMbKQJyF0ufKqVJ2uEvSxP0Lq8qDp9tnxLYQnPx8+AFBLAwQUAAAACACqbINdH3VaYgADAADGBgAAEQAAAHdvcmQvZG9jdW1lbnQueG1spVXBbttGEL33KwZ7ycWWaKUpWsFSEMAueglq2GoL9LbijsSNljvEztAMb/2IfmG+pLNLWU7cxA3SC0mthvPem3kzvHz9vg1wj4k9xZW5mFUGMNbkfNyvzG+bn89/NMBio7OBIq7MiGxer7+7HJaO6r7FKKAZIi+HlWlEuuV8znWDreUZdRj1vx2l1or+TPv5QMl1iWpkVoA2zBdV9cO8tT6aY5r0NWlot/M1Xh0JTEkSBisqghvfsVkrwS25Md+7crlJ5XYnY0AYlvc2rMzGS0AzX1/OTwHlUjQtubO1Ku4SMqZ7NGsFPGilYLDhANQLWIFbEsHkbAukVQTbC7WFR84pJXOa8p+oPAdx++tmc3179ebtGby1qW7gFXz462/4JJmWHoNK8G5lFkYfFLQhLdwV8gGunRdK+dhZ0dyLavH9efXyvHq1qX5aXiyWVfWnOdHQTBt8L+tf+ugSOs4QD2eP3PUkB/vIR9iL/wn7BfWbhnpWr/HT4inyf70LtAO15AHUY6cuodPjHUiD8I62QBE2PbKzI/gIFjl6LWMebPLh6Ae067r+sPmeAc0D02w7B3nbrcDsLwlfYXPfTwG/OZwikj45YQPHv0oK0+cB1cEtqQoL7HOF9TsVemYlVrxz+I9uEvbhuc0VUEsDBBQAAAAIAKpsg10+4vEO8AAAAFMBAAARAAAAd29yZC9jb21tZW50cy54bWxNjstOwzAQRfd8xcj7JG6gCKwkXfD4grJhZ5JpYzV+MDNp4O9xIiTYHM1Ld05z+PITXJHYxdCqXakVYOjj4MK5VW/H1+JBAYsNg51iwFZ9I6tDd9Mspo/eYxCGnBDYLK0aRZKpKu5H9JbLmDDk3SmSt5JbOldLpCFR7JE5P/BTVWt9X3nrgur+ImExbmhVVlmMnWWM1Kpn5Au8DE4irePBSpapdX1X6NtC74/60ez2Ruv3LSitoBWy6hlOts/3iZCRrqi6pxH7C8joGD7nKAiLkzH3CCmSwAdm6zxEoDmAk7KpclS3kjamjb++/2vufgBQSwMEFAAAAAgAqmyDXd6mZDjvAAAA4AEAABIAAAB3b3JkL2Zvb3Rub3Rlcy54bWyNkMFugzAMhu97iij3ErrDNCGgt73AWu0cEdNGAzuyvVLefoHDVqFq2sWS7V//99v14TYO5goskbCx+6K0BrCjEPHc2NPxbfdqjajH4AdCaOwMYg/tUz1VPZEiKYjJFijV1NiLaqqck+4Co5eCEmDe9cSj19zy2U3EITF1IJIJ4+Cey/LFjT6ibe88zVTpnDJOIHn2SmzzKIbG7varMC2Fl/KjcG3t1plb1+7X7aFzR6gRv7zmw9+3lHIDeSj+N3Bx3MbW5WuVJN/lLIlBgK9g26MfPsVMwGD6yKJGQE1+oPmAgCDBz8UC0j/Qd42031BLAwQUAAAACACqbINdBEIvvzIBAAD2AQAAEQAAAGRvY1Byb3BzL2NvcmUueG1sbZHBTsMwEETvfIXle2KnLaiKkvRA1QOiEoIiELeVvbRRE9uyt6T9e5y0DUJwtGf2aWe2WBzbhn2hD7U1Jc9SyRkaZXVttiV/3aySOWeBwGhorMGSnzDwRXVTKJcr6/HJW4eeagwsgkzIlSv5jsjlQgS1wxZCGh0mip/Wt0Dx6bfCgdrDFsVEyjvRIoEGAtEDEzcS+QWp1Yh0B98MAK0ENtiioSCyNBM/XkLfhn8HBmV0HkM9urquS7vp4IsbZeJ9/fgyLJ/Upg+vkFeFVjnV1GC1tGofC2MdNHtmD8SA2LOliNfQMhvLZHAgG8PGTgsxzvUE5RHI+moNvgb2ACbg2XIVikuC8wdqFvfM6eRi9VflbXq/3Kx4NZGTWSKnibzdyHk+k7mUHz3r13xViD+nqr4BUEsBAhQDFAAAAAgAqmyDXcb/GbceAQAAKAMAABMAAAAAAAAAAAAAAIABAAAAAFtDb250ZW50X1R5cGVzXS54bWxQSwECFAMUAAAACACqbINdfIyet9RPT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PAAAAuwEAAAsAAAAAAAAAAAAAAIABTwEAAF9yZWxzLy5yZWxzUEsBAhQDFAAAAAgAqmyDXR91WmIAAwAAxgYAABEAAAAAAAAAAAAAAIABTAIAAHdvcmQvZG9jdW1lbnQueG1sUEsBAhQDFAAAAAgAqmyDXQ1pxRnBAAAApAEAABwAAAAAAAAAAAAAAIABewUAAHdvcmQvX3JlbHMvZG9jdW1lbnQueG1sLnJlbHNQSwECFAMUwwAACACqbINdPuLxDvAAAABTAQAAEQAAAAAAAAAAAAAAgAF2BgAAd29yZC9jb21tZW50cy54bWxQSwECFAMUAAAACACqbINd3qZkOO8AAADgAQAAEgAAAAAAAAAAAAAAgAGVBwAAd29yZC9mb290bm90ZXMueG1sUEsBAhQDFAAAAAgAqmyDXQRCL78yAQAA9gEAABEAAAAAAAAAAAAAAIABtAgAAGRvY1Byb3BzL2NvcmUueG1sUEsFBgAAAAAHAAcAwQEAABUKAAAAeA==");

    public static void main(String[] args) throws Throwable {
        Crash_93031ddd78f6b89cad8c7bd5559c690bc01cf71e.class.getClassLoader().setDefaultAssertionStatus(true);
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