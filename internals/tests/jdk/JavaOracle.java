// Reads lines of `PATTERN TEXT` (each the hexadecimal of its UTF-8) and
// prints, per line, whether java.util.regex finds the pattern in the text
// (`1` or `0`), or `E` when it is no Java pattern. Run by
// `internals/tests/java_against_jdk.rs` with `java JavaOracle.java FILE`.
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

public class JavaOracle {
    static String text(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] fields = line.split(" ", -1);
            try {
                boolean found = Pattern.compile(text(fields[0])).matcher(text(fields[1])).find();
                out.append(found ? '1' : '0');
            } catch (PatternSyntaxException e) {
                out.append('E');
            }
            out.append('\n');
        }
        System.out.print(out);
    }
}
