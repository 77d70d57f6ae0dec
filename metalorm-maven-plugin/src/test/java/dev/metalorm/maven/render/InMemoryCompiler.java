package dev.metalorm.maven.render;

import dev.metalorm.annotation.Entity;
import dev.metalorm.relation.HasManyCollection;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles rendered files in-process against the runtime's annotations and relation types. */
public final class InMemoryCompiler {
    private InMemoryCompiler() {
    }

    /** @return the compiler's errors and warnings, empty when the sources compiled cleanly */
    public static List<String> compile(List<RenderedFile> files, Path classOutput) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> sources = new ArrayList<>();
        for (RenderedFile f : files) {
            sources.add(new SimpleJavaFileObject(URI.create("string:///" + f.relativePath()), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return f.content();
                }
            });
        }
        String classpath = location(Entity.class) + File.pathSeparator + location(HasManyCollection.class);
        // -proc:none: javac looks for annotation processors through a loader whose parent is this
        // JVM's, so a processor on the test class path (Sisu's index processor, which Maven 3.6's core
        // brings) would run and warn that it claimed nothing
        List<String> options = List.of("-classpath", classpath, "-d", classOutput.toString(), "--release", "17", "-proc:none",
                "-Xlint:all", "-Werror");
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            boolean ok = compiler.getTask(null, fm, diagnostics, options, null, sources).call();
            List<String> messages = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                messages.add(d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + " ")
                        + d.getMessage(Locale.ROOT));
            }
            if (!ok && messages.isEmpty()) {
                messages.add("compilation failed without diagnostics");
            }
            return messages;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
