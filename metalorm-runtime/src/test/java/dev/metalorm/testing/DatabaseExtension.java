package dev.metalorm.testing;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/** Provides one invocation of an {@link AllDatabases} test per engine, each with its own database. */
public final class DatabaseExtension implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> AnnotationSupport.isAnnotated(m, AllDatabases.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        DatabaseKind[] kinds = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), AllDatabases.class)
                .map(AllDatabases::value)
                .orElse(DatabaseKind.values());
        return Arrays.stream(kinds).map(Invocation::new);
    }

    private record Invocation(DatabaseKind kind) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + kind.displayName() + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new PerTestDatabase(kind));
        }
    }

    /** Creates the database before the test, hands it to the test, drops it after. */
    private static final class PerTestDatabase implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PerTestDatabase.class);
        private final DatabaseKind kind;

        PerTestDatabase(DatabaseKind kind) {
            this.kind = kind;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            DatabaseServer server = DatabaseServers.get(kind);
            if (!server.available()) {
                if (DatabaseServers.required()) {
                    throw new IllegalStateException(server.unavailableMessage());
                }
                throw new TestAbortedException(server.unavailableMessage());
            }
            context.getStore(NAMESPACE).put(TestDatabase.class, server.createDatabase());
        }

        @Override
        public void afterEach(ExtensionContext context) {
            TestDatabase db = context.getStore(NAMESPACE).remove(TestDatabase.class, TestDatabase.class);
            if (db != null) {
                DatabaseServers.get(kind).dropDatabase(db);
            }
        }

        @Override
        public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
            return parameterContext.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
            return extensionContext.getStore(NAMESPACE).get(TestDatabase.class, TestDatabase.class);
        }
    }
}
